/**
 * Checks exported Kubernetes objects against the published schemas (kubernetes-models' compiled
 * validators) and places each error on its line. Our exporter should never fail these checks; when it
 * does, the editor says so at the exact field instead of leaving it to `kubectl apply`.
 */
import { loadModelClass } from './kubernetes-models';
import { indexYaml, locatePath, pointerSegments, type ValuePath } from './locate';

/** One schema error of one object (document) of the stream. */
export interface SchemaProblem {
  document: number;
  path: ValuePath;
  message: string;
}

/** A schema error placed in the text, 1-based. */
export interface LocatedProblem extends SchemaProblem {
  line: number;
  column: number;
}

/** What ajv reports (kubernetes-models throws ajv's ValidationError). */
interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

function ajvErrors(error: unknown): AjvError[] | undefined {
  const errors = (error as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? (errors as AjvError[]) : undefined;
}

function describe(path: ValuePath): string {
  return path.length === 0 ? 'the object' : path.join('.');
}

/**
 * Validates each object with the model class of its apiVersion and kind; unknown kinds are skipped.
 * `isStale` lets a caller with newer objects to check stop this run between two objects.
 */
export async function checkKubernetesObjects(
  objects: readonly Record<string, unknown>[],
  isStale: () => boolean = () => false,
): Promise<SchemaProblem[]> {
  const problems: SchemaProblem[] = [];
  for (const [document, object] of objects.entries()) {
    if (isStale()) return problems;
    const Model = await loadModelClass(object.apiVersion, object.kind);
    if (!Model) continue;
    try {
      new Model(object as never).validate();
    } catch (error) {
      const errors = ajvErrors(error);
      if (!errors) {
        problems.push({
          document,
          path: [],
          message: error instanceof Error ? error.message : String(error),
        });
        continue;
      }
      const seen = new Set<string>();
      for (const item of errors) {
        const path: (string | number)[] = pointerSegments(item.instancePath);
        const extra = item.params?.additionalProperty;
        if (item.keyword === 'additionalProperties' && typeof extra === 'string') path.push(extra);
        const message = `${describe(path)}: ${item.message ?? item.keyword} (${String(object.apiVersion)} ${String(object.kind)} schema)`;
        if (seen.has(message)) continue;
        seen.add(message);
        problems.push({ document, path, message });
      }
    }
  }
  return problems;
}

/** Places problems in the text the objects were serialised to; parses the text only when needed. */
export function locateProblems(text: string, problems: readonly SchemaProblem[]): LocatedProblem[] {
  if (problems.length === 0) return [];
  const yaml = indexYaml(text);
  return problems.map((problem) => {
    const at = locatePath(yaml, problem.document, problem.path) ?? { line: 1, column: 1 };
    return { ...problem, line: at.line, column: at.column };
  });
}
