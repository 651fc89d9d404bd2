import { describe, expect, it } from 'vitest';
import { RULES } from './registry';
import { runRuleSet } from './run';
import type { ExpectedFinding } from './testing/cases';
import { casesFor } from './testing/load-cases';
import type { Diagnostic } from './types';

function matcher(expected: ExpectedFinding): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (expected.severity) out.severity = expected.severity;
  if (expected.target) out.target = expected.target;
  if (expected.messageIncludes) out.message = expect.stringContaining(expected.messageIncludes);
  if (typeof expected.fix === 'string') out.fix = { title: expected.fix };
  return out;
}

describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  const cases = casesFor(rule) ?? { valid: [], invalid: [] };

  it.each(cases.valid.map((c) => [c.name, c] as const))('accepts: %s', (_name, c) => {
    expect(runRuleSet([rule], c.design, c.options)).toEqual([]);
  });

  it.each(cases.invalid.map((c) => [c.name, c] as const))('flags: %s', (_name, c) => {
    const found: Diagnostic[] = runRuleSet([rule], c.design, c.options);
    expect(found).toMatchObject(c.expected.map(matcher));
    c.expected.forEach((e, i) => {
      if (e.fix === false) expect(found[i]!.fix, 'no quick fix').toBeUndefined();
    });
    for (const d of found) {
      expect(d.rule).toBe(id);
      // Every placeholder is filled, so a message never shows "{pod}".
      expect(d.message).not.toMatch(/\{\w+\}/);
    }
  });
});
