/**
 * A worker that answers requests, with the page as its fallback: when no worker can start, or the one
 * running fails, requests run on the main thread (the same function, same result, asynchronously like
 * the worker), and a request the failed worker still owed is run there too. A request may get several
 * answers (an export, then its schema check); the first one settles it.
 */
export interface WorkerClient<Request> {
  send(request: Request): void;
  /** Stops the worker; answers still on their way are not delivered. */
  dispose(): void;
}

export interface WorkerClientOptions<Request extends { id: number }, Response extends { id: number }> {
  /** Starts the worker; may throw where workers are unavailable. */
  start(): Worker;
  /** The message posted for a request, when it is not the request itself (a design delta, say). */
  encode?(request: Request): unknown;
  /** The worker's job, run in the page: calls `reply` with each answer, as the worker would post it. */
  runInline(request: Request, reply: (response: Response) => void): void;
  receive(response: Response): void;
  /** Said in the console when the worker fails, e.g. "checking designs". */
  job: string;
}

export function startWorkerClient<Request extends { id: number }, Response extends { id: number }>(
  options: WorkerClientOptions<Request, Response>,
): WorkerClient<Request> {
  let pending: Request | undefined;
  let disposed = false;
  const deliver = (response: Response) => {
    if (disposed) return;
    if (pending?.id === response.id) pending = undefined;
    options.receive(response);
  };
  // Asynchronous like the worker, so a store listener that sends never re-enters itself.
  const runInline = (request: Request) => setTimeout(() => options.runInline(request, deliver), 0);

  let worker: Worker | undefined;
  try {
    worker = options.start();
    worker.onmessage = (event: MessageEvent<Response>) => deliver(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      console.warn(`The worker for ${options.job} failed; the page does it instead.`, event.message);
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
      if (worker) worker.postMessage(options.encode ? options.encode(request) : request);
      else runInline(request);
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = undefined;
      pending = undefined;
    },
  };
}
