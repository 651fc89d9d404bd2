/**
 * What every exporter returns. The text is the whole file; `objects` are the plain objects it was
 * serialised from (one per YAML document), for callers that want to validate or inspect them;
 * `ranges` map entity ids to the lines that express them; `notes` say what the target format could
 * not express, so nothing is dropped in silence.
 */

export type ExportFormat = 'k8s' | 'compose';

/** A 1-based, inclusive line range of the exported text that belongs to one design entity. */
export interface ExportRange {
  /** A pod, container, service, external or connection id. */
  id: string;
  start: number;
  end: number;
}

export type ExportNoteSeverity = 'info' | 'warning';

/** Something the target format cannot express, or a choice the exporter made for the user. */
export interface ExportNote {
  /** A stable code, documented in docs/conversion-matrix.md. */
  code: string;
  severity: ExportNoteSeverity;
  message: string;
  /** The entity the note is about; absent for notes about the whole design. */
  entityId?: string;
}

export interface ExportResult {
  format: ExportFormat;
  text: string;
  /**
   * The plain objects behind the text, one per YAML document, in text order. Read-only: objects of one
   * pod share their label maps.
   */
  objects: Record<string, unknown>[];
  /**
   * Line ranges by entity, in text order. An entity may have several (a pod: its workload, then its
   * ConfigMaps, claims and policies); the first one is where the entity is best revealed.
   */
  ranges: ExportRange[];
  notes: ExportNote[];
}

/** Options of the Kubernetes export; each defaults to what the design saves. */
export interface KubernetesExportOptions {
  /** `1.33`, `v1.29` or `1.30.2`; default `design.target.kubernetes`. */
  kubernetesVersion?: string;
  /** Default `design.namespace`; empty or absent writes no namespace. */
  namespace?: string;
  /** Default `design.exportOptions.networkPolicies`. */
  networkPolicies?: boolean;
  /** Default `design.exportOptions.podDisruptionBudgets`. */
  podDisruptionBudgets?: boolean;
}
