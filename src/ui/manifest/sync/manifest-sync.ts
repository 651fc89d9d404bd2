/**
 * The models' side of the live manifests, one per page: asks the export engine for the latest design
 * of each format (one request at a time, the newest design only), applies each answer to the format's
 * model, keeps its ranges and notes, and sets schema markers. Module-level like the models, so a response
 * that arrives while the panel is closed still lands, and model and engine never disagree on the text.
 */
import type { editor } from 'monaco-editor/editor';
import type { Design } from '../../../core';
import { announceManifestUpdate } from '../../dock/test-hooks';
import { createExportBackend, type ExportBackend } from '../engine/backend';
import type { ExportResponse } from '../engine/protocol';
import type { ExportFormat, ExportNote, ExportRange } from '../exporters';
import { MODEL_PATH, monaco } from '../monaco/setup';
import type { LocatedProblem } from '../validation/schema-check';
import { sameExportInputs } from './export-inputs';
import { applyOffsetEdits, keepingViewports, replaceText } from './model-edits';

export interface FormatView {
  /** The id of the response the model shows; 0 before the first. */
  applied: number;
  ranges: readonly ExportRange[];
  notes: readonly ExportNote[];
}

interface FormatState extends FormatView {
  /** The newest design wanted, and the last one sent. */
  wanted?: Design;
  requested?: Design;
  /**
   * The user edited the model (edit mode): its text is no longer the engine's last text, so the next
   * request asks for the whole text (diffed here against what the model holds), and answers to requests
   * sent before the edit are dropped instead of landing on the user's text.
   */
  diverged?: boolean;
  /** Answers with an id up to this one were asked before the user's last edit. */
  staleUpTo?: number;
}

export type SyncListener = (format: ExportFormat) => void;

const SCHEMA_OWNER = 'kubernetes-schema';

export function modelOf(format: ExportFormat): editor.ITextModel {
  const model = monaco.editor.getModel(monaco.Uri.parse(MODEL_PATH[format]));
  if (!model) throw new Error(`The ${format} model was not created; call setUpMonaco() first.`);
  return model;
}

class ManifestSync {
  private readonly formats: Record<ExportFormat, FormatState> = {
    k8s: { applied: 0, ranges: [], notes: [] },
    compose: { applied: 0, ranges: [], notes: [] },
  };
  private readonly listeners = new Set<SyncListener>();
  private backend: ExportBackend | undefined;
  private inFlight: number | undefined;
  private lastId = 0;
  /** The format shown, asked for first. */
  private preferred: ExportFormat = 'k8s';
  private applying = false;

  view(format: ExportFormat): FormatView {
    return this.formats[format];
  }

  subscribe(listener: SyncListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** True while an export is being made: the text, and so the lines of markers, is about to change. */
  get busy(): boolean {
    return this.inFlight !== undefined;
  }

  /** True while an export lands in a model: a content change then is ours, not the user's. */
  get isApplying(): boolean {
    return this.applying;
  }

  /**
   * The user changed the model's text (edit mode). Answers in flight are for the text before it, and the
   * next design wanted must be asked for even when the last one sent exports the same.
   */
  userEdited(format: ExportFormat): void {
    const state = this.formats[format];
    state.diverged = true;
    state.staleUpTo = this.lastId;
    state.requested = undefined;
    state.wanted = undefined;
  }

  /**
   * Where each entity is in a text the user edited (edit mode), read from the text itself: the last
   * export's ranges no longer match it. The next export that rewrites the text brings its own.
   */
  setEditedRanges(format: ExportFormat, ranges: readonly ExportRange[]): void {
    this.formats[format].ranges = ranges;
    this.notify(format);
  }

  /** Brings the model back to the export of `design`, whatever the user typed (leaving edit mode). */
  resync(format: ExportFormat, design: Design): void {
    this.formats[format].requested = undefined;
    this.want(format, design);
  }

  /** Asks for the export of `design` in `format`; does nothing when the text would not change. */
  want(format: ExportFormat, design: Design): void {
    this.preferred = format;
    this.formats[format].wanted = design;
    this.pump();
  }

  private pump(): void {
    if (this.inFlight !== undefined) return;
    const order: ExportFormat[] = this.preferred === 'k8s' ? ['k8s', 'compose'] : ['compose', 'k8s'];
    for (const format of order) {
      const state = this.formats[format];
      const { wanted, requested } = state;
      if (!wanted || (requested && sameExportInputs(requested, wanted))) continue;
      state.requested = wanted;
      const id = ++this.lastId;
      this.inFlight = id;
      this.backend ??= createExportBackend((response) => this.receive(response));
      this.backend.send({
        id,
        format,
        design: wanted,
        base: state.diverged ? 0 : state.applied,
        sentAt: performance.timeOrigin + performance.now(),
      });
      return;
    }
  }

  private receive(response: ExportResponse): void {
    const state = this.formats[response.format];
    switch (response.type) {
      case 'exported':
        if (response.id <= (state.staleUpTo ?? 0)) {
          this.inFlight = undefined;
          break;
        }
        this.applyText(response);
        break;
      case 'failed':
        this.inFlight = undefined;
        state.notes = [failureNote(response.message)];
        this.notify(response.format);
        break;
      case 'schema':
        if (response.id === state.applied && !state.diverged)
          this.setMarkers(response.format, response.problems);
        return;
      case 'schema-failed':
        if (response.id === state.applied && !state.diverged)
          this.setMarkers(response.format, [], response.message);
        return;
    }
    this.pump();
  }

  private applyText(response: Extract<ExportResponse, { type: 'exported' }>): void {
    const state = this.formats[response.format];
    const model = modelOf(response.format);
    const started = performance.now();
    this.applying = true;
    try {
      keepingViewports(model, () => {
        if (response.edits) applyOffsetEdits(model, response.edits);
        else replaceText(model, response.text ?? '');
      });
    } finally {
      this.applying = false;
    }
    this.inFlight = undefined;
    state.diverged = false;
    if (model.getValueLength() !== response.length) {
      // The engine diffed against a text the model does not hold: ask again for the whole text.
      state.applied = 0;
      state.requested = undefined;
      return;
    }
    state.applied = response.id;
    state.ranges = response.ranges;
    state.notes = response.notes;
    if (response.format === 'k8s') monaco.editor.setModelMarkers(model, SCHEMA_OWNER, []);
    this.notify(response.format);
    announceManifestUpdate({
      format: response.format,
      length: response.length,
      exportMs: response.exportMs,
      diffMs: response.diffMs,
      applyMs: performance.now() - started,
      ...(response.waitMs === undefined ? {} : { waitMs: response.waitMs }),
    });
  }

  private setMarkers(format: ExportFormat, problems: readonly LocatedProblem[], failure?: string): void {
    const model = modelOf(format);
    const lastLine = model.getLineCount();
    const markers: editor.IMarkerData[] = problems.map((problem) => {
      const line = Math.min(problem.line, lastLine);
      return {
        severity: monaco.MarkerSeverity.Error,
        source: 'Kubernetes schema',
        message: problem.message,
        startLineNumber: line,
        startColumn: problem.column,
        endLineNumber: line,
        endColumn: model.getLineMaxColumn(line),
      };
    });
    if (failure) {
      markers.push({
        severity: monaco.MarkerSeverity.Info,
        source: 'Kubernetes schema',
        message: `The schema check could not run: ${failure}`,
        startLineNumber: 1,
        startColumn: 1,
        endLineNumber: 1,
        endColumn: 1,
      });
    }
    monaco.editor.setModelMarkers(model, SCHEMA_OWNER, markers);
  }

  private notify(format: ExportFormat): void {
    for (const listener of this.listeners) listener(format);
  }
}

function failureNote(message: string): ExportNote {
  return {
    code: 'export-failed',
    severity: 'warning',
    message: `The export failed (${message}); the editor shows the last export that worked.`,
  };
}

/** The one sync of the page. */
export const manifestSync = new ManifestSync();
