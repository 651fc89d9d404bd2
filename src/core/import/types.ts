/**
 * The import's public shapes: files in, a design and coded notes out (or errors and no design).
 */
import type { Design } from '../model/types';

/** One input file: its name (shown in notes) and its whole text. */
export interface ImportFile {
  name: string;
  text: string;
  /** Pasted, not read from a file: the design is named from the content, not from `name`. */
  pasted?: boolean;
}

export type ImportNoteSeverity = 'error' | 'warning' | 'info';

/**
 * Something the import could not take as it stood, or a guess it made. Every note has a stable code
 * (listed in docs/import.md) and the place in the input it is about, 1-based.
 */
export interface ImportNote {
  code: string;
  severity: ImportNoteSeverity;
  message: string;
  file: string;
  line: number;
  column: number;
  /** The design entity the note is about, when there is one. */
  entityId?: string;
}

export interface ImportOptions {
  /** The design's name; default: the name the input gives (our own header, a Compose `name`, …). */
  name?: string;
  /** Input larger than this many characters is refused before parsing. Default `MAX_IMPORT_CHARS`. */
  maxChars?: number;
  /** Also return where each entity came from (costs a lookup per entity; off by default). */
  positions?: boolean;
}

/** Where an entity of the design stands in the input. */
export interface ImportPosition {
  file: string;
  line: number;
  column: number;
}

export type ImportResult =
  | { ok: true; design: Design; notes: ImportNote[]; positions?: Record<string, ImportPosition> }
  | { ok: false; errors: ImportNote[] };

/** The formats a file can be told apart as, before any of its objects is read. */
export type InputFormat = 'k8s' | 'compose';
