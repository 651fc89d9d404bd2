import type { Design, RuleConfig, RuleSeverity } from '../model/types';
import { indexDesign } from './design-index';
import { designTarget } from './targets';
import type { Diagnostic, Finding, Rule, RuleMeta, RunRulesOptions, Severity } from './types';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const CONFIG_VALUES: readonly RuleSeverity[] = ['error', 'warning', 'info', 'off'];

/** The severity a configuration gives a rule, or undefined when it gives none (or nonsense). */
function configured(config: RuleConfig | undefined, id: string): RuleSeverity | undefined {
  if (!config || typeof config !== 'object' || !Object.hasOwn(config, id)) return undefined;
  const value = config[id];
  return CONFIG_VALUES.includes(value as RuleSeverity) ? value : undefined;
}

/** The severity a rule runs at: the run's options, then the design's configuration, else the rule's own. */
export function effectiveSeverity(
  meta: RuleMeta,
  design: Design,
  options: RunRulesOptions = {},
): RuleSeverity {
  return configured(options.rules, meta.id) ?? configured(design.rules, meta.id) ?? meta.severity;
}

/** Fills `{name}` placeholders; unknown ones stay visible, so a missing datum shows in tests. */
export function formatMessage(template: string, data: Finding['data'] = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(data, key) ? String(data[key]) : whole,
  );
}

/**
 * Runs the given rules on a design. Builds the design index once and hands it to every rule; a rule
 * that throws becomes one error finding instead of taking the others down.
 */
export function runRuleSet(
  rules: readonly Rule[],
  design: Design,
  options: RunRulesOptions = {},
): Diagnostic[] {
  const index = indexDesign(design);
  const context = { design, index, baseline: options.baseline ?? design.baseline };
  const found: { diagnostic: Diagnostic; ruleOrder: number; position: number }[] = [];
  rules.forEach((rule, ruleOrder) => {
    const { meta } = rule;
    const setting = configured(options.rules, meta.id) ?? configured(design.rules, meta.id);
    if (setting === 'off') return;
    let findings: Finding[];
    try {
      findings = rule.check(context);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      found.push({
        ruleOrder,
        position: -1,
        diagnostic: {
          rule: meta.id,
          severity: 'error',
          message: `The check "${meta.id}" failed on this design (${reason}); its findings are missing.`,
          target: designTarget(design),
        },
      });
      return;
    }
    for (const finding of findings) {
      const template = meta.messages[finding.messageId] ?? finding.messageId;
      const diagnostic: Diagnostic = {
        rule: meta.id,
        severity: setting ?? finding.severity ?? meta.severity,
        message: formatMessage(template, finding.data),
        target: finding.target,
      };
      if (finding.fix) diagnostic.fix = finding.fix;
      found.push({ diagnostic, ruleOrder, position: index.position(diagnostic.target) });
    }
  });
  // Errors first, then by where the entity stands in the document, then by rule, then in the order the
  // rule found them (the sort is stable): the same design always lists its findings in the same order.
  found.sort(
    (a, b) =>
      SEVERITY_RANK[a.diagnostic.severity] - SEVERITY_RANK[b.diagnostic.severity] ||
      a.position - b.position ||
      a.ruleOrder - b.ruleOrder,
  );
  return found.map((f) => f.diagnostic);
}
