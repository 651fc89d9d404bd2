import type { ExternalKind, Role } from '../model/types';

/**
 * The words and colours that show a design: one set for the canvas and for its SVG picture, so a
 * picture reads like the screen. A role is always shown by colour, icon and text together, so no one
 * needs to tell colours apart to read a design.
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
