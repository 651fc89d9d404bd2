/**
 * Where the export engine runs: in a worker, so a 200-pod export never freezes the canvas; in the
 * page when no worker can start (the inline fallback, same protocol, same results, just on the main
 * thread). A worker that fails to load hands its pending request to the fallback. Designs go to the worker
 * as deltas (design-delta.ts).
 */
import type { Design } from '../../../core';
import { createExportEngine, type ExportEngine } from './engine';
import { encodeDesign } from '../../workers/design-delta';
import type { ExportRequest, ExportResponse, WorkerRequest } from './protocol';
// Vite's `?worker` modules default-export a Worker constructor (typed by vite/client).
// oxlint-disable-next-line import/default
import ExportWorker from './export.worker?worker';

export interface ExportBackend {
  send(request: ExportRequest): void;
}

export function createExportBackend(receive: (response: ExportResponse) => void): ExportBackend {
  let pending: ExportRequest | undefined;
  let inline: ExportEngine | undefined;

  const deliver = (response: ExportResponse) => {
    if (response.type !== 'schema' && response.type !== 'schema-failed' && pending?.id === response.id) {
      pending = undefined;
    }
    receive(response);
  };
  // Asynchronous like the worker, so a store listener never re-enters itself.
  const runInline = (request: ExportRequest) => {
    inline ??= createExportEngine(deliver);
    const engine = inline;
    setTimeout(() => engine.handle(request), 0);
  };

  let worker: Worker | undefined;
  /** The design last posted to the worker: the next one goes as a delta from it. */
  let posted: Design | undefined;
  try {
    worker = new ExportWorker({ name: 'podwright-export' });
    worker.onmessage = (event: MessageEvent<ExportResponse>) => deliver(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      console.warn('The export worker failed; exporting on the main thread instead.', event.message);
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
      if (worker) {
        const { design, ...rest } = request;
        const message: WorkerRequest = { ...rest, delta: encodeDesign(design, posted) };
        posted = design;
        worker.postMessage(message);
      } else runInline(request);
    },
  };
}
