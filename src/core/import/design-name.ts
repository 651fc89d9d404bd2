/**
 * The name an imported design takes. What a person chose comes first (a name given to the import, the
 * name our own export recorded, a Compose project `name:`, the `app.kubernetes.io/part-of` label the
 * objects agree on), then the file's name, then what the content says about itself (its namespace, its
 * first workload). Pasted text has no file name: its placeholder name says nothing about the content.
 */
import { fileBaseName } from './names';
import type { SourceFile } from './load/source';

/** What the input says that could name the design, most telling first. */
export interface NameClues {
  /** The name the caller asked for (`ImportOptions.name`). */
  given?: string;
  /** The design name our own export recorded (the Kubernetes header, Compose `x-podwright.name`). */
  recorded?: string;
  /** The `app.kubernetes.io/part-of` value every workload carries. */
  partOf?: string;
  /** A Compose file's top-level `name:` (its project name). */
  project?: string;
  /** The first input file; its name is a clue unless it was pasted. */
  file?: SourceFile;
  /** The one namespace of the objects. */
  namespace?: string;
  /** The name of the first pod (workload or Compose service group). */
  firstWorkload?: string;
}

/** The name a design without any clue gets. */
export const FALLBACK_DESIGN_NAME = 'imported';

/** The name of an imported design, from the most telling clue the input gives. */
export function chooseDesignName(clues: NameClues): string {
  const fromFile = clues.file && !clues.file.pasted ? fileBaseName(clues.file.name) : undefined;
  const candidates = [
    clues.given,
    clues.recorded,
    clues.partOf,
    clues.project,
    fromFile,
    clues.namespace,
    clues.firstWorkload,
  ];
  return candidates.find((name) => name !== undefined && name.trim() !== '') ?? FALLBACK_DESIGN_NAME;
}
