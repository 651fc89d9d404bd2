import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Editor } from '@monaco-editor/react';
import type { editor } from 'monaco-editor/editor';
import { useStoreApi } from '../../store';
import type { ExportFormat, ExportNote } from './exporters';
import { MODEL_PATH, THEME } from './monaco/setup';
import { editStates, subscribeEditStates } from './sync/edit-mode';
import { ManifestSession } from './sync/manifest-session';

const FORMAT_NAME: Record<ExportFormat, string> = { k8s: 'Kubernetes manifests', compose: 'Compose file' };

const OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  readOnly: true,
  // Read-only text has no use for Tab: let it move focus on, so keyboard users are not trapped here.
  tabFocusMode: true,
  readOnlyMessage: { value: 'Read-only: choose Edit to change the design from this text.' },
  // Monaco hides markers in read-only editors by default; the findings and schema problems must show.
  renderValidationDecorations: 'on',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 13,
  lineNumbersMinChars: 4,
  showFoldingControls: 'always',
  // Folding and sticky lines from indentation, computed in place: asking the YAML worker for folding
  // ranges and an outline means shipping thousands of ranges and symbols back at every change, which
  // cost more than the export itself at 200 pods. YAML's structure is its indentation anyway.
  foldingStrategy: 'indentation',
  stickyScroll: { enabled: true, maxLineCount: 2, defaultModel: 'indentationModel' },
  // No bracket colours, guides or matching: the manifests' few brackets are flow lists (`[]`, `{}`), and
  // keeping a bracket tree of a 50,000-line text up to date costs every change a few milliseconds.
  bracketPairColorization: { enabled: false },
  guides: { bracketPairs: false, bracketPairsHorizontal: false, highlightActiveBracketPair: false },
  matchBrackets: 'never',
  // Hovers and the context menu may reach above the dock instead of being cut off by it.
  fixedOverflowWidgets: true,
  hover: { delay: 300 },
  renderWhitespace: 'none',
  // Thin bars that hide little of the text; at either end the wheel scrolls the page instead.
  scrollbar: { horizontalScrollbarSize: 8, verticalScrollbarSize: 10, alwaysConsumeMouseWheel: false },
  wordWrap: 'off',
};

export interface ManifestEditorProps {
  format: ExportFormat;
  /** The export notes of a format, whenever they may have changed. */
  onNotes(format: ExportFormat, notes: readonly ExportNote[]): void;
}

/** The Monaco editor of the panel; a ManifestSession does the live work. */
export function ManifestEditor({ format, onNotes }: ManifestEditorProps) {
  const store = useStoreApi();
  const [view, setView] = useState<editor.IStandaloneCodeEditor | null>(null);
  const session = useRef<ManifestSession | null>(null);
  // The latest props, for the session's callback and for a format chosen before the editor was up.
  const latest = useRef({ format, onNotes });
  useLayoutEffect(() => {
    latest.current = { format, onNotes };
  });

  useEffect(() => {
    if (!view) return undefined;
    const created = new ManifestSession(store, view, latest.current.format, (f, notes) =>
      latest.current.onNotes(f, notes),
    );
    session.current = created;
    return () => {
      created.dispose();
      session.current = null;
    };
  }, [view, store]);

  useEffect(() => {
    session.current?.setFormat(format);
  }, [format]);

  const editing = useSyncExternalStore(subscribeEditStates, editStates)[format].editing;
  const options = useMemo(
    () =>
      editing
        ? // Tab indents while editing; Ctrl+M (Monaco's own toggle) still lets keyboard users move on.
          { ...OPTIONS, readOnly: false, tabFocusMode: false, ariaLabel: `${FORMAT_NAME[format]} (editing)` }
        : { ...OPTIONS, ariaLabel: `${FORMAT_NAME[format]} (read-only)` },
    [format, editing],
  );

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
