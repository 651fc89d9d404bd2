/**
 * Keeps one Monaco editor in step with the store: the design's export as text (minimal edits, so
 * folding, scroll and cursor survive), the selection as highlighted lines, a click in the text as a
 * selection, and schema problems as markers. Imperative on purpose: the text must not wait for a React
 * render, and none of this needs one.
 */
import type { editor } from 'monaco-editor/editor';
import type { Design } from '../../../core';
import type { PodwrightStore } from '../../../store';
import { announceManifestUpdate } from '../../dock/test-hooks';
import { entityAtLine, exportDesign, rangesOf, type ExportFormat, type ExportResult } from '../exporters';
import { MODEL_PATH, monaco } from '../monaco/setup';
import { sameExportInputs } from './export-inputs';
import { syncModelText, type SyncedText } from './model-sync';
import { createSchemaMarkers } from './schema-markers';
import { createUpdateScheduler } from './update-scheduler';

/** Per format, what its model shows. Module-level: it outlives the panel, like the models do. */
interface FormatState {
  design?: Design;
  synced?: SyncedText;
  result?: ExportResult;
  /** The selection last revealed in this format, so a tab switch reveals only a newer one. */
  revealed?: readonly string[];
}
const formats: Record<ExportFormat, FormatState> = { k8s: {}, compose: {} };

export function modelOf(format: ExportFormat): editor.ITextModel {
  const model = monaco.editor.getModel(monaco.Uri.parse(MODEL_PATH[format]));
  if (!model) throw new Error(`The ${format} model was not created; call setUpMonaco() first.`);
  return model;
}

const CLICKABLE = new Set<number>([
  monaco.editor.MouseTargetType.CONTENT_TEXT,
  monaco.editor.MouseTargetType.CONTENT_EMPTY,
  monaco.editor.MouseTargetType.GUTTER_LINE_NUMBERS,
]);

export class ManifestSession {
  private readonly scheduler = createUpdateScheduler(() => this.update());
  private readonly schema = createSchemaMarkers();
  private readonly highlights: editor.IEditorDecorationsCollection;
  private readonly cleanups: (() => void)[] = [];
  /** True while a click in the text is selecting, so that selection is not scrolled to. */
  private selectingFromText = false;

  constructor(
    private readonly store: PodwrightStore,
    private readonly view: editor.IStandaloneCodeEditor,
    private format: ExportFormat,
    private readonly onResult: (result: ExportResult) => void,
  ) {
    this.highlights = view.createDecorationsCollection();
    this.cleanups.push(
      store.subscribe((state, previous) => {
        if (state.design !== previous.design) this.scheduler.request();
        if (state.selection !== previous.selection) this.highlight(!this.selectingFromText);
      }),
    );
    const mouse = view.onMouseDown((event) => {
      const line = event.target.position?.lineNumber;
      if (line !== undefined && event.event.leftButton && CLICKABLE.has(event.target.type))
        this.selectAt(line);
    });
    // @monaco-editor/react swaps models on a tab switch; decorations belong to the model shown.
    const swapped = view.onDidChangeModel(() => this.highlight(this.selectionIsNew()));
    const action = view.addAction({
      id: 'podwright.selectInDesign',
      label: 'Select in design',
      keybindings: [monaco.KeyCode.Enter],
      contextMenuGroupId: 'navigation',
      contextMenuOrder: 0,
      run: (target) => {
        const line = target.getPosition()?.lineNumber;
        if (line !== undefined) this.selectAt(line);
      },
    });
    this.cleanups.push(
      () => mouse.dispose(),
      () => swapped.dispose(),
      () => action.dispose(),
    );
    this.update();
    this.highlight(this.selectionIsNew());
  }

  /** Shows another format: brings its model up to date first, so it never shows stale text. */
  setFormat(format: ExportFormat): void {
    if (format === this.format) return;
    this.format = format;
    this.update();
    this.highlight(this.selectionIsNew());
  }

  dispose(): void {
    this.scheduler.dispose();
    this.schema.dispose();
    this.highlights.clear();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  private update(): void {
    const design = this.store.getState().design;
    const state = formats[this.format];
    if (state.result && state.design && sameExportInputs(state.design, design)) {
      state.design = design;
      return;
    }
    let result: ExportResult;
    const started = performance.now();
    try {
      result = exportDesign(design, this.format);
    } catch (error) {
      // An exporter bug must not take the editor down: keep the last good text and say why it is stale.
      console.error('Podwright export failed', error);
      state.design = design;
      this.onResult(failedResult(this.format, state.result, error));
      return;
    }
    const exported = performance.now();
    const model = modelOf(this.format);
    state.synced = syncModelText(model, state.synced, result.text, () => this.view);
    const applied = performance.now();
    state.result = result;
    state.design = design;
    this.onResult(result);
    this.highlight(false);
    announceManifestUpdate({
      format: this.format,
      length: result.text.length,
      exportMs: exported - started,
      applyMs: applied - exported,
    });
    if (this.format === 'k8s') this.schema.check(model, result.text, result.objects);
  }

  private selectionIsNew(): boolean {
    return formats[this.format].revealed !== this.store.getState().selection;
  }

  /** Highlights every range of the selected entities; scrolls to the first when asked. */
  private highlight(reveal: boolean): void {
    const state = formats[this.format];
    const model = this.view.getModel();
    if (!state.result || !model || model !== modelOf(this.format)) return;
    const { selection } = this.store.getState();
    const ranges = selection.flatMap((id) => rangesOf(state.result!.ranges, id));
    this.highlights.set(
      ranges.map((range) => ({
        range: new monaco.Range(range.start, 1, range.end, 1),
        options: {
          isWholeLine: true,
          className: 'manifest-selected-line',
          linesDecorationsClassName: 'manifest-selected-gutter',
          overviewRuler: { color: '#3b6fd8', position: monaco.editor.OverviewRulerLane.Full },
        },
      })),
    );
    if (!reveal) return;
    state.revealed = selection;
    const first = ranges[0];
    if (first) this.reveal(first.start, first.end);
  }

  /**
   * Brings lines into view unless some of them already are (the reader is looking at them). A range
   * taller than the view shows its start, where its comment and name are, rather than its middle.
   */
  private reveal(start: number, end: number): void {
    const visible = this.view.getVisibleRanges();
    if (visible.some((range) => range.startLineNumber <= end && range.endLineNumber >= start)) return;
    const shown = visible.reduce((n, range) => n + range.endLineNumber - range.startLineNumber + 1, 0);
    const smooth = monaco.editor.ScrollType.Smooth;
    if (end - start + 1 <= shown - 2) this.view.revealLinesInCenterIfOutsideViewport(start, end, smooth);
    else this.view.revealLineNearTop(start, smooth);
  }

  private selectAt(line: number): void {
    const result = formats[this.format].result;
    const id = result ? entityAtLine(result.ranges, line) : undefined;
    if (!id) return;
    this.selectingFromText = true;
    try {
      this.store.getState().select([id]);
    } finally {
      this.selectingFromText = false;
    }
    formats[this.format].revealed = this.store.getState().selection;
  }
}

function failedResult(format: ExportFormat, last: ExportResult | undefined, error: unknown): ExportResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    format,
    text: last?.text ?? '',
    objects: last?.objects ?? [],
    ranges: last?.ranges ?? [],
    notes: [
      {
        code: 'export-failed',
        severity: 'warning',
        message: `The export failed (${message}); the editor shows the last export that worked.`,
      },
    ],
  };
}
