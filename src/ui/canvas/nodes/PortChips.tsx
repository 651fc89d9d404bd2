import type { Port } from '../../../core';

/** At most this many chips; the rest are summed up as "+n" (the inspector lists them all). */
const MAX_CHIPS = 3;

/** A container's ports as small chips: name and number; a localhost port is marked as such. */
export function PortChips({ ports }: { ports: readonly Port[] }) {
  if (ports.length === 0) return <div className="pw-ports pw-ports-none">no ports</div>;
  const shown = ports.slice(0, MAX_CHIPS);
  const rest = ports.length - shown.length;
  return (
    <ul className="pw-ports" aria-label="Ports">
      {shown.map((port) => (
        <li
          key={port.name}
          className={port.scope === 'localhost' ? 'pw-port pw-port-local' : 'pw-port'}
          title={portTitle(port)}
        >
          {port.name}:{port.port}
          {port.scope === 'localhost' ? <span className="pw-port-scope"> lo</span> : null}
        </li>
      ))}
      {rest > 0 ? (
        <li className="pw-port pw-port-more" title={ports.slice(MAX_CHIPS).map(portTitle).join('\n')}>
          +{rest}
        </li>
      ) : null}
    </ul>
  );
}

function portTitle(port: Port): string {
  const scope = port.scope === 'localhost' ? ', localhost only' : '';
  const contract = port.contract ? `, contract ${port.contract.name}@${port.contract.version}` : '';
  return `${port.name}: ${port.port}/${port.protocol}${scope}${contract}`;
}
