/**
 * Messages between the manifest panel and its export engine (a worker, or the inline fallback).
 *
 * The engine keeps the last text it produced per format and answers each request with the line edits
 * from that text to the new one, so the main thread never holds or diffs a 2 MB string. `base` says
 * which text the editor model holds (the id of the response last applied); when the engine's last text
 * is not that one (a response was never applied), it sends the whole text instead.
 */
import type { Design } from '../../../core';
import type { DesignDelta } from '../../workers/design-delta';
import type { ExportFormat, ExportNote, ExportRange } from '../exporters';
import type { TextEdit } from '../text-edits';
import type { LocatedProblem } from '../validation/schema-check';

export interface ExportRequest {
  id: number;
  format: ExportFormat;
  design: Design;
  /** The id of the response whose text the model holds, 0 for none. */
  base: number;
  /** When the page sent it, in epoch milliseconds (`performance.timeOrigin + performance.now()`). */
  sentAt?: number;
}

/** A request as posted to the worker: the design as a delta from the last one posted. */
export type WorkerRequest = Omit<ExportRequest, 'design'> & { delta: DesignDelta };

export type ExportResponse =
  | {
      type: 'exported';
      id: number;
      format: ExportFormat;
      /** Edits from the `base` text, or undefined when `text` carries the whole text. */
      edits?: TextEdit[];
      text?: string;
      length: number;
      ranges: ExportRange[];
      notes: ExportNote[];
      exportMs: number;
      diffMs: number;
      /** From `sentAt` to the engine starting on it: copying the design over, and waiting. */
      waitMs?: number;
    }
  | { type: 'failed'; id: number; format: ExportFormat; message: string }
  /** Schema problems of the text of response `id` (Kubernetes only), placed on their lines. */
  | { type: 'schema'; id: number; format: ExportFormat; problems: LocatedProblem[] }
  | { type: 'schema-failed'; id: number; format: ExportFormat; message: string };
