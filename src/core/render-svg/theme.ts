/** The canvas's roles and words (src/core/look); the colours below follow its nodes.css. */
export { EXTERNAL_KIND_LABELS, ROLE_LOOKS } from '../look';

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
