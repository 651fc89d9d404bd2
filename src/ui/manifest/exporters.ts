/**
 * The panel's one door to the exporters of the core, so the rest of the panel does not care which
 * format it shows.
 */
import { exportCompose, exportKubernetes, type ExportFormat, type ExportResult } from '../../core/export';
import type { Design } from '../../core';

export { entityAtLine, rangeOf, rangesOf } from '../../core/export';
export type { ExportFormat, ExportNote, ExportRange, ExportResult } from '../../core/export';

/** Exports the design in one format, with the options the design saves. */
export function exportDesign(design: Design, format: ExportFormat): ExportResult {
  return format === 'k8s' ? exportKubernetes(design) : exportCompose(design);
}

/** The download name of each format: `<design>.k8s.yaml` and Compose's default `compose.yaml`. */
export function downloadName(designName: string, format: ExportFormat): string {
  if (format === 'compose') return 'compose.yaml';
  const base = designName
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${base || 'design'}.k8s.yaml`;
}
