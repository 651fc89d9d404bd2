import type { Connection, Service, TargetPort } from '../../../core';

/** The canvas's words and colours come from the core, which the SVG picture shares. */
export {
  EXTERNAL_COLOUR,
  EXTERNAL_KIND_LABELS,
  POD_COLOUR,
  ROLE_LOOKS,
  SERVICE_COLOUR,
  type RoleLook,
} from '../../../core/look';

/** "http · 8080": the protocol (the port's contract's, else TCP/UDP) and the port number. */
export function portLabel(port: TargetPort): string {
  return `${port.contract?.protocol ?? port.protocol} · ${port.port}`;
}

export interface ConnectionLabel {
  text: string;
  /** The contract the target port offers, for the hover title, e.g. "shop-web@4.2.0". */
  contract?: string;
  /** A sentence for screen readers. */
  description: string;
}

export function connectionLabel(
  connection: Connection,
  fromName: string,
  toName: string,
  targetPorts: readonly TargetPort[],
): ConnectionLabel {
  const port = targetPorts.find((p) => p.name === connection.to.port);
  const base = port ? portLabel(port) : `${connection.to.port} · ?`;
  const text = connection.weight !== undefined ? `${base} · ${connection.weight}%` : base;
  const contract = port?.contract ? `${port.contract.name}@${port.contract.version}` : undefined;
  const description =
    `Connection from ${fromName} to ${toName}, port ${connection.to.port}: ${text}` +
    (contract ? `, contract ${contract}` : '');
  return { text, contract, description };
}

/** "443 → https, 9100 → metrics": what a Service sends where. */
export function selectorLabel(service: Service): string {
  if (service.ports.length === 0) return 'no ports';
  return service.ports.map((p) => `${p.port} → ${p.targetPort}`).join(', ');
}
