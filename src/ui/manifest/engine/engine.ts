/**
 * Export, diff and schema check: the work behind each editor update, the same in the worker and in the
 * inline fallback. One request at a time; a newer request makes a running schema check stop early.
 */
import { exportDesign, type ExportFormat } from '../exporters';
import { lineEdits } from '../text-edits';
import { checkKubernetesObjects, locateProblems } from '../validation/schema-check';
import type { ExportRequest, ExportResponse } from './protocol';

interface LastText {
  id: number;
  text: string;
  lines: string[];
}

export interface ExportEngine {
  handle(request: ExportRequest): void;
}

export function createExportEngine(post: (response: ExportResponse) => void): ExportEngine {
  const last: Partial<Record<ExportFormat, LastText>> = {};
  let generation = 0;

  const check = async (
    id: number,
    format: ExportFormat,
    text: string,
    objects: Record<string, unknown>[],
  ) => {
    const mine = generation;
    try {
      const problems = await checkKubernetesObjects(objects, () => mine !== generation);
      if (mine !== generation) return;
      post({ type: 'schema', id, format, problems: locateProblems(text, problems) });
    } catch (error) {
      // A validator chunk that fails to load must not stop the editor; say so once, in the panel.
      if (mine === generation) post({ type: 'schema-failed', id, format, message: messageOf(error) });
    }
  };

  return {
    handle({ id, format, design, base }) {
      generation++;
      const started = performance.now();
      let result;
      try {
        result = exportDesign(design, format);
      } catch (error) {
        post({ type: 'failed', id, format, message: messageOf(error) });
        return;
      }
      const exported = performance.now();
      const previous = last[format];
      const lines = result.text.split('\n');
      const edits =
        previous && previous.id === base
          ? lineEdits(previous.text, result.text, undefined, previous.lines, lines)
          : undefined;
      last[format] = { id, text: result.text, lines };
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
      });
      if (format === 'k8s') void check(id, format, result.text, result.objects);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
