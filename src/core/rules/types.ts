import type { DesignChange } from '../model/change-types';
import type { ContractBaseline, Design, EntityKind, Pod, RuleConfig } from '../model/types';
import type { ContainerEntry, DesignIndex } from './design-index';

/** How bad a finding is: `error` cannot work as drawn, `warning` breaks a pattern or agreed practice, `info` is hygiene. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type RuleCategory =
  'patterns' | 'wiring' | 'lifecycle' | 'serving' | 'baseline' | 'documentation' | 'contracts';
export const RULE_CATEGORIES: readonly RuleCategory[] = [
  'wiring',
  'patterns',
  'lifecycle',
  'serving',
  'baseline',
  'documentation',
  'contracts',
];

/** What a finding points at: the entity a person should look at (and the canvas selects). */
export interface DiagnosticTarget {
  kind: EntityKind;
  id: string;
  name: string;
}

/** A mechanical repair: changes applied by the store as one undo step. */
export interface QuickFix {
  title: string;
  changes: DesignChange[];
}

/** One finding of one rule, ready to show. */
export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  target: DiagnosticTarget;
  fix?: QuickFix;
}

export interface RuleMeta {
  /** Kebab-case, equal to the rule's file name. */
  id: string;
  /** One sentence starting with "Require", "Disallow" or "Enforce". */
  description: string;
  category: RuleCategory;
  /** The severity when the design's rule configuration says nothing. */
  severity: Severity;
  /** The rule's page, relative to the repository root: `docs/rules/<id>.md`. */
  docs: string;
  /** One or two sentences: the book's pattern, or the upstream linter check it mirrors. */
  why: string;
  /** Upstream linter ids it mirrors, e.g. `kube-linter dangling-service`. */
  upstream: string[];
  /** Message templates by id; `{name}` placeholders are filled from a finding's data. */
  messages: Record<string, string>;
}

/** What a rule's check returns: a message id and its data rather than text, like ESLint. */
export interface Finding {
  messageId: string;
  data?: Record<string, string | number>;
  target: DiagnosticTarget;
  /** For rules whose findings differ in weight; the design's configuration still overrides it. */
  severity?: Severity;
  fix?: QuickFix;
}

export interface RuleContext {
  design: Design;
  index: DesignIndex;
  /** The baseline to compare contracts with: the run's option, else the design's own. */
  baseline?: ContractBaseline;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): Finding[];
  /**
   * For a rule checked pod by pod: the parts its `check` is made of, which the runner interleaves.
   * Each rule's state is its own (`any`: the runner only hands it back).
   */
  byPod?: PodChecks<any>;
}

/** One pod as a pod-by-pod rule sees it: `entries[i]` is the index entry of `pod.containers[i]`. */
export interface PodView {
  pod: Pod;
  entries: readonly ContainerEntry[];
}

/**
 * A rule's check split into what it finds in one pod and what it finds in the rest of the design. The
 * runner visits each pod once for all such rules: on a large design, one rule after another reading
 * every pod reads the whole design from memory once per rule, while the rules of one pod find it in
 * the cache. A 500-pod design fits in the cache whole, a 5,000-pod one does not: thirty passes over
 * every container cost 55 times as much at 5,000 pods as at 500, one pass 8 times.
 */
export interface PodChecks<State = unknown> {
  /** What the rule needs from the whole design before any pod, e.g. who uses each port. */
  start?(context: RuleContext): State;
  /** Findings of one pod and its containers (and of connections or services it owns), in `check`'s order. */
  pod(view: PodView, context: RuleContext, findings: Finding[], state: State): void;
  /** Findings of everything else, after every pod. */
  rest?(context: RuleContext, findings: Finding[], state: State): void;
}

export interface RunRulesOptions {
  /** Severities that override the design's own `rules` configuration (e.g. from the command line). */
  rules?: RuleConfig;
  /** A baseline that replaces the design's saved one (e.g. the design on the main branch). */
  baseline?: ContractBaseline;
}
