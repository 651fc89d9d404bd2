import type { Rule } from '../types';
import type { RuleCases } from './cases';

/** Every `<category>/<id>.cases.ts` beside the rules, by rule id. For tests only. */
const modules = import.meta.glob<{ default: RuleCases }>('../*/*.cases.ts', { eager: true });

export const CASES: ReadonlyMap<string, RuleCases> = new Map(
  Object.entries(modules).map(([path, module]) => [
    path.replace(/^.*\/([^/]+)\.cases\.ts$/, '$1'),
    module.default,
  ]),
);

export function casesFor(rule: Rule): RuleCases | undefined {
  return CASES.get(rule.meta.id);
}
