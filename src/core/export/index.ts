/**
 * Exporters: design -> plain objects -> YAML text through one serializer (yaml.ts).
 */
export { exportKubernetes, ANNOTATION, LABEL, containerKey } from './k8s';
export { exportCompose } from './compose';
export { createIncrementalExporter, type IncrementalExporter } from './incremental';
export { entityAtLine, rangeOf, rangesOf, rangesFromStarts, type EntityStart } from './ranges';
export { parseKubeVersion, NATIVE_SIDECARS_SINCE } from './kube-version';
export type {
  ExportFormat,
  ExportNote,
  ExportNoteSeverity,
  ExportRange,
  ExportResult,
  KubernetesExportOptions,
} from './types';
