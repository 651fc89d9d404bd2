/**
 * The export engine in a worker: at 200 pods an export takes a few hundred milliseconds, which the
 * canvas and the inspector should never wait for.
 */
import { createExportEngine } from './engine';
import type { ExportRequest } from './protocol';

const engine = createExportEngine((response) => self.postMessage(response));
self.onmessage = (event: MessageEvent<ExportRequest>) => engine.handle(event.data);
