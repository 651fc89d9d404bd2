import type { ExternalKind, Role } from '../model/types';

/**
 * The canvas's colours and words (src/ui/canvas/model/labels.ts and nodes.css), so a picture of a
 * design reads like the screen: a role by colour and word together.
 */
export const ROLE_LOOK: Record<Role, { label: string; colour: string; tint: string }> = {
  app: { label: 'App', colour: '#254ea8', tint: '#e3ecff' },
  sidecar: { label: 'Sidecar', colour: '#17694d', tint: '#e2f5ec' },
  ambassador: { label: 'Ambassador', colour: '#8a5300', tint: '#fdf0dc' },
  adapter: { label: 'Adapter', colour: '#6f3596', tint: '#f2e7fb' },
  init: { label: 'Init', colour: '#4a5366', tint: '#eceef2' },
};

export const EXTERNAL_KIND_LABEL: Record<ExternalKind, string> = {
  database: 'Database',
  cache: 'Cache',
  queue: 'Queue',
  api: 'API',
  monitoring: 'Monitoring',
  logging: 'Logging',
  other: 'External',
};

export const COLOUR = {
  background: '#f4f6f9',
  text: '#1d2433',
  muted: '#5b6475',
  podFill: '#ecf0f5',
  podStroke: '#9aa5b5',
  podKind: '#475467',
  cardStroke: '#c9d0db',
  chipFill: '#f2f4f7',
  chipStroke: '#d9dee6',
  service: '#3f3fb5',
  serviceTint: '#ececfb',
  serviceTagText: '#34348f',
  servicePorts: '#45497a',
  external: '#9d2a5a',
  externalFill: '#fffafc',
  externalTint: '#fbe9f1',
  externalTagText: '#85214b',
  edge: '#475569',
  labelStroke: '#c9d0db',
  labelText: '#334155',
  selectorLabelFill: '#f7f7fe',
  selectorLabelStroke: '#c7c8f0',
} as const;

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
export const MONO = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace";
