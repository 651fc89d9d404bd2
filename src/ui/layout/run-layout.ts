import { layoutGraph, layoutNodeCount, type Design, type ElkGraphNode } from '../../core';
import { setLayoutPhase } from './progress';
import type { LayoutRequest, LayoutResponse } from './protocol';
import { CANVAS_LAYOUT_SIZES } from './sizes';

let worker: Worker | undefined;
let serial = 0;
/** True once the worker has answered anything: elkjs is loaded and its engine initialised. */
let engineReady = false;
interface Waiting {
  resolve: (g: ElkGraphNode) => void;
  reject: (e: Error) => void;
  /** Called when the worker takes the request: the engine is loaded and ELK is at work. */
  started: () => void;
}
const pending = new Map<number, Waiting>();

/** The worker starts on first use only: elkjs (about 450 kB gzip) is never part of the first paint. */
function layoutWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./elk.worker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const message = event.data;
    engineReady = true;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'started') return waiting.started();
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
    engineReady = false;
  };
  worker = created;
  return created;
}

/**
 * Starts the worker ahead of need (the Import dialog opens, a file is dragged over the window), so
 * elkjs is loaded and warm by the time a layout is asked for.
 */
export function prewarmLayout(): void {
  if (worker) return;
  const request: LayoutRequest = { id: ++serial, graph: { id: 'warm-up', children: [], edges: [] } };
  layoutWorker().postMessage(request);
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
    // The first layout of a session waits for the worker to load elkjs (1.4 MB of script): say so.
    setLayoutPhase({ phase: engineReady ? 'laying-out' : 'loading', nodes });
    const id = ++serial;
    const result = await new Promise<ElkGraphNode>((resolve, reject) => {
      pending.set(id, { resolve, reject, started: () => setLayoutPhase({ phase: 'laying-out', nodes }) });
      const request: LayoutRequest = { id, graph };
      layoutWorker().postMessage(request);
    });
    setLayoutPhase({ phase: 'applying', nodes });
    return apply(result);
  } finally {
    setLayoutPhase(undefined);
  }
}
