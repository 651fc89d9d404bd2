import { layoutGraph, layoutNodeCount, type Design, type ElkGraphNode } from '../../core';
import { setLayoutPhase } from './progress';
import type { LayoutRequest, LayoutResponse } from './protocol';
import { CANVAS_LAYOUT_SIZES } from './sizes';

let worker: Worker | undefined;
let serial = 0;
const pending = new Map<number, { resolve: (g: ElkGraphNode) => void; reject: (e: Error) => void }>();

/** The worker starts on first use only: elkjs (about 450 kB gzip) is never part of the first paint. */
function layoutWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./elk.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting || message.type === 'started') return;
    pending.delete(message.id);
    if (message.type === 'done') waiting.resolve(message.graph);
    else waiting.reject(new Error(message.message));
  };
  created.onerror = (event) => {
    // A worker that cannot even start fails every layout waiting on it; the next one starts afresh.
    event.preventDefault();
    for (const waiting of pending.values())
      waiting.reject(new Error(event.message || 'the layout worker failed'));
    pending.clear();
    created.terminate();
    worker = undefined;
  };
  worker = created;
  return created;
}

/**
 * Lays a design out with ELK in the worker and hands ELK's answer to `apply` (which uses
 * `withElkLayout` or `tidyLayoutChanges`). Reports each phase through the layout progress, so the
 * indicator shows until `apply` is done; rejects when ELK fails.
 */
export async function runLayout<T>(design: Design, apply: (result: ElkGraphNode) => T): Promise<T> {
  const nodes = layoutNodeCount(design);
  try {
    setLayoutPhase({ phase: 'building', nodes });
    const graph = layoutGraph(design, CANVAS_LAYOUT_SIZES);
    setLayoutPhase({ phase: 'laying-out', nodes });
    const id = ++serial;
    const result = await new Promise<ElkGraphNode>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      const request: LayoutRequest = { id, graph };
      layoutWorker().postMessage(request);
    });
    setLayoutPhase({ phase: 'applying', nodes });
    return apply(result);
  } finally {
    setLayoutPhase(undefined);
  }
}
