/**
 * The design's findings (the Problems list) as markers in the manifest text: each on the first line of
 * its target's lines in the export (a design-wide finding on the header's first line), severity mapped,
 * message "rule-id: message". The findings are the checks worker's (problems/findings); the lines come
 * from the sync's latest ranges. Markers are set when the main thread is idle (scheduleFindingMarkers),
 * once the worker has checked the design shown: placing 800 markers is milliseconds that the editor's
 * text must not wait for, and checking 200 pods again in the page would be tens more.
 */
import type { editor } from 'monaco-editor/editor';
import type { Design, Diagnostic, Severity } from '../../../core';
import { knownChecks } from '../../problems/checked';
import { rangeOf, type ExportFormat } from '../exporters';
import { monaco } from '../monaco/setup';
import { manifestSync, modelOf } from './manifest-sync';

export const FINDINGS_OWNER = 'podwright-checks';

const SEVERITY: Record<Severity, number> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

/** The 1-based line a finding belongs on, or undefined when its target has no lines in this text. */
export function findingLine(diagnostic: Diagnostic, format: ExportFormat): number | undefined {
  if (diagnostic.target.kind === 'design') return 1;
  return rangeOf(manifestSync.view(format).ranges, diagnostic.target.id)?.start;
}

/** Sets the markers of `findings` on the model of `format` (none before its first export). */
export function updateFindingMarkers(format: ExportFormat, findings: readonly Diagnostic[]): void {
  const model = modelOf(format);
  if (manifestSync.view(format).applied === 0 || model.getValueLength() === 0) {
    monaco.editor.setModelMarkers(model, FINDINGS_OWNER, []);
    return;
  }
  const lines = model.getLineCount();
  const markers: editor.IMarkerData[] = [];
  for (const diagnostic of findings) {
    const at = findingLine(diagnostic, format);
    if (at === undefined) continue;
    const line = Math.min(at, lines);
    markers.push({
      severity: SEVERITY[diagnostic.severity],
      source: 'Podwright checks',
      code: diagnostic.rule,
      message: `${diagnostic.rule}: ${diagnostic.message}`,
      startLineNumber: line,
      startColumn: model.getLineFirstNonWhitespaceColumn(line) || 1,
      endLineNumber: line,
      endColumn: model.getLineMaxColumn(line),
    });
  }
  monaco.editor.setModelMarkers(model, FINDINGS_OWNER, markers);
}

/** Quiet time after the last change before markers are set: a burst of edits checks once. */
const MARKERS_DELAY_MS = 250;
/** How long markers may then wait for an idle moment. */
const MARKERS_IDLE_TIMEOUT_MS = 400;
/** Per format, where to read the design whose markers are waiting to be set. */
const scheduled = new Map<ExportFormat, () => Design>();
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Sets the findings' markers of `format` once changes have stopped for a moment and the page is idle,
 * for the design `current()` returns then. Calls before that coalesce into one, so a burst of changes
 * (typing, a drag) checks the design once, and never between a change and its text in the editor.
 */
export function scheduleFindingMarkers(format: ExportFormat, current: () => Design): void {
  scheduled.set(format, current);
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => whenIdle(run), MARKERS_DELAY_MS);
}

function run(): void {
  // A new text is on its way: its lines are where the markers go; its arrival schedules them again.
  if (manifestSync.busy) {
    timer = setTimeout(() => whenIdle(run), MARKERS_DELAY_MS);
    return;
  }
  timer = undefined;
  for (const [format, current] of [...scheduled]) {
    const checked = knownChecks(current());
    // The worker has not checked this design yet: look again in a moment rather than check it here.
    if (!checked) continue;
    scheduled.delete(format);
    updateFindingMarkers(format, checked.all);
  }
  if (scheduled.size > 0) timer = setTimeout(() => whenIdle(run), MARKERS_DELAY_MS);
}

function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(work, { timeout: MARKERS_IDLE_TIMEOUT_MS });
  else setTimeout(work, 0);
}
