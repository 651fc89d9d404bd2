/**
 * The design's findings (the Problems list) as markers in the manifest text: each on the first line of
 * its target's lines in the export (a design-wide finding on the header's first line), severity mapped,
 * message "rule-id: message". The checks are cached per design, so calling this at every change costs a
 * look-up; the lines come from the sync's latest ranges.
 */
import type { editor } from 'monaco-editor/editor';
import type { Design, Diagnostic, Severity } from '../../../core';
import { checkDesign } from '../../problems/diagnostics';
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

/** Sets the markers of `design`'s findings on the model of `format` (none before its first export). */
export function updateFindingMarkers(format: ExportFormat, design: Design): void {
  const model = modelOf(format);
  if (manifestSync.view(format).applied === 0 || model.getValueLength() === 0) {
    monaco.editor.setModelMarkers(model, FINDINGS_OWNER, []);
    return;
  }
  const lines = model.getLineCount();
  const markers: editor.IMarkerData[] = [];
  for (const diagnostic of checkDesign(design).all) {
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
