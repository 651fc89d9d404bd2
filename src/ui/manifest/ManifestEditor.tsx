import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Editor } from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor';
import { useStoreApi } from '../../store';
import type { ExportFormat, ExportResult } from './exporters';
import { MODEL_PATH, THEME } from './monaco/setup';
import { ManifestSession } from './sync/manifest-session';

const FORMAT_NAME: Record<ExportFormat, string> = { k8s: 'Kubernetes manifests', compose: 'Compose file' };

const OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  readOnly: true,
  readOnlyMessage: { value: 'Read-only for now: change the design on the canvas or in the inspector.' },
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 13,
  lineNumbersMinChars: 4,
  showFoldingControls: 'always',
  stickyScroll: { enabled: true, maxLineCount: 3 },
  // Hovers and the context menu may reach above the dock instead of being cut off by it.
  fixedOverflowWidgets: true,
  hover: { delay: 300 },
  renderWhitespace: 'none',
  wordWrap: 'off',
};

export interface ManifestEditorProps {
  format: ExportFormat;
  onResult(result: ExportResult): void;
  /** Receives the session once the editor is up (Copy and Download read its text). */
  onSession(session: ManifestSession | null): void;
}

/** The Monaco editor of the panel; a ManifestSession does the live work. */
export function ManifestEditor({ format, onResult, onSession }: ManifestEditorProps) {
  const store = useStoreApi();
  const [view, setView] = useState<editor.IStandaloneCodeEditor | null>(null);
  const session = useRef<ManifestSession | null>(null);
  // The latest props, for the session's callbacks and for a format chosen before the editor was up.
  const latest = useRef({ format, onResult, onSession });
  useLayoutEffect(() => {
    latest.current = { format, onResult, onSession };
  });

  useEffect(() => {
    if (!view) return undefined;
    const created = new ManifestSession(store, view, latest.current.format, (result) =>
      latest.current.onResult(result),
    );
    session.current = created;
    latest.current.onSession(created);
    return () => {
      created.dispose();
      session.current = null;
      latest.current.onSession(null);
    };
  }, [view, store]);

  useEffect(() => {
    session.current?.setFormat(format);
  }, [format]);

  const options = useMemo(() => ({ ...OPTIONS, ariaLabel: `${FORMAT_NAME[format]} (read-only)` }), [format]);

  return (
    <Editor
      path={MODEL_PATH[format]}
      language="yaml"
      theme={THEME}
      keepCurrentModel
      options={options}
      loading={<p className="manifest-loading">Loading the editor…</p>}
      onMount={(mounted) => setView(mounted)}
    />
  );
}
