import { useStoreApi } from '../../store';
import type { ExportNote } from './exporters';

/** What the format cannot express, or chose for the user; a note about an entity selects it on click. */
export function ExportNotes({ notes }: { notes: readonly ExportNote[] }) {
  const store = useStoreApi();
  if (notes.length === 0) return null;
  const warnings = notes.filter((note) => note.severity === 'warning').length;
  return (
    <details className="manifest-notes" open>
      <summary>
        Export notes <span className="manifest-count">{notes.length}</span>
        {warnings > 0 ? <span className="manifest-count warning">{warnings} to act on</span> : null}
      </summary>
      <ul>
        {notes.map((note, index) => (
          <li
            key={`${note.code}:${note.entityId ?? ''}:${index}`}
            className={`manifest-note ${note.severity}`}
          >
            <span
              className="manifest-note-mark"
              aria-label={note.severity === 'warning' ? 'Warning' : 'Note'}
            >
              {note.severity === 'warning' ? '!' : 'i'}
            </span>
            {note.entityId ? (
              <button
                type="button"
                className="manifest-note-text"
                title={`${note.message}\n(Click to select it in the design.)`}
                onClick={() => store.getState().select([note.entityId!])}
              >
                {note.message}
              </button>
            ) : (
              <span className="manifest-note-text" title={note.message}>
                {note.message}
              </span>
            )}
            <code className="manifest-note-code">{note.code}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
