import { useCallback, useEffect, useState } from 'react';

/**
 * The dock's height, whether it is collapsed, and whether the problems show beside a manifest: a
 * preference of this browser, not of the design.
 */
export interface DockSize {
  height: number;
  collapsed: boolean;
  problemsBeside: boolean;
}

const KEY = 'podwright:dock';
export const MIN_DOCK_HEIGHT = 140;

/** The tallest the dock may be: the canvas keeps at least 160 px. */
export function maxDockHeight(): number {
  return Math.max(MIN_DOCK_HEIGHT, window.innerHeight - 44 - 160);
}

export function clampHeight(height: number): number {
  return Math.round(Math.min(Math.max(height, MIN_DOCK_HEIGHT), maxDockHeight()));
}

/** Nearly half the window: enough YAML to read, the canvas still the larger part. */
function defaultSize(): DockSize {
  return { height: clampHeight(window.innerHeight * 0.45), collapsed: false, problemsBeside: false };
}

/** Saved state is untrusted like any other: anything odd falls back to the default. */
function load(): DockSize {
  const fallback = defaultSize();
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (!raw || typeof raw !== 'object') return fallback;
    const { height, collapsed, problemsBeside } = raw as Record<string, unknown>;
    return {
      height: typeof height === 'number' && Number.isFinite(height) ? clampHeight(height) : fallback.height,
      collapsed: collapsed === true,
      problemsBeside: problemsBeside === true,
    };
  } catch {
    return fallback;
  }
}

export function useDockSize() {
  const [size, setSize] = useState<DockSize>(load);
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify(size));
    } catch {
      // Private mode or a full quota: the preference just does not survive a reload.
    }
  }, [size]);
  const setHeight = useCallback(
    (height: number) => setSize((s) => ({ ...s, height: clampHeight(height) })),
    [],
  );
  const setCollapsed = useCallback((collapsed: boolean) => setSize((s) => ({ ...s, collapsed })), []);
  const setProblemsBeside = useCallback(
    (problemsBeside: boolean) => setSize((s) => ({ ...s, problemsBeside })),
    [],
  );
  return { ...size, setHeight, setCollapsed, setProblemsBeside };
}
