/**
 * Exports for a design that changes a little at a time (the live editor): each exporter keeps the
 * serialised pieces of its last exports and writes again only those whose input changed. Building the
 * plain objects is a tenth of an export, serialising the rest; a piece's cache key is its content
 * (see yaml-cache.ts), so the result is always exactly the full export's. The Kubernetes exporter also
 * keeps each pod's built documents while the pod is the same object (k8s/build-cache.ts), whose keys
 * the YAML cache then remembers by document instead of computing them again.
 */
import type { Design } from '../model/types';
import { exportComposeCached } from './compose';
import { exportKubernetesCached, K8sBuildCache } from './k8s';
import type { ExportResult, KubernetesExportOptions } from './types';
import { YamlCache } from './yaml-cache';

export interface IncrementalExporter {
  /** Like `exportKubernetes`; an unchanged document keeps its object from one export to the next. */
  kubernetes(design: Design, options?: KubernetesExportOptions): ExportResult;
  /** Like `exportCompose`. */
  compose(design: Design): ExportResult;
  /** Pods built and reused by the last Kubernetes export (for tests and benches). */
  readonly builds: { readonly last: { built: number; reused: number } };
}

/** An exporter with its own caches, one per format; keep one per editor (or worker). */
export function createIncrementalExporter(): IncrementalExporter {
  const k8s = new YamlCache();
  const k8sBuilds = new K8sBuildCache();
  const compose = new YamlCache();
  return {
    kubernetes: (design, options = {}) => exportKubernetesCached(design, options, k8s, k8sBuilds),
    compose: (design) => exportComposeCached(design, compose),
    builds: k8sBuilds,
  };
}
