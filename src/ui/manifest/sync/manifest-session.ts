/**
 * Keeps one Monaco editor in step with the store: asks the manifest sync for the design's export
 * (which lands in the models as minimal edits, so folding, scroll and cursor survive), shows the
 * selection as highlighted lines, and turns a click in the text into a selection. Imperative on
 * purpose: the text must not wait for a React render, and none of this needs one.
 */
import type { editor } from 'monaco-editor/editor';
import type { PodwrightStore } from '../../../store';
import { entityAtLine, rangeOf, rangesOf, type ExportFormat, type ExportNote } from '../exporters';
import { monaco } from '../monaco/setup';
import { onRevealRequest, takeRevealRequest, type RevealRequest } from '../reveal-channel';
import { editStates, isEditing, subscribeEditStates } from './edit-mode';
import { scheduleFindingMarkers } from './finding-markers';
import { ManifestEditing } from './manifest-edit';
import { manifestSync, modelOf } from './manifest-sync';

/** Per format, the selection last revealed, so a tab switch reveals only a newer one. */
const revealed: Partial<Record<ExportFormat, readonly string[]>> = {};

const CLICKABLE = new Set<number>([
  monaco.editor.MouseTargetType.CONTENT_TEXT,
  monaco.editor.MouseTargetType.CONTENT_EMPTY,
  monaco.editor.MouseTargetType.GUTTER_LINE_NUMBERS,
]);

export class ManifestSession {
  private readonly highlights: editor.IEditorDecorationsCollection;
  private readonly cleanups: (() => void)[] = [];
  /** True while a click in the text is selecting, so that selection is not scrolled to. */
  private selectingFromText = false;
  private readonly editing: ManifestEditing;
  /** Off in edit mode, where Enter types a new line instead of selecting in the design. */
  private readonly readOnlyKey: editor.IContextKey<boolean>;
  private wasEditing = { ...editStates() };

  constructor(
    private readonly store: PodwrightStore,
    private readonly view: editor.IStandaloneCodeEditor,
    private format: ExportFormat,
    private readonly onNotes: (of: ExportFormat, notes: readonly ExportNote[]) => void,
  ) {
    this.highlights = view.createDecorationsCollection();
    this.editing = new ManifestEditing(store, view, () => this.format);
    this.readOnlyKey = view.createContextKey('podwrightManifestReadOnly', !isEditing(format));
    this.cleanups.push(
      store.subscribe((state, previous) => {
        if (state.design !== previous.design) {
          // A design read from the text being edited is not exported back over that text.
          if (!this.editing.committing) manifestSync.want(this.format, state.design);
          // Also when the export does not change (a rule setting): the findings may have.
          this.scheduleMarkers(this.format);
        }
        if (state.selection !== previous.selection) this.highlight(!this.selectingFromText);
      }),
      manifestSync.subscribe((updated) => {
        this.onNotes(updated, manifestSync.view(updated).notes);
        this.scheduleMarkers(updated);
        if (updated === this.format) {
          this.highlight(false);
          this.revealRequested();
        }
      }),
      subscribeEditStates(() => this.editModeChanged()),
      onRevealRequest(() => this.revealRequested()),
      () => this.editing.dispose(),
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
      precondition: 'podwrightManifestReadOnly',
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
    this.show();
  }

  /** Shows another format: brings its model up to date first, so it never shows stale text. */
  setFormat(format: ExportFormat): void {
    if (format === this.format) return;
    this.editing.flush();
    this.format = format;
    this.readOnlyKey.set(!isEditing(format));
    this.show();
  }

  dispose(): void {
    this.highlights.clear();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  /** Asks for this format's latest text and shows what it has now (notes, highlight). */
  private show(): void {
    const { design } = this.store.getState();
    manifestSync.want(this.format, design);
    this.onNotes(this.format, manifestSync.view(this.format).notes);
    this.scheduleMarkers(this.format);
    this.highlight(this.selectionIsNew());
    this.revealRequested();
  }

  /** The findings' markers, set when the page is idle: never in the path of the text's update. */
  private scheduleMarkers(format: ExportFormat): void {
    scheduleFindingMarkers(format, () => this.store.getState().design);
  }

  /** Entering edit mode makes the text writable; leaving it brings the text back to the design's export. */
  private editModeChanged(): void {
    const now = editStates();
    for (const format of ['k8s', 'compose'] as const) {
      if (this.wasEditing[format].editing && !now[format].editing) this.editing.stop(format);
    }
    this.wasEditing = { ...now };
    this.readOnlyKey.set(!isEditing(this.format));
  }

  /** Shows the first line of the entity another panel asked for (a finding's target). */
  private revealRequested(): void {
    const { applied, ranges } = manifestSync.view(this.format);
    if (applied === 0 || this.view.getModel() !== modelOf(this.format)) return;
    const request: RevealRequest | undefined = takeRevealRequest();
    if (!request) return;
    const line = request.id === undefined ? 1 : rangeOf(ranges, request.id)?.start;
    if (line === undefined) return;
    this.view.revealLineInCenter(line, monaco.editor.ScrollType.Smooth);
    this.view.setPosition({
      lineNumber: line,
      column: this.view.getModel()!.getLineFirstNonWhitespaceColumn(line) || 1,
    });
  }

  private selectionIsNew(): boolean {
    return revealed[this.format] !== this.store.getState().selection;
  }

  /** Highlights every range of the selected entities; scrolls to the first when asked. */
  private highlight(reveal: boolean): void {
    const { applied, ranges: all } = manifestSync.view(this.format);
    const model = this.view.getModel();
    if (applied === 0 || !model || model !== modelOf(this.format)) return;
    const { selection } = this.store.getState();
    const ranges = selection.flatMap((id) => rangesOf(all, id));
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
    revealed[this.format] = selection;
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
    const id = entityAtLine(manifestSync.view(this.format).ranges, line);
    if (!id) return;
    this.selectingFromText = true;
    try {
      this.store.getState().select([id]);
    } finally {
      this.selectingFromText = false;
    }
    revealed[this.format] = this.store.getState().selection;
  }
}
