import type { Design } from '../core';

/**
 * How a write enters the undo history (like excalidraw's CaptureUpdateAction):
 * - `push`: one undo step of its own.
 * - `merge`: joins the previous step when that step has the same `mergeKey` and came within
 *   MERGE_WINDOW_MS, so a burst of typing in one field is one step.
 * - `none`: not recorded (a drag in progress; the drag's end records the step).
 */
export type Capture = { kind: 'push' } | { kind: 'merge'; key: string } | { kind: 'none' };

export const MERGE_WINDOW_MS = 1000;
export const HISTORY_LIMIT = 200;

export interface History {
  past: Design[];
  future: Design[];
  /** The key and time of the last recorded step, for merging. */
  lastKey?: string;
  lastAt: number;
}

export const emptyHistory = (): History => ({ past: [], future: [], lastAt: 0 });

/** Records that `before` was replaced, per `capture`. Pure: returns a new history. */
export function record(history: History, before: Design, capture: Capture, now: number): History {
  if (capture.kind === 'none') return history;
  const merges =
    capture.kind === 'merge' &&
    history.lastKey === capture.key &&
    now - history.lastAt < MERGE_WINDOW_MS &&
    history.past.length > 0;
  if (merges) return { ...history, future: [], lastAt: now };
  const past = [...history.past, before].slice(-HISTORY_LIMIT);
  return { past, future: [], lastKey: capture.kind === 'merge' ? capture.key : undefined, lastAt: now };
}

export function undo(history: History, current: Design): { history: History; design: Design } | undefined {
  const previous = history.past.at(-1);
  if (!previous) return undefined;
  return {
    design: previous,
    history: { past: history.past.slice(0, -1), future: [current, ...history.future], lastAt: 0 },
  };
}

export function redo(history: History, current: Design): { history: History; design: Design } | undefined {
  const next = history.future[0];
  if (!next) return undefined;
  return {
    design: next,
    history: { past: [...history.past, current], future: history.future.slice(1), lastAt: 0 },
  };
}
