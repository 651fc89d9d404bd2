/**
 * Export, diff and schema check: the work behind each editor update, the same in the worker and in the
 * inline fallback. One request at a time; a newer request makes a running schema check stop early.
 *
 * Each update is incremental: the exporter re-serialises only the objects whose input changed (see
 * core/export/incremental.ts), the diff compares only the lines between the shared start and end, and
 * the schema check validates only objects it has not seen (an unchanged object keeps its identity).
 */
import { createIncrementalExporter } from '../../../core/export';
import type { ExportFormat } from '../exporters';
import { lineEdits, narrowEdits } from '../text-edits';
import { checkKubernetesObjects, locateProblems, type SchemaProblem } from '../validation/schema-check';
import type { ExportRequest, ExportResponse } from './protocol';

interface LastText {
  id: number;
  text: string;
}

export interface ExportEngine {
  handle(request: ExportRequest): void;
}

/** Objects checked between two yields, so a newer request never waits for a whole first check. */
const CHECK_BATCH = 25;

export function createExportEngine(post: (response: ExportResponse) => void): ExportEngine {
  const last: Partial<Record<ExportFormat, LastText>> = {};
  const exporter = createIncrementalExporter();
  /** Schema problems by object, positions relative to the object; objects are read-only. */
  let checked = new WeakMap<object, Omit<SchemaProblem, 'document'>[]>();
  let generation = 0;

  const check = async (
    id: number,
    format: ExportFormat,
    text: string,
    objects: Record<string, unknown>[],
  ) => {
    const mine = generation;
    const stale = () => mine !== generation;
    try {
      const unchecked = objects.filter((object) => !checked.has(object));
      for (let start = 0; start < unchecked.length; start += CHECK_BATCH) {
        // A task boundary: lets a newer request in (awaiting a loaded validator yields to no one).
        if (start > 0) await new Promise((resume) => setTimeout(resume, 0));
        if (stale()) return;
        const batch = unchecked.slice(start, start + CHECK_BATCH);
        const found = await checkKubernetesObjects(batch, stale);
        if (stale()) return;
        const byObject = batch.map((): Omit<SchemaProblem, 'document'>[] => []);
        for (const { document, ...problem } of found) byObject[document]!.push(problem);
        batch.forEach((object, index) => checked.set(object, byObject[index]!));
      }
      const problems = objects.flatMap((object, document) =>
        (checked.get(object) ?? []).map((problem) => ({ document, ...problem })),
      );
      post({ type: 'schema', id, format, problems: locateProblems(text, problems) });
    } catch (error) {
      // A validator chunk that fails to load must not stop the editor; say so once, in the panel.
      checked = new WeakMap();
      if (!stale()) post({ type: 'schema-failed', id, format, message: messageOf(error) });
    }
  };

  return {
    handle({ id, format, design, base, sentAt }) {
      generation++;
      const started = performance.now();
      const waitMs = sentAt === undefined ? undefined : performance.timeOrigin + started - sentAt;
      let result;
      try {
        result = format === 'k8s' ? exporter.kubernetes(design) : exporter.compose(design);
      } catch (error) {
        post({ type: 'failed', id, format, message: messageOf(error) });
        return;
      }
      const exported = performance.now();
      const previous = last[format];
      const edits =
        previous && previous.id === base
          ? narrowEdits(previous.text, lineEdits(previous.text, result.text))
          : undefined;
      last[format] = { id, text: result.text };
      post({
        type: 'exported',
        id,
        format,
        ...(edits ? { edits } : { text: result.text }),
        length: result.text.length,
        ranges: result.ranges,
        notes: result.notes,
        exportMs: exported - started,
        diffMs: performance.now() - exported,
        ...(waitMs === undefined ? {} : { waitMs }),
      });
      if (format === 'k8s') void check(id, format, result.text, result.objects);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
