import { useId, useRef, useState } from 'react';
import { Button, Modal } from '../forms';
import { describePhase, useLayoutPhase } from '../layout';
import { describeNote, IMPORT_ACCEPT } from './input';
import type { ImportMode, ImportOutcome } from './perform';
import './import.css';

/** What the dialog is asked to import: chosen files, or the pasted text as one file. */
export type ImportRequest = { kind: 'files'; files: File[] } | { kind: 'text'; text: string };

interface ImportDialogProps {
  open: boolean;
  /** Text to start with (a paste of a manifest on the window). */
  initialText: string;
  running: boolean;
  outcome?: ImportOutcome;
  onImport: (request: ImportRequest, mode: ImportMode) => void;
  onClose: () => void;
}

/**
 * Import Kubernetes manifests or Compose files: choose files (several at once) or paste YAML, choose
 * a new design or a merge, and read what the import noted or why it refused, each with file:line:col.
 */
export function ImportDialog({ open, initialText, running, outcome, onImport, onClose }: ImportDialogProps) {
  return (
    <Modal open={open} title="Import manifests" onClose={onClose} wide>
      {/* Keyed by the starting text, so a new paste starts a fresh form. */}
      <ImportForm
        key={initialText}
        initialText={initialText}
        running={running}
        outcome={outcome}
        onImport={onImport}
      />
    </Modal>
  );
}

function ImportForm({
  initialText,
  running,
  outcome,
  onImport,
}: Omit<ImportDialogProps, 'open' | 'onClose'>) {
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState(initialText);
  const [mode, setMode] = useState<ImportMode>('new');
  const fileInput = useRef<HTMLInputElement>(null);
  const phase = useLayoutPhase();
  const textId = useId();
  const fileId = useId();
  const request: ImportRequest | undefined =
    files.length > 0 ? { kind: 'files', files } : text.trim() ? { kind: 'text', text } : undefined;

  return (
    <div className="import-form">
      <p className="import-hint">
        Kubernetes manifests (one or many documents, YAML or JSON) and Compose files. Each is detected by its
        content. Files are read in this browser only.
      </p>
      <div className="import-source">
        <label htmlFor={fileId} className="field-label">
          Files
        </label>
        <input
          id={fileId}
          ref={fileInput}
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
        />
        {files.length > 0 ? (
          <p className="import-chosen">
            {files.map((f) => f.name).join(', ')}{' '}
            <Button
              small
              variant="quiet"
              onClick={() => {
                setFiles([]);
                if (fileInput.current) fileInput.current.value = '';
              }}
            >
              Clear files
            </Button>
          </p>
        ) : null}
      </div>
      <div className="import-source">
        <label htmlFor={textId} className="field-label">
          Or paste YAML
        </label>
        <textarea
          id={textId}
          className="input mono import-text"
          rows={8}
          spellCheck={false}
          placeholder={'apiVersion: apps/v1\nkind: Deployment\n…'}
          value={text}
          disabled={files.length > 0}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <fieldset className="import-mode">
        <legend className="field-label">Into</legend>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'new'} onChange={() => setMode('new')} />{' '}
          New design
        </label>
        <label>
          <input
            type="radio"
            name="import-mode"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />{' '}
          Merge into current design
        </label>
      </fieldset>
      <div className="import-actions">
        {running && phase ? (
          <span className="import-phase" role="status">
            {describePhase(phase)}
          </span>
        ) : null}
        <Button
          variant="primary"
          disabled={!request || running}
          onClick={() => request && onImport(request, mode)}
        >
          {running ? 'Importing…' : 'Import'}
        </Button>
      </div>
      {outcome ? <ImportOutcomeView outcome={outcome} /> : null}
    </div>
  );
}

/** The summary and the notes of the last import, or its errors; every line says file:line:col. */
function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const notes = outcome.ok ? outcome.notes : outcome.errors;
  const heading = outcome.ok ? `Notes (${notes.length})` : `Errors (${notes.length})`;
  return (
    <section
      className={outcome.ok ? 'import-outcome' : 'import-outcome import-failed'}
      aria-label="Import result"
    >
      <p role={outcome.ok ? 'status' : 'alert'} className="import-message">
        {outcome.message}
      </p>
      {notes.length > 0 ? (
        <>
          <h3 className="import-notes-heading">{heading}</h3>
          <ul className="import-notes" aria-label={heading}>
            {notes.map((note, i) => (
              <li key={i} className={`import-note import-note-${note.severity}`}>
                <span className="import-note-severity">{note.severity}</span> {describeNote(note)}{' '}
                <code className="import-note-code">{note.code}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
