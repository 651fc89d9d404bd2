/**
 * The manifest panel of the dock: the design as Kubernetes YAML or as a Compose file, live, in a
 * Monaco editor (read-only, or in edit mode the text changes the design), with its export options and the export notes (Copy and Download sit in the
 * dock's header: ManifestActions).
 * Loaded with React.lazy: everything Monaco stays out of the entry chunk.
 */
import { useCallback, useState, useSyncExternalStore } from 'react';
import { EditBanner, EditToggle } from './EditMode';
import type { ExportFormat, ExportNote } from './exporters';
import { ExportNotes } from './ExportNotes';
import { ManifestEditor } from './ManifestEditor';
import { ManifestOptions } from './ManifestOptions';
import { setUpMonaco } from './monaco/setup';
import { editStates, subscribeEditStates } from './sync/edit-mode';
import { exposeManifestForTests } from './test-hooks';
import './manifest.css';

setUpMonaco();
exposeManifestForTests();

const EMPTY: readonly ExportNote[] = [];

/** Notes change far less often than the text; keep the same array so the list does not re-render. */
function sameNotes(a: readonly ExportNote[], b: readonly ExportNote[]): boolean {
  return (
    a.length === b.length &&
    a.every((n, i) => n.code === b[i]!.code && n.message === b[i]!.message && n.entityId === b[i]!.entityId)
  );
}

export default function ManifestPanel({ format }: { format: ExportFormat }) {
  const [notes, setNotes] = useState<Record<ExportFormat, readonly ExportNote[]>>({
    k8s: EMPTY,
    compose: EMPTY,
  });

  const onNotes = useCallback((of: ExportFormat, next: readonly ExportNote[]) => {
    setNotes((current) => (sameNotes(current[of], next) ? current : { ...current, [of]: next }));
  }, []);

  const editing = useSyncExternalStore(subscribeEditStates, editStates)[format].editing;

  return (
    <div className="manifest">
      <div className="manifest-bar">
        {format === 'k8s' ? <ManifestOptions /> : <ComposeSummary />}
        <EditToggle format={format} />
      </div>
      <EditBanner format={format} />
      {/* `nokey`: React Flow must not take the editor's keys (Space pans, Backspace deletes the selection). */}
      <div className={editing ? 'manifest-editor nokey editing' : 'manifest-editor nokey'}>
        <ManifestEditor format={format} onNotes={onNotes} />
      </div>
      <ExportNotes notes={notes[format]} />
    </div>
  );
}

function ComposeSummary() {
  return (
    <p className="manifest-hint manifest-summary">
      One service per container; the containers of a pod share its network namespace.
    </p>
  );
}
