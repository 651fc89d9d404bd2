/**
 * Edit mode: the text leads, the design follows. A pause in typing (300 ms) imports the text (in a
 * worker: a 200-pod text takes most of a second to read); when it
 * imports, the result is reconciled with the design (ids, layout, confirmed roles kept: see
 * core/import/reconcile) and applied through the store, one undo step per burst of typing. When it
 * does not, the errors become markers at their places and the design keeps its last good state.
 *
 * The loop rule: a design change that came from this text never rewrites the text (the session does not
 * ask for its export), so the cursor and whatever the user typed stay. Any other change (the canvas, the
 * inspector, undo and redo) does rewrite it, with the same minimal line edits as in read-only mode, so
 * the text always shows the design; the user's own layout of the text survives only where it exports
 * the same. Leaving edit mode brings the text back to the export of the design.
 */
import type { editor } from 'monaco-editor/editor';
import {
  importManifests,
  rangesFromStarts,
  reconcileDesign,
  type Design,
  type ExportRange,
  type ImportNote,
  type ImportResult,
} from '../../../core';
import type { PodwrightStore } from '../../../store';
import type { ExportFormat } from '../exporters';
import { monaco } from '../monaco/setup';
import { isEditing, setEditStatus } from './edit-mode';
import { createImportBackend, type ImportBackend, type ImportResponse } from './import-backend';
import { manifestSync, modelOf } from './manifest-sync';

export const EDIT_OWNER = 'podwright-edit';
export const EDIT_DEBOUNCE_MS = 300;

const FILE_NAME: Record<ExportFormat, string> = { k8s: 'manifest.k8s.yaml', compose: 'compose.yaml' };

export class ManifestEditing {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingFormat: ExportFormat | undefined;
  /** True while applying a design read from the text: the session must not export it back. */
  committing = false;
  private backend: ImportBackend | undefined;
  private lastRequest = 0;
  /** Requests in flight: the format and the model version whose text was sent. */
  private readonly requested = new Map<number, { format: ExportFormat; version: number }>();
  private disposed = false;
  private readonly listener: { dispose(): void };

  constructor(
    private readonly store: PodwrightStore,
    view: editor.IStandaloneCodeEditor,
    private readonly formatShown: () => ExportFormat,
  ) {
    this.listener = view.onDidChangeModelContent(() => {
      const format = this.formatShown();
      if (manifestSync.isApplying || !isEditing(format) || view.getModel() !== modelOf(format)) return;
      manifestSync.userEdited(format);
      setEditStatus(format, { kind: 'pending' });
      this.schedule(format);
    });
  }

  /** Reads the text now instead of after the pause (a tab switch, leaving edit mode). */
  flush(): void {
    const format = this.pendingFormat;
    this.cancel();
    if (format) this.read(format);
  }

  /** Leaves edit mode's traces: no pending read, no markers; the text shows the design again. */
  stop(format: ExportFormat): void {
    // The last edit counts even when its read is still waiting or running in the worker.
    const unread =
      this.pendingFormat === format || [...this.requested.values()].some((sent) => sent.format === format);
    if (this.pendingFormat === format) this.cancel();
    if (unread) this.read(format);
    monaco.editor.setModelMarkers(modelOf(format), EDIT_OWNER, []);
    manifestSync.resync(format, this.store.getState().design);
  }

  dispose(): void {
    // The panel is closing (a tab switch): whatever was typed and not yet read is read now.
    const unread = new Set([...this.requested.values()].map((sent) => sent.format));
    if (this.pendingFormat) unread.add(this.pendingFormat);
    this.cancel();
    for (const format of unread) if (isEditing(format)) this.read(format);
    this.disposed = true;
    this.backend?.dispose();
    this.listener.dispose();
  }

  private schedule(format: ExportFormat): void {
    if (this.pendingFormat && this.pendingFormat !== format) this.flush();
    this.cancel();
    this.pendingFormat = format;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pendingFormat = undefined;
      this.request(format);
    }, EDIT_DEBOUNCE_MS);
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pendingFormat = undefined;
  }

  /**
   * Imports the text of `format` in the import worker; the answer counts only if the text is still the
   * one sent (a newer edit sends its own, and a rewrite from the design makes the answer moot).
   */
  private request(format: ExportFormat): void {
    const model = modelOf(format);
    const id = ++this.lastRequest;
    this.requested.set(id, { format, version: model.getVersionId() });
    this.backend ??= createImportBackend((response) => this.receive(response));
    this.backend.send({
      id,
      file: { name: FILE_NAME[format], text: model.getValue() },
      name: this.store.getState().design.name,
    });
  }

  private receive({ id, result }: ImportResponse): void {
    const sent = this.requested.get(id);
    this.requested.delete(id);
    if (!sent || this.disposed) return;
    const model = modelOf(sent.format);
    if (model.getVersionId() !== sent.version || !isEditing(sent.format)) return;
    this.follow(sent.format, result);
  }

  /** Imports the text of `format` at once, on this thread (leaving edit mode, switching formats). */
  read(format: ExportFormat): void {
    const result = importManifests([{ name: FILE_NAME[format], text: modelOf(format).getValue() }], {
      name: this.store.getState().design.name,
      positions: true,
    });
    this.follow(format, result);
  }

  /** Makes the design follow an imported text, or shows why the text does not import. */
  private follow(format: ExportFormat, result: ImportResult): void {
    const model = modelOf(format);
    if (!result.ok) {
      setMarkers(model, result.errors);
      const first = result.errors[0];
      setEditStatus(format, {
        kind: 'errors',
        count: result.errors.length,
        first: first ? `${first.line}:${first.column} ${first.message}` : '',
      });
      return;
    }
    // Warnings do not stop the design from following, but the user should see them where they are.
    setMarkers(
      model,
      result.notes.filter((note) => note.severity === 'warning'),
    );
    const current = this.store.getState().design;
    const idsOut = new Map<string, string>();
    const next = reconcileDesign(current, result.design, { format, idsOut });
    // The text is the user's, not the export's: where each entity is comes from the import. Set before
    // the design changes, so that the findings' markers and the highlight it sets off use these lines.
    if (result.positions)
      manifestSync.setEditedRanges(format, editedRanges(result, idsOut, model.getLineCount()));
    if (next !== current) {
      this.committing = true;
      try {
        this.store
          .getState()
          .apply({ type: 'replace', design: next }, { kind: 'merge', key: `manifest-edit:${format}` });
      } finally {
        this.committing = false;
      }
      this.dropGoneFromSelection();
    }
    setEditStatus(format, { kind: 'applied' });
  }

  /** An entity deleted in the text is no longer selected (the inspector would show nothing). */
  private dropGoneFromSelection(): void {
    const { design, selection, select } = this.store.getState();
    const alive = entityIds(design);
    if (selection.some((id) => !alive.has(id))) select(selection.filter((id) => alive.has(id)));
  }
}

/** Line ranges of the entities of an imported text, under the ids the reconciled design gives them. */
function editedRanges(
  result: ImportResult & { ok: true },
  idsOut: ReadonlyMap<string, string>,
  lineCount: number,
): ExportRange[] {
  const { design, positions = {} } = result;
  const outer = new Set([
    ...design.pods.map((pod) => pod.id),
    ...design.services.map((service) => service.id),
    ...design.externals.map((external) => external.id),
  ]);
  const starts = Object.entries(positions).map(([id, { line }]) => ({
    id: idsOut.get(id) ?? id,
    line,
    outer: outer.has(id),
  }));
  return rangesFromStarts(starts, lineCount);
}

function entityIds(design: Design): Set<string> {
  return new Set([
    ...design.pods.flatMap((pod) => [pod.id, ...pod.containers.map((c) => c.id)]),
    ...design.services.map((s) => s.id),
    ...design.externals.map((x) => x.id),
    ...design.connections.map((c) => c.id),
  ]);
}

function setMarkers(model: editor.ITextModel, notes: readonly ImportNote[]): void {
  const lines = model.getLineCount();
  monaco.editor.setModelMarkers(
    model,
    EDIT_OWNER,
    notes.map((note) => {
      const line = Math.min(Math.max(note.line, 1), lines);
      const column = Math.min(Math.max(note.column, 1), model.getLineMaxColumn(line));
      const end = model.getWordAtPosition({ lineNumber: line, column })?.endColumn;
      return {
        severity: note.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        source: 'Podwright import',
        code: note.code,
        message: note.message,
        startLineNumber: line,
        startColumn: column,
        endLineNumber: line,
        endColumn: Math.max(end ?? model.getLineMaxColumn(line), column + 1),
      };
    }),
  );
}
