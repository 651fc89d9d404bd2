/**
 * Runs the export at most once per frame, however many changes arrive: a burst of store writes (a paste,
 * a typed word) costs one export, and the text lands right before the next paint.
 *
 * When an export gets slow (a very large design), later runs wait as long as the last one took, so a
 * burst of typing still leaves the main thread at least half its time. At the 200-pod scale an export
 * takes a few milliseconds and nothing waits.
 */
export interface UpdateScheduler {
  /** Asks for a run; requests before it runs are merged into one. */
  request(): void;
  /** Runs now if a request is pending (a tab switch must not show stale text). */
  flush(): void;
  dispose(): void;
}

export interface SchedulerClock {
  now(): number;
  frame(callback: () => void): () => void;
  delay(callback: () => void, ms: number): () => void;
}

/** Runs slower than this make the next run wait. */
const SLOW_RUN_MS = 16;
const MAX_WAIT_MS = 250;

export const browserClock: SchedulerClock = {
  now: () => performance.now(),
  frame(callback) {
    const handle = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(handle);
  },
  delay(callback, ms) {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};

export function createUpdateScheduler(
  run: () => void,
  clock: SchedulerClock = browserClock,
): UpdateScheduler {
  let cancel: (() => void) | undefined;
  let lastDuration = 0;
  let lastEnd = -Infinity;

  const execute = () => {
    cancel = undefined;
    const start = clock.now();
    try {
      run();
    } finally {
      lastEnd = clock.now();
      lastDuration = lastEnd - start;
    }
  };

  return {
    request() {
      if (cancel) return;
      const wait =
        lastDuration > SLOW_RUN_MS ? Math.min(lastDuration, MAX_WAIT_MS) - (clock.now() - lastEnd) : 0;
      if (wait > 0) {
        let cancelFrame: (() => void) | undefined;
        const cancelDelay = clock.delay(() => {
          cancelFrame = clock.frame(execute);
        }, wait);
        cancel = () => (cancelFrame ? cancelFrame() : cancelDelay());
      } else {
        cancel = clock.frame(execute);
      }
    },
    flush() {
      if (!cancel) return;
      cancel();
      execute();
    },
    dispose() {
      cancel?.();
      cancel = undefined;
    },
  };
}
