/**
 * The pattern, documentation and contract checks. `runRules(design)` is all the UI and the CLI need;
 * the registry gives each finding's rule meta (why, docs page) and the baseline helpers back
 * contract-breaking-change.
 */
import type { Design } from '../model/types';
import { RULES } from './registry';
import { runRuleSet } from './run';
import type { Diagnostic, RunRulesOptions } from './types';

export type {
  Diagnostic,
  DiagnosticTarget,
  Finding,
  QuickFix,
  Rule,
  RuleCategory,
  RuleContext,
  RuleMeta,
  RunRulesOptions,
  Severity,
} from './types';
export { RULE_CATEGORIES, SEVERITIES } from './types';
export { RULES, getRule } from './registry';
export { effectiveSeverity, runRuleSet } from './run';
export { makeBaseline } from './contract-baseline';
export { groupByTarget, worstSeverity, countBySeverity, atOrAbove } from './summary';
export { toSarif, type LocatedDiagnostic } from './sarif';

/**
 * Runs every rule on a design and returns its findings, errors first, then in document order.
 * Severities come from `options.rules`, then `design.rules`, then each rule's default ('off' skips a
 * rule). Linear in the size of the design.
 */
export function runRules(design: Design, options: RunRulesOptions = {}): Diagnostic[] {
  return runRuleSet(RULES, design, options);
}
