import type { Design, RuleConfig, RuleSeverity } from '../model/types';
import { forEachPod } from './define';
import { withIndex, type DesignIndex } from './design-index';
import { designTarget } from './targets';
import {
  SEVERITIES,
  type Diagnostic,
  type Finding,
  type PodChecks,
  type Rule,
  type RuleContext,
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

/** The pieces of the message being formatted, reused from message to message. */
const pieces: string[] = [];

/**
 * Fills `{name}` placeholders; unknown ones stay visible, so a missing datum shows in tests. The pieces
 * are joined rather than added up: `+` makes a tree of string pieces that the finding then keeps alive
 * (about 250 bytes per message), `join` one flat string, a third smaller. On a large design the
 * messages outlive a few collections each run, and every byte kept is a byte copied. The pieces are
 * written over, never emptied: an emptied array loses its storage, 144 bytes to allocate again for
 * every message.
 */
export function formatMessage(template: string, data: Finding['data'] = {}): string {
  const parts = compile(template);
  if (parts.length === 1) return parts[0]!;
  let n = 0;
  pieces[n++] = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    pieces[n++] = Object.hasOwn(data, key) ? String(data[key]) : `{${key}}`;
    pieces[n++] = parts[i + 1]!;
  }
  if (pieces.length !== n) pieces.length = n;
  return pieces.join('');
}

/**
 * Runs the given rules on a design. Builds the design index once and hands it to every rule; a rule
 * that throws becomes one error finding instead of taking the others down. Rules checked pod by pod
 * (`Rule.byPod`) share one walk over the pods, each pod visited by all of them in turn; the others
 * run one after another. Each rule's findings are kept apart, so they are listed as if every rule had
 * run alone, in rule order.
 */
export function runRuleSet(
  rules: readonly Rule[],
  design: Design,
  options: RunRulesOptions = {},
): Diagnostic[] {
  return withIndex(design, (index) => runWithIndex(rules, design, index, options));
}

function runWithIndex(
  rules: readonly Rule[],
  design: Design,
  index: DesignIndex,
  options: RunRulesOptions,
): Diagnostic[] {
  const context: RuleContext = { design, index, baseline: options.baseline ?? design.baseline };
  const runs: RuleRun[] = [];
  for (const rule of rules) {
    const setting = configured(options.rules, rule.meta.id) ?? configured(design.rules, rule.meta.id);
    if (setting === 'off') continue;
    const run: RuleRun = {
      rule,
      setting,
      visit: rule.byPod?.pod,
      state: undefined,
      found: { diagnostics: [], positions: [] },
      failure: undefined,
    };
    runs.push(run);
    if (rule.byPod?.start) attempt(run, () => (run.state = rule.byPod!.start!(context)));
  }
  // One list that every rule and pod push to: each visit's findings are those past `mark`. It is
  // emptied only once it has grown long, since V8 drops an emptied array's storage, and on a large
  // design thousands of pods have a finding (allocating it again for each was 3 MB a run).
  const findings: Finding[] = [];
  let mark = 0;
  const podRuns = runs.filter((run) => run.visit);
  if (podRuns.length > 0) {
    forEachPod(context, (view) => {
      for (const run of podRuns) {
        if (run.failure !== undefined) continue;
        try {
          run.visit!(view, context, findings, run.state);
        } catch (error) {
          run.failure = reason(error);
        }
        if (findings.length === mark) continue;
        if (run.failure === undefined) record(run, findings, mark, index);
        mark = keptLength(findings);
      }
    });
  }
  for (const run of runs) {
    if (run.failure !== undefined) continue;
    const { byPod } = run.rule;
    if (!byPod) {
      let found: readonly Finding[] = [];
      attempt(run, () => (found = run.rule.check(context)));
      if (run.failure === undefined) record(run, found, 0, index);
    } else if (byPod.rest) {
      attempt(run, () => byPod.rest!(context, findings, run.state));
      if (run.failure === undefined) record(run, findings, mark, index);
      mark = keptLength(findings);
    }
  }
  return inOrder(runs.map((run) => (run.failure === undefined ? run.found : failed(run, design))));
}

/** One rule's part of a run: what it found so far, or why it failed. Every field is set up front. */
interface RuleRun {
  rule: Rule;
  /** The severity the configuration gives it, if any ('off' rules do not run). */
  setting: Severity | undefined;
  /** A pod-by-pod rule's check of one pod, read once here rather than from each rule's own object. */
  visit: PodChecks['pod'] | undefined;
  /** A pod-by-pod rule's own state for this run (see `PodChecks.start`). */
  state: unknown;
  found: Found;
  failure: string | undefined;
}

/** Runs part of a rule; if it throws, the rule has failed and its findings so far are dropped. */
function attempt(run: RuleRun, part: () => unknown): void {
  try {
    part();
  } catch (error) {
    run.failure = reason(error);
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * How long the shared list of findings may grow before it is emptied (see `runWithIndex`). Short: the
 * list keeps its findings alive, and findings that outlive a collection teach V8 to allocate the next
 * ones in the old generation, where short-lived objects cost a full collection to free.
 */
const FINDINGS_KEPT = 64;

/** The shared list's length once recorded: emptied if it has grown long, else as it is. */
function keptLength(findings: Finding[]): number {
  if (findings.length > FINDINGS_KEPT) findings.length = 0;
  return findings.length;
}

/**
 * Turns a rule's findings, from `from` on, into diagnostics, with the document position of each for
 * the ordering.
 */
function record(run: RuleRun, findings: readonly Finding[], from: number, index: DesignIndex): void {
  const { meta } = run.rule;
  const { diagnostics, positions } = run.found;
  for (let i = from; i < findings.length; i++) {
    const finding = findings[i]!;
    const template = meta.messages[finding.messageId] ?? finding.messageId;
    const diagnostic: Diagnostic = {
      rule: meta.id,
      severity: run.setting ?? finding.severity ?? meta.severity,
      message: formatMessage(template, finding.data),
      target: finding.target,
    };
    if (finding.fix) diagnostic.fix = finding.fix;
    diagnostics.push(diagnostic);
    positions.push(index.position(diagnostic.target));
  }
}

/** A failed rule's one finding, in place of whatever it found before it failed. */
function failed(run: RuleRun, design: Design): Found {
  const { id } = run.rule.meta;
  const diagnostic: Diagnostic = {
    rule: id,
    severity: 'error',
    message: `The check "${id}" failed on this design (${run.failure}); its findings are missing.`,
    target: designTarget(design),
  };
  return { diagnostics: [diagnostic], positions: [-1] };
}

/** Findings in the order found, with the document position of each: no object per finding just to sort them. */
interface Found {
  diagnostics: Diagnostic[];
  positions: number[];
}

/**
 * Errors first, then by where the entity stands in the document, then by rule, then in the order the
 * rule found them: the same design always lists its findings in the same order. Findings arrive as one
 * list per rule, in rule order, each in the order found, so a stable counting sort on (severity, place)
 * is enough: one pass to count, one to place, linear where any comparison sort grows as n log n (at
 * 5,000 pods, 20,000 findings).
 */
function inOrder(lists: readonly Found[]): Diagnostic[] {
  let count = 0;
  let last = 0;
  for (const { positions } of lists) {
    count += positions.length;
    for (const position of positions)
      if (position !== Number.MAX_SAFE_INTEGER && position > last) last = position;
  }
  // Places: -1 (the design) .. last, then one for entities not in the document.
  const places = last + 3;
  const buckets = SEVERITIES.length * places;
  if (buckets > MAX_BUCKETS) return inOrderByComparison(lists);
  const bucketOf = scratch(0, count);
  const starts = scratch(1, buckets + 1).fill(0);
  let i = 0;
  for (const { diagnostics, positions } of lists) {
    for (let j = 0; j < positions.length; j++, i++) {
      const position = positions[j]!;
      const place = position === Number.MAX_SAFE_INTEGER ? places - 1 : position + 1;
      const bucket = SEVERITY_RANK[diagnostics[j]!.severity] * places + place;
      bucketOf[i] = bucket;
      starts[bucket + 1]!++;
    }
  }
  for (let b = 1; b <= buckets; b++) starts[b]! += starts[b - 1]!;
  const sorted = new Array<Diagnostic>(count);
  i = 0;
  for (const { diagnostics } of lists)
    for (const diagnostic of diagnostics) sorted[starts[bucketOf[i++]!]!++] = diagnostic;
  return sorted;
}

/**
 * Tables for the counting sort, kept from run to run up to a size: fresh ones of a 5,000-pod design's
 * size are allocated outside the heap and faulted in page by page on every run.
 */
const tables: Int32Array[] = [new Int32Array(0), new Int32Array(0)];
const MAX_KEPT_TABLE = 1 << 20;

/** Kept table `which`, cut to `length` (not cleared). */
function scratch(which: number, length: number): Int32Array {
  if (length > MAX_KEPT_TABLE) return new Int32Array(length);
  if (tables[which]!.length < length) tables[which] = new Int32Array(Math.max(length, 1024));
  return tables[which]!.subarray(0, length);
}

/** Past this many (severity, place) buckets the counting sort's table would outweigh the findings. */
const MAX_BUCKETS = 1 << 24;

/** The same order for designs too large to bucket (never reached by a real design). */
function inOrderByComparison(lists: readonly Found[]): Diagnostic[] {
  const diagnostics = lists.flatMap((list) => list.diagnostics);
  const positions = lists.flatMap((list) => list.positions);
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
