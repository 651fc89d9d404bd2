import type { ImportFile, ImportResult } from '../../core';
import type { ImportRequest, ImportResponse } from './import-protocol';
import { failureMessage } from './input';
import { prepareImport, type PreparedImport } from './prepare';

/** Longer than any real import takes (a 16 MB manifest parses in well under this on a slow machine). */
export const IMPORT_TIMEOUT_MS = 60_000;

let worker: Worker | undefined;
let serial = 0;
const pending = new Map<
  number,
  (response: ImportResponse | { id: number; type: 'lost'; why: string }) => void
>();

function importWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<ImportResponse>) => {
    const settle = pending.get(event.data.id);
    pending.delete(event.data.id);
    settle?.(event.data);
  };
  created.onerror = (event) => {
    event.preventDefault();
    dropWorker(event.message || 'the import worker failed');
  };
  worker = created;
  return created;
}

/** Ends the worker (a crash, or an import that would not finish) and fails whatever waited on it. */
function dropWorker(why: string): void {
  worker?.terminate();
  worker = undefined;
  for (const [id, settle] of pending) settle({ id, type: 'lost', why });
  pending.clear();
}

/** Starts the worker ahead of need, so its script is loaded by the time a file comes. */
export function prewarmImport(): void {
  if (typeof Worker !== 'undefined') importWorker();
}

function shape(result: ImportResult): PreparedImport {
  return result.ok
    ? { ok: true, design: result.design, notes: result.notes }
    : { ok: false, errors: result.errors, message: failureMessage(result.errors) };
}

/**
 * Imports in the worker; the page stays responsive however large the input. An import that has not
 * answered after `IMPORT_TIMEOUT_MS` is stopped (the worker is ended) and refused; without Worker
 * support the import runs here instead.
 */
export function importInWorker(
  files: readonly ImportFile[],
  timeoutMs = IMPORT_TIMEOUT_MS,
): Promise<PreparedImport> {
  if (typeof Worker === 'undefined') return Promise.resolve(prepareImport(files));
  const id = ++serial;
  return new Promise<PreparedImport>((resolve) => {
    const timer = setTimeout(
      () => dropWorker(`it did not finish within ${Math.round(timeoutMs / 1000)} s`),
      timeoutMs,
    );
    pending.set(id, (response) => {
      clearTimeout(timer);
      if (response.type === 'done') return resolve(shape(response.result));
      const why = response.type === 'failed' ? response.message : response.why;
      resolve({ ok: false, errors: [], message: `Import failed: ${why}. Nothing was changed.` });
    });
    const request: ImportRequest = { id, files: [...files] };
    importWorker().postMessage(request);
  });
}
