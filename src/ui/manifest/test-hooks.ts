/**
 * Test hooks of the manifest editor, on only with the app's test hooks (`?test-hooks`): the markers of a
 * model (what Monaco shows as squiggles and in the gutter), its whole text, and a way to set the text as
 * if typed (for tests where typing would be slow and fragile; at least one test types for real).
 */
import { testHooksEnabled } from '../dock/test-hooks';
import type { ExportFormat } from './exporters';
import { monaco } from './monaco/setup';
import { modelOf } from './sync/manifest-sync';

export interface MarkerSummary {
  owner: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
}

export interface ManifestTestHooks {
  markers(format: ExportFormat, owner?: string): MarkerSummary[];
  text(format: ExportFormat): string;
  /** Replaces the text with one edit, as a paste would (an undo-able edit of the model). */
  setText(format: ExportFormat, text: string): void;
}

declare global {
  interface Window {
    // oxlint-disable-next-line no-underscore-dangle -- a name no app code would ever take
    __podwrightManifest?: ManifestTestHooks;
  }
}

function severityName(severity: number): MarkerSummary['severity'] {
  if (severity === monaco.MarkerSeverity.Error) return 'error';
  if (severity === monaco.MarkerSeverity.Warning) return 'warning';
  if (severity === monaco.MarkerSeverity.Info) return 'info';
  return 'hint';
}

export function exposeManifestForTests(): void {
  if (!testHooksEnabled()) return;
  // oxlint-disable-next-line no-underscore-dangle
  window.__podwrightManifest = {
    markers: (format, owner) =>
      monaco.editor.getModelMarkers({ resource: modelOf(format).uri, owner }).map((marker) => ({
        owner: marker.owner,
        line: marker.startLineNumber,
        column: marker.startColumn,
        severity: severityName(marker.severity),
        message: marker.message,
      })),
    text: (format) => modelOf(format).getValue(),
    setText: (format, text) => {
      const model = modelOf(format);
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
    },
  };
}
