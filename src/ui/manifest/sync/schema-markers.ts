/**
 * Marks Kubernetes objects that fail the published schemas, in idle time after each update: the text
 * appears first, the check follows. A newer update makes an older check's result stale, so it is dropped.
 */
import type { editor } from 'monaco-editor/editor';
import { monaco } from '../monaco/setup';
import { checkKubernetesObjects, locateProblems } from '../validation/schema-check';

const OWNER = 'kubernetes-schema';

export interface SchemaMarkers {
  check(model: editor.ITextModel, text: string, objects: readonly Record<string, unknown>[]): void;
  dispose(): void;
}

function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 50);
  return () => clearTimeout(handle);
}

export function createSchemaMarkers(): SchemaMarkers {
  let generation = 0;
  let cancel: (() => void) | undefined;
  return {
    check(model, text, objects) {
      const mine = ++generation;
      cancel?.();
      cancel = whenIdle(() => {
        cancel = undefined;
        void checkKubernetesObjects(objects).then(
          (problems) => {
            if (mine !== generation || model.isDisposed()) return;
            const markers = locateProblems(text, problems).map((problem) => ({
              severity: monaco.MarkerSeverity.Error,
              source: 'Kubernetes schema',
              message: problem.message,
              startLineNumber: problem.line,
              startColumn: problem.column,
              endLineNumber: problem.line,
              endColumn: model.getLineMaxColumn(Math.min(problem.line, model.getLineCount())),
            }));
            monaco.editor.setModelMarkers(model, OWNER, markers);
          },
          (error: unknown) => {
            // A validator that fails to load (a stale chunk after a deploy) must not break the editor.
            if (mine !== generation || model.isDisposed()) return;
            monaco.editor.setModelMarkers(model, OWNER, [
              {
                severity: monaco.MarkerSeverity.Info,
                source: 'Kubernetes schema',
                message: `The schema check could not run: ${error instanceof Error ? error.message : String(error)}`,
                startLineNumber: 1,
                startColumn: 1,
                endLineNumber: 1,
                endColumn: 1,
              },
            ]);
          },
        );
      });
    },
    dispose() {
      generation++;
      cancel?.();
    },
  };
}
