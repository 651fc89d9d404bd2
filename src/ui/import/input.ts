/**
 * The page side of importing, before and after the core's `importManifests`: which files to take,
 * refusing oversize ones before reading them, telling pasted manifests from other clipboard text,
 * and the lines a person reads about the outcome. No DOM, no store: unit-tested as is.
 */
import { MAX_IMPORT_CHARS, type Design, type ImportFile, type ImportNote } from '../../core';

/** What the file chooser offers: Kubernetes manifests (YAML or JSON) and Compose files. */
export const IMPORT_ACCEPT = '.yaml,.yml,.json,application/yaml,application/json,text/yaml';

/** The part of a `File` the import reads, so tests can pass plain objects. */
export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type ReadOutcome = { ok: true; files: ImportFile[] } | { ok: false; message: string };

const mb = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * Reads the chosen files. A file larger than the import takes is refused by its size before a byte
 * of it is read (a UTF-8 character is at least one byte, so no larger file could pass), and then
 * nothing is imported.
 */
export async function readImportFiles(
  files: readonly FileLike[],
  maxChars = MAX_IMPORT_CHARS,
): Promise<ReadOutcome> {
  if (files.length === 0) return { ok: false, message: 'Choose a file or paste YAML to import.' };
  const read: ImportFile[] = [];
  for (const file of files) {
    if (file.size > maxChars) {
      return {
        ok: false,
        message: `${file.name}:1:1 — The file is ${mb(file.size)}; at most ${mb(maxChars)} are imported. Nothing was imported.`,
      };
    }
    try {
      read.push({ name: file.name, text: await file.text() });
    } catch {
      return { ok: false, message: `${file.name} could not be read. Nothing was imported.` };
    }
  }
  return { ok: true, files: read };
}

/** True for a name Podwright saves with or opens as a design, not as a manifest. */
export function isDesignFileName(name: string): boolean {
  return /\.podwright\.json$/i.test(name);
}

/** True for the names a drop imports: YAML files (Kubernetes manifests or Compose). */
export function isManifestFileName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/**
 * True when a `.json` file is a Kubernetes manifest rather than a design: it names an apiVersion and
 * a kind, and is not a Podwright design.
 */
export function isJsonManifest(text: string): boolean {
  const head = text.slice(0, 4096);
  return (
    /"apiVersion"\s*:/.test(head) && /"kind"\s*:/.test(head) && !/"format"\s*:\s*"podwright\//.test(head)
  );
}

/**
 * True when pasted text looks like a Kubernetes manifest or a Compose file: a top-level `apiVersion`
 * and `kind`, or a top-level `services:` map. Anything else (a name, a URL, copied nodes) is left to
 * whoever else handles the paste.
 */
export function looksLikeManifest(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  if (/^apiVersion\s*:/m.test(head) && /^kind\s*:/m.test(head)) return true;
  if (/^services\s*:\s*(#.*)?$/m.test(head) && /^[ \t]+[\w.-]+\s*:/m.test(head)) return true;
  return isJsonManifest(head);
}

/** `file:line:col — message`, the way the CLI and editors point at a place. */
export function describeNote(note: ImportNote): string {
  return `${note.file}:${note.line}:${note.column} — ${note.message}`;
}

/** The one-line error of a failed import: the first error, and how many more notes there are. */
export function failureMessage(errors: readonly ImportNote[]): string {
  const first = errors.find((n) => n.severity === 'error') ?? errors[0];
  if (!first) return 'The input could not be imported. Nothing was changed.';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `Import failed: ${describeNote(first)}${more}. Nothing was changed.`;
}

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "Imported 12 pods, 12 services, 1 external, 3 notes. Undo brings back the previous design." */
export function importSummary(imported: Design, notes: number, merged: boolean, renamed = 0): string {
  const parts = [
    count(imported.pods.length, 'pod'),
    count(imported.services.length, 'service'),
    ...(imported.externals.length > 0 ? [count(imported.externals.length, 'external')] : []),
    count(notes, 'note'),
  ];
  const how = merged ? 'Merged' : 'Imported';
  const renames = renamed > 0 ? ` ${count(renamed, 'name')} changed to stay unique.` : '';
  return `${how} ${parts.join(', ')}.${renames} Undo brings back the previous design.`;
}
