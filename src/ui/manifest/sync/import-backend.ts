/**
 * Where edited text is imported: in a worker when one starts, else in the page (same function, same
 * result, on the main thread, asynchronously like the worker). A worker that fails hands its pending
 * request to the page.
 */
import { importManifests, type ImportFile, type ImportResult } from '../../../core';
// Vite's `?worker` modules default-export a Worker constructor (typed by vite/client).
// oxlint-disable-next-line import/default
import ImportWorker from './import.worker?worker';

export interface ImportRequest {
  id: number;
  file: ImportFile;
  name: string;
}

export interface ImportResponse {
  id: number;
  result: ImportResult;
}

export interface ImportBackend {
  send(request: ImportRequest): void;
  /** Stops the worker; answers still on their way are not delivered. */
  dispose(): void;
}

export function createImportBackend(receive: (response: ImportResponse) => void): ImportBackend {
  let pending: ImportRequest | undefined;
  const runInline = (request: ImportRequest) =>
    setTimeout(
      () => receive({ id: request.id, result: importManifests([request.file], { name: request.name }) }),
      0,
    );

  let worker: Worker | undefined;
  try {
    worker = new ImportWorker({ name: 'podwright-import' });
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      if (pending?.id === event.data.id) pending = undefined;
      receive(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      console.warn('The import worker failed; reading edits on the main thread instead.', event.message);
      worker?.terminate();
      worker = undefined;
      if (pending) runInline(pending);
    };
  } catch {
    worker = undefined;
  }

  return {
    send(request) {
      pending = request;
      if (worker) worker.postMessage(request);
      else runInline(request);
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      pending = undefined;
    },
  };
}
