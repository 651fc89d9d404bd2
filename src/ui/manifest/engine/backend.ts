/**
 * Where the export engine runs: in a worker, so a 200-pod export never freezes the canvas; in the
 * page when no worker can start (the inline fallback, same protocol, same results, just on the main
 * thread). A worker that fails to load hands its pending request to the fallback. Designs go to the worker
 * as deltas (workers/design-delta.ts).
 */
import type { Design } from '../../../core';
import { encodeDesign } from '../../workers/design-delta';
import { startWorkerClient } from '../../workers/worker-client';
import { createExportEngine, type ExportEngine } from './engine';
import type { ExportRequest, ExportResponse, WorkerRequest } from './protocol';
// Vite's `?worker` modules default-export a Worker constructor (typed by vite/client).
// oxlint-disable-next-line import/default
import ExportWorker from './export.worker?worker';

export interface ExportBackend {
  send(request: ExportRequest): void;
}

export function createExportBackend(receive: (response: ExportResponse) => void): ExportBackend {
  let inline: ExportEngine | undefined;
  /** Where the inline engine's answers go: the fallback's reply for the request it runs. */
  let replyInline: (response: ExportResponse) => void = receive;
  /** The design last posted to the worker: the next one goes as a delta from it. */
  let posted: Design | undefined;
  return startWorkerClient<ExportRequest, ExportResponse>({
    job: 'exporting',
    start: () => new ExportWorker({ name: 'podwright-export' }),
    encode: ({ design, ...rest }): WorkerRequest => {
      const delta = encodeDesign(design, posted);
      posted = design;
      return { ...rest, delta };
    },
    runInline: (request, reply) => {
      replyInline = reply;
      inline ??= createExportEngine((response) => replyInline(response));
      inline.handle(request);
    },
    receive,
  });
}
