import type { Design, RuleConfig, RuleSeverity } from '../model/types';
import { indexDesign } from './design-index';
import { designTarget } from './targets';
import {
  SEVERITIES,
  type Diagnostic,
  type Finding,
  type Rule,
  type RuleMeta,
  type RunRulesOptions,
  type Severity,
} from './types';

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

/**
 * Templates split once at their placeholders: text, key, text, key, …, text. A run formats thousands of
 * messages from a few dozen templates, and a regular expression per message was a good part of it.
 */
const compiled = new Map<string, string[]>();
const MAX_TEMPLATES = 1000;

function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    if (compiled.size >= MAX_TEMPLATES) compiled.clear();
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders; unknown ones stay visible, so a missing datum shows in tests. */
export function formatMessage(template: string, data: Finding['data'] = {}): string {
  const parts = compile(template);
  let message = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    message += Object.hasOwn(data, key) ? String(data[key]) : `{${key}}`;
    message += parts[i + 1]!;
  }
  return message;
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
  const found: Found = { diagnostics: [], positions: [] };
  rules.forEach((rule) => {
    const { meta } = rule;
    const setting = configured(options.rules, meta.id) ?? configured(design.rules, meta.id);
    if (setting === 'off') return;
    let findings: Finding[];
    try {
      findings = rule.check(context);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      found.diagnostics.push({
        rule: meta.id,
        severity: 'error',
        message: `The check "${meta.id}" failed on this design (${reason}); its findings are missing.`,
        target: designTarget(design),
      });
      found.positions.push(-1);
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
      found.diagnostics.push(diagnostic);
      found.positions.push(index.position(diagnostic.target));
    }
  });
  return inOrder(found);
}

/** Findings in the order found, rule by rule, with the document position of each: no object per finding just to sort them. */
interface Found {
  diagnostics: Diagnostic[];
  positions: number[];
}

/**
 * Errors first, then by where the entity stands in the document, then by rule, then in the order the
 * rule found them: the same design always lists its findings in the same order. Findings arrive by rule
 * and, within a rule, in the order found, so a stable counting sort on (severity, place) is enough: one
 * pass to count, one to place, linear where any comparison sort grows as n log n (at 5,000 pods, 20,000
 * findings).
 */
function inOrder({ diagnostics, positions }: Found): Diagnostic[] {
  const count = diagnostics.length;
  let last = 0;
  for (const position of positions)
    if (position !== Number.MAX_SAFE_INTEGER && position > last) last = position;
  // Places: -1 (the design) .. last, then one for entities not in the document.
  const places = last + 3;
  const buckets = SEVERITIES.length * places;
  if (buckets > MAX_BUCKETS) return inOrderByComparison(diagnostics, positions);
  const bucketOf = new Int32Array(count);
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < count; i++) {
    const position = positions[i]!;
    const place = position === Number.MAX_SAFE_INTEGER ? places - 1 : position + 1;
    const bucket = SEVERITY_RANK[diagnostics[i]!.severity] * places + place;
    bucketOf[i] = bucket;
    starts[bucket + 1]!++;
  }
  for (let b = 1; b <= buckets; b++) starts[b]! += starts[b - 1]!;
  const sorted = new Array<Diagnostic>(count);
  for (let i = 0; i < count; i++) sorted[starts[bucketOf[i]!]!++] = diagnostics[i]!;
  return sorted;
}

/** Past this many (severity, place) buckets the counting sort's table would outweigh the findings. */
const MAX_BUCKETS = 1 << 24;

/** The same order for designs too large to bucket (never reached by a real design). */
function inOrderByComparison(diagnostics: Diagnostic[], positions: number[]): Diagnostic[] {
  const order = diagnostics.map((_, i) => i);
  // Findings arrive in rule order, so their index orders them by rule, then as found.
  order.sort(
    (a, b) =>
      SEVERITY_RANK[diagnostics[a]!.severity] - SEVERITY_RANK[diagnostics[b]!.severity] ||
      positions[a]! - positions[b]! ||
      a - b,
  );
  return order.map((i) => diagnostics[i]!);
}
