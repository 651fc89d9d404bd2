import { describe, expect, it } from 'vitest';
import { tryApplyChanges } from '../model/changes';
import { runRules } from './index';
import { RULES } from './registry';
import { runRuleSet } from './run';
import { casesFor } from './testing/load-cases';
import type { Diagnostic } from './types';

const key = (d: Diagnostic) => `${d.rule}|${d.target.kind}|${d.target.id}|${d.message}`;

/** Every quick fix offered anywhere in the rule tables, with the case it came from. */
const fixes = RULES.flatMap((rule) =>
  (casesFor(rule)?.invalid ?? []).flatMap((c) =>
    runRuleSet([rule], c.design, c.options)
      .filter((d) => d.fix)
      .map((d) => ({ name: `${rule.meta.id}: ${c.name}: ${d.fix!.title}`, rule, c, d })),
  ),
);

describe('quick fixes', () => {
  it('exist in the tables', () => {
    expect(fixes.length).toBeGreaterThan(20);
  });

  it.each(fixes.map((f) => [f.name, f] as const))('%s', (_name, { rule, c, d }) => {
    const applied = tryApplyChanges(c.design, d.fix!.changes);
    if (!applied.ok) throw new Error(`the fix is refused: ${applied.error.message}`);
    // The finding it fixes is gone…
    const after = runRuleSet([rule], applied.design, c.options).map(key);
    expect(after).not.toContain(key(d));
    // …and it brings no new error from any rule: a fix leaves a design a person would keep.
    const errorsBefore = new Set(
      runRules(c.design, c.options)
        .filter((x) => x.severity === 'error')
        .map(key),
    );
    const newErrors = runRules(applied.design, c.options).filter(
      (x) => x.severity === 'error' && !errorsBefore.has(key(x)),
    );
    expect(newErrors.map((x) => x.message)).toEqual([]);
  });
});
