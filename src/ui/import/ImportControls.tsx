import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStoreApi } from '../../store';
import { useDesignFiles, useFileDrop } from '../files';
import { LayoutProgress, prewarmLayout, runLayout } from '../layout';
import { ToolButton } from '../toolbar/ToolButton';
import { ImportDialog, type ImportRequest } from './ImportDialog';
import {
  isDesignFileName,
  isJsonManifest,
  isManifestFileName,
  readImportFiles,
  type ReadOutcome,
} from './input';
import { performImport, type ImportMode, type ImportOutcome } from './perform';
import { importInWorker, prewarmImport } from './run-import';
import { useManifestPaste } from './useManifestPaste';

/**
 * The Import button and everything that imports: its dialog, dropping files on the window (YAML is
 * imported, a design file is opened as before), pasting a manifest on the window, and the layout
 * progress. Lives in the toolbar's File group.
 */
export function ImportControls() {
  const store = useStoreApi();
  const { openFile } = useDesignFiles();
  const [dialog, setDialog] = useState<{ open: boolean; text: string }>({ open: false, text: '' });
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const flow = useReactFlow();
  const busy = useRef(false);

  /** One import at a time: read (files) or take (pasted text), import, lay out, land as one undo step. */
  const run = useCallback(
    async (read: () => Promise<ReadOutcome>, mode: ImportMode, dropped = false) => {
      if (busy.current) {
        store.getState().notify('info', 'An import is still running; try again once it is done.');
        return;
      }
      busy.current = true;
      setRunning(true);
      try {
        const input = await read();
        if (!input.ok) {
          store.getState().notify('error', input.message);
          setOutcome({ ok: false, message: input.message, errors: [] });
          return;
        }
        const result = await performImport(store, input.files, mode, runLayout, {
          notesHint: dropped,
          importer: importInWorker,
        });
        setOutcome(result);
        if (result.ok && result.added.length > 0) {
          const nodes = result.added.map((id) => ({ id }));
          requestAnimationFrame(() => void flow.fitView({ nodes, duration: 300, padding: 0.2 }));
        }
      } finally {
        busy.current = false;
        setRunning(false);
      }
    },
    [store, flow],
  );
  const importFiles = useCallback(
    (files: File[], mode: ImportMode, dropped = false) => run(() => readImportFiles(files), mode, dropped),
    [run],
  );

  const onImport = (request: ImportRequest, mode: ImportMode) =>
    void (request.kind === 'files'
      ? importFiles(request.files, mode)
      : run(
          async () => ({ ok: true, files: [{ name: 'pasted.yaml', text: request.text, pasted: true }] }),
          mode,
        ));

  const onDroppedFiles = useCallback(
    async (files: File[]) => {
      const first = files[0];
      if (!first) return;
      if (isDesignFileName(first.name)) return void openFile(first);
      if (files.some((f) => isManifestFileName(f.name))) {
        return void importFiles(
          files.filter((f) => isManifestFileName(f.name) || /\.json$/i.test(f.name)),
          'new',
          true,
        );
      }
      // A plain .json is a design unless it reads as a Kubernetes object.
      if (/\.json$/i.test(first.name)) {
        const head = await first
          .slice(0, 4096)
          .text()
          .catch(() => '');
        if (isJsonManifest(head)) return void importFiles(files, 'new', true);
      }
      void openFile(first);
    },
    [importFiles, openFile],
  );
  const draggingFile = useFileDrop(onDroppedFiles);
  // Whoever opens the dialog or drags a file in is about to import: load the layout engine meanwhile.
  useEffect(() => {
    if (!dialog.open && !draggingFile) return;
    prewarmImport();
    prewarmLayout();
  }, [dialog.open, draggingFile]);

  const onPastedManifest = useCallback((text: string) => {
    setOutcome(undefined);
    setDialog({ open: true, text });
  }, []);
  useManifestPaste(onPastedManifest);

  return (
    <>
      <ToolButton
        icon="import"
        label="Import"
        description="Import Kubernetes manifests or Compose files (or drop .yaml files on the window)"
        // The last outcome stays: after a drop, Import is where its notes are read.
        onClick={() => setDialog({ open: true, text: '' })}
      />
      <ImportDialog
        open={dialog.open}
        initialText={dialog.text}
        running={running}
        outcome={outcome}
        onImport={onImport}
        onClose={() => setDialog({ open: false, text: '' })}
      />
      <LayoutProgress />
      {draggingFile ? (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">
            Drop .yaml manifests or Compose files to import them, or a .podwright.json file to open it
          </div>
        </div>
      ) : null}
    </>
  );
}
