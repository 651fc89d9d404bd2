/**
 * Exports for a design that changes a little at a time (the live editor): each exporter keeps the
 * serialised pieces of its last exports and writes again only those whose input changed. Building the
 * plain objects is a tenth of an export, serialising the rest; a piece's cache key is its content
 * (see yaml-cache.ts), so the result is always exactly the full export's.
 */
import type { Design } from '../model/types';
import { exportComposeCached } from './compose';
import { exportKubernetesCached } from './k8s';
import type { ExportResult, KubernetesExportOptions } from './types';
import { YamlCache } from './yaml-cache';

export interface IncrementalExporter {
  /** Like `exportKubernetes`; an unchanged document keeps its object from one export to the next. */
  kubernetes(design: Design, options?: KubernetesExportOptions): ExportResult;
  /** Like `exportCompose`. */
  compose(design: Design): ExportResult;
}

/** An exporter with its own caches, one per format; keep one per editor (or worker). */
export function createIncrementalExporter(): IncrementalExporter {
  const k8s = new YamlCache();
  const compose = new YamlCache();
  return {
    kubernetes: (design, options = {}) => exportKubernetesCached(design, options, k8s),
    compose: (design) => exportComposeCached(design, compose),
  };
}
