import type { Design } from '../model/types';
import { putAmbassadorInFront } from './ambassador';
import { addGitSync } from './git-sync';
import { addHttpsSidecar } from './https-sidecar';
import { addLogAdapter } from './log-adapter';
import { addMetricsAdapter } from './metrics-adapter';
import type { PatternApplication } from './types';

export type PatternActionId = 'https-sidecar' | 'git-sync' | 'metrics-adapter' | 'log-adapter' | 'ambassador';

/** One "apply a pattern" menu entry: what it is called, what it applies to, and the operation. */
export interface PatternAction {
  id: PatternActionId;
  /** The menu label, e.g. "Add HTTPS sidecar". */
  title: string;
  /** The pattern it applies, for a tooltip. */
  pattern: string;
  /** What must be selected: an app container, or a connection. */
  appliesTo: 'container' | 'connection';
  apply(design: Design, id: string): PatternApplication;
}

export const PATTERN_ACTIONS: readonly PatternAction[] = [
  {
    id: 'https-sidecar',
    title: 'Add HTTPS sidecar',
    pattern: 'Sidecar: nginx terminates TLS in front of the app’s plain HTTP port.',
    appliesTo: 'container',
    apply: addHttpsSidecar,
  },
  {
    id: 'git-sync',
    title: 'Add git-sync sidecar',
    pattern: 'Sidecar: git-sync keeps a checkout of a repository current in a volume the app reads.',
    appliesTo: 'container',
    apply: addGitSync,
  },
  {
    id: 'metrics-adapter',
    title: 'Add metrics adapter',
    pattern: 'Adapter: a Prometheus exporter reads the app over localhost and serves standard metrics.',
    appliesTo: 'container',
    apply: addMetricsAdapter,
  },
  {
    id: 'log-adapter',
    title: 'Add log adapter',
    pattern: 'Adapter: Fluent Bit tails the app’s log files, normalises them and ships them on.',
    appliesTo: 'container',
    apply: addLogAdapter,
  },
  {
    id: 'ambassador',
    title: 'Put an ambassador in front of this connection',
    pattern: 'Ambassador: the app calls localhost; envoy carries the calls to the original target.',
    appliesTo: 'connection',
    apply: putAmbassadorInFront,
  },
];

/**
 * The pattern actions for a selected entity (a container or a connection), each with what applying
 * it would do: the UI lists them, enabled when `result.ok`, with `result.reason` as the explanation
 * otherwise, and applies `result.changes` as one undo step before selecting `result.selectId`.
 */
export function patternActionsFor(
  design: Design,
  kind: 'container' | 'connection',
  id: string,
): { action: PatternAction; result: PatternApplication }[] {
  return PATTERN_ACTIONS.filter((a) => a.appliesTo === kind).map((action) => ({
    action,
    result: action.apply(design, id),
  }));
}
