/**
 * Whether each format's text is being edited, and how the last edit went. Module-level like the models:
 * a tab switch unmounts the panel, but an edit in progress (and its text) must survive it. No Monaco
 * here, so the panel's toolbar can read it cheaply.
 */
import type { ExportFormat } from '../exporters';

export type EditStatus =
  /** Not edited since edit mode began, or the text matches the design. */
  | { kind: 'idle' }
  /** Typed; waiting for a pause to read it. */
  | { kind: 'pending' }
  /** Read, and the design follows it. */
  | { kind: 'applied' }
  /** The text does not import; the design keeps its last good state. */
  | { kind: 'errors'; count: number; first: string };

export interface EditState {
  editing: boolean;
  status: EditStatus;
}

const IDLE: EditStatus = { kind: 'idle' };
let states: Record<ExportFormat, EditState> = {
  k8s: { editing: false, status: IDLE },
  compose: { editing: false, status: IDLE },
};
const listeners = new Set<() => void>();

export function editStates(): Record<ExportFormat, EditState> {
  return states;
}

export function isEditing(format: ExportFormat): boolean {
  return states[format].editing;
}

export function subscribeEditStates(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setEditing(format: ExportFormat, editing: boolean): void {
  if (states[format].editing === editing) return;
  update(format, { editing, status: IDLE });
}

export function setEditStatus(format: ExportFormat, status: EditStatus): void {
  const before = states[format].status;
  if (before.kind === status.kind && JSON.stringify(before) === JSON.stringify(status)) return;
  update(format, { ...states[format], status });
}

function update(format: ExportFormat, state: EditState): void {
  states = { ...states, [format]: state };
  for (const listener of listeners) listener();
}
