import { type Connection, type ExternalKind, type Role, type Service, type TargetPort } from '../../../core';

/**
 * The words and colours the canvas shows. A role is always shown by colour, icon and text together,
 * so no one needs to tell colours apart to read a design.
 */

export interface RoleLook {
  label: string;
  /** Strong colour: borders, icons, the role label (readable on white, WCAG AA for small text). */
  colour: string;
  /** Light tint: the node's header background. */
  tint: string;
}

/** The same hues as the inspector's role badges, so a role looks alike everywhere. */
export const ROLE_LOOKS: Record<Role, RoleLook> = {
  app: { label: 'App', colour: '#254ea8', tint: '#e3ecff' },
  sidecar: { label: 'Sidecar', colour: '#17694d', tint: '#e2f5ec' },
  ambassador: { label: 'Ambassador', colour: '#8a5300', tint: '#fdf0dc' },
  adapter: { label: 'Adapter', colour: '#6f3596', tint: '#f2e7fb' },
  init: { label: 'Init', colour: '#4a5366', tint: '#eceef2' },
};

export const SERVICE_COLOUR = '#3f3fb5';
export const EXTERNAL_COLOUR = '#9d2a5a';
export const POD_COLOUR = '#64748b';

export const EXTERNAL_KIND_LABELS: Record<ExternalKind, string> = {
  database: 'Database',
  cache: 'Cache',
  queue: 'Queue',
  api: 'API',
  monitoring: 'Monitoring',
  logging: 'Logging',
  other: 'External',
};

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
