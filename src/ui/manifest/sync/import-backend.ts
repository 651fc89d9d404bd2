/**
 * Where edited text is imported: in a worker when one starts, else in the page (same function, same
 * result, on the main thread, asynchronously like the worker). A worker that fails hands its pending
 * request to the page.
 */
import { importManifests, type ImportFile, type ImportResult } from '../../../core';
import { startWorkerClient, type WorkerClient } from '../../workers/worker-client';
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

export type ImportBackend = WorkerClient<ImportRequest>;

export function createImportBackend(receive: (response: ImportResponse) => void): ImportBackend {
  return startWorkerClient<ImportRequest, ImportResponse>({
    job: 'reading edits',
    start: () => new ImportWorker({ name: 'podwright-import' }),
    runInline: (request, reply) =>
      reply({
        id: request.id,
        result: importManifests([request.file], { name: request.name, positions: true }),
      }),
    receive,
  });
}
