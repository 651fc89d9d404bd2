import {
  targetPorts,
  type Connection,
  type Design,
  type ExternalKind,
  type Role,
  type Service,
  type TargetPort,
} from '../../../core';

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

export const ROLE_LOOKS: Record<Role, RoleLook> = {
  app: { label: 'App', colour: '#1d4ed8', tint: '#eff6ff' },
  sidecar: { label: 'Sidecar', colour: '#0f766e', tint: '#f0fdfa' },
  ambassador: { label: 'Ambassador', colour: '#6d28d9', tint: '#f5f3ff' },
  adapter: { label: 'Adapter', colour: '#b45309', tint: '#fffbeb' },
  init: { label: 'Init', colour: '#475569', tint: '#f8fafc' },
};

export const SERVICE_COLOUR = '#4338ca';
export const EXTERNAL_COLOUR = '#be185d';
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
  design: Design,
  connection: Connection,
  fromName: string,
  toName: string,
): ConnectionLabel {
  const port = targetPorts(design, connection.to.id).find((p) => p.name === connection.to.port);
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
