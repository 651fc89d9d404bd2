/**
 * The export engine in a worker: at 200 pods an export takes a few hundred milliseconds, which the
 * canvas and the inspector should never wait for.
 */
import type { Design } from '../../../core';
import { decodeDesign } from '../../workers/design-delta';
import { createExportEngine } from './engine';
import type { WorkerRequest } from './protocol';

const engine = createExportEngine((response) => self.postMessage(response));
/** The design of the last request, which the next delta is relative to. */
let previous: Design | undefined;
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { delta, ...request } = event.data;
  const design = decodeDesign(delta, previous);
  previous = design;
  engine.handle({ ...request, design });
};
