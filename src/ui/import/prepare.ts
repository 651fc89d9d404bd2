import { importManifests, type Design, type ImportFile, type ImportNote } from '../../core';
import { failureMessage } from './input';

export type PreparedImport =
  { ok: true; design: Design; notes: ImportNote[] } | { ok: false; errors: ImportNote[]; message: string };

/**
 * Runs the core import on the files and shapes the outcome for the page: the design and its notes,
 * or the errors with a one-line message. Touches no store, so a failure changes nothing by
 * construction. The core never throws; this guards anyway, since it runs on every drop and paste.
 */
export function prepareImport(files: readonly ImportFile[]): PreparedImport {
  try {
    const result = importManifests(files);
    if (result.ok) return { ok: true, design: result.design, notes: result.notes };
    return { ok: false, errors: result.errors, message: failureMessage(result.errors) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [], message: `Import failed: ${message}. Nothing was changed.` };
  }
}
