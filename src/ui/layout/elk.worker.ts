/**
 * Runs elkjs off the main thread. ELK has no progress callback, so the worker says when it starts and
 * answers once with the laid-out graph or the error; the page stays responsive meanwhile.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ElkGraphNode } from '../../core';
import type { LayoutRequest, LayoutResponse } from './protocol';

const elk = new ELK();

// A listener, not `self.onmessage`: elkjs's bundle, loaded in a worker, claims `self.onmessage` for its
// own protocol when its engine first starts, which would silently swallow our requests.
self.addEventListener('message', async (event: MessageEvent<LayoutRequest>) => {
  if (typeof event.data?.id !== 'number' || !event.data.graph) return;
  const { id, graph } = event.data;
  const post = (message: LayoutResponse) => self.postMessage(message);
  post({ id, type: 'started' });
  try {
    const result = await elk.layout(graph as ElkNode);
    post({ id, type: 'done', graph: result as ElkGraphNode });
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
