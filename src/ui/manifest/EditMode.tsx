/**
 * The edit mode of a format: the toggle in the panel's bar, and while editing a banner that says the
 * text now changes the design, with how the last edit went.
 */
import { useSyncExternalStore } from 'react';
import type { ExportFormat } from './exporters';
import { editStates, setEditing, subscribeEditStates, type EditStatus } from './sync/edit-mode';

const FORMAT_NAME: Record<ExportFormat, string> = { k8s: 'Kubernetes YAML', compose: 'Compose file' };

function useEditState(format: ExportFormat) {
  return useSyncExternalStore(subscribeEditStates, editStates)[format];
}

export function EditToggle({ format }: { format: ExportFormat }) {
  const { editing } = useEditState(format);
  return (
    <button
      type="button"
      className={editing ? 'manifest-button manifest-edit-toggle on' : 'manifest-button manifest-edit-toggle'}
      aria-pressed={editing}
      title={
        editing
          ? 'Stop editing: the text shows the design again'
          : `Edit the ${FORMAT_NAME[format]}: the design follows the text`
      }
      onClick={() => setEditing(format, !editing)}
    >
      {/* One name in both states (a toggle's name must not change); the pressed look says which. */}
      <span aria-hidden="true" className="manifest-edit-mark">
        {editing ? '✎ ' : ''}
      </span>
      Edit
    </button>
  );
}

function statusText(status: EditStatus): string {
  switch (status.kind) {
    case 'idle':
      return 'Type to change the design; undo works across the text and the canvas.';
    case 'pending':
      return 'Reading…';
    case 'applied':
      return 'The design follows the text.';
    case 'errors':
      return `YAML has errors — the design keeps its last good state. ${status.first}`;
  }
}

export function EditBanner({ format }: { format: ExportFormat }) {
  const { editing, status } = useEditState(format);
  if (!editing) return null;
  const failing = status.kind === 'errors';
  return (
    <div className={failing ? 'manifest-edit-banner failing' : 'manifest-edit-banner'}>
      <strong>Editing — changes apply to the design</strong>
      <span role="status" className="manifest-edit-status">
        {statusText(status)}
      </span>
    </div>
  );
}
