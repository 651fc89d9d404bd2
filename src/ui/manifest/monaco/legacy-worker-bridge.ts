/**
 * Lets monaco-yaml 5.5.1 start its language service on monaco-editor 0.53+.
 *
 * monaco-editor 0.53 changed `editor.createWebWorker` to take a ready `{ worker }`; monaco-yaml (through
 * monaco-worker-manager) still passes the old `{ moduleId, label, createData }`. Monaco then never creates
 * the YAML worker's service object, and every request fails with "Missing requestHandler or method:
 * doValidation": no hover, no folding ranges from the schema, no syntax-error markers. Known upstream as
 * monaco-yaml #272 and monaco-editor #5049; drop this file once monaco-yaml passes `{ worker }` itself.
 *
 * The old bootstrap, done here by hand: the worker script (monaco-worker-manager/worker) waits for one
 * message that it ignores, then takes the next message's data as `createData` (the YAML settings and
 * schemas) and only then starts Monaco's RPC server. Monaco's own client sends a throw-away message of
 * its own first, which that server ignores, so the order below is safe.
 */
import type { editor } from 'monaco-editor/editor';

type MonacoEditorNamespace = typeof editor;

/** What monaco-worker-manager passes to `createWebWorker` (the pre-0.53 shape). */
interface LegacyWorkerOptions {
  moduleId: string;
  label?: string;
  createData?: unknown;
  host?: Record<string, (...args: never[]) => unknown>;
  keepIdleModels?: boolean;
}

/** Creates the worker for a label (`yaml` here), the way `MonacoEnvironment.getWorker` does. */
export type WorkerFactory = (moduleId: string, label: string) => Worker;

function isLegacy(options: object): options is LegacyWorkerOptions {
  return !('worker' in options) && 'moduleId' in options;
}

/**
 * Returns `monaco` with an `editor.createWebWorker` that also accepts the legacy options. Pass the result
 * to `configureMonacoYaml` only; the rest of the app keeps the real module.
 */
export function withLegacyWorkerBridge<M extends { editor: MonacoEditorNamespace }>(
  monaco: M,
  createWorker: WorkerFactory,
): M {
  const original = monaco.editor.createWebWorker;
  const createWebWorker = ((options: object) => {
    if (!isLegacy(options)) return original(options as Parameters<typeof original>[0]);
    const worker = createWorker(options.moduleId, options.label ?? options.moduleId);
    // Message 1 is swallowed by monaco-worker-manager's bootstrap; message 2 carries createData.
    worker.postMessage('podwright: bootstrap');
    worker.postMessage(options.createData ?? {});
    return original({
      worker,
      ...(options.host ? { host: options.host as Record<string, () => unknown> } : {}),
      ...(options.keepIdleModels !== undefined ? { keepIdleModels: options.keepIdleModels } : {}),
    });
  }) as MonacoEditorNamespace['createWebWorker'];
  return { ...monaco, editor: { ...monaco.editor, createWebWorker } };
}
