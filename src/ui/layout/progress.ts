import { useSyncExternalStore } from 'react';
import type { LayoutPhase } from '../../core';

/**
 * What the layout is doing right now, for the progress indicator. Layout is view state, never part of
 * the design or its history, so it lives here rather than in the store.
 */
let current: LayoutPhase | undefined;
const listeners = new Set<() => void>();

export function setLayoutPhase(phase: LayoutPhase | undefined): void {
  current = phase;
  for (const listener of listeners) listener();
}

export function layoutPhase(): LayoutPhase | undefined {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLayoutPhase(): LayoutPhase | undefined {
  return useSyncExternalStore(subscribe, layoutPhase, layoutPhase);
}

/** "Laying out 38 nodes…": what a person reads while they wait. */
export function describePhase(phase: LayoutPhase): string {
  const nodes = `${phase.nodes.toLocaleString('en')} ${phase.nodes === 1 ? 'node' : 'nodes'}`;
  switch (phase.phase) {
    case 'building':
      return `Building the layout graph of ${nodes}…`;
    case 'loading':
      return `Starting the layout engine for ${nodes}…`;
    case 'laying-out':
      return `Laying out ${nodes}…`;
    case 'applying':
      return `Placing ${nodes}…`;
  }
}
