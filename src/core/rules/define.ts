import type { Finding, Rule, RuleContext, RuleMeta } from './types';

/** Declares a rule; its docs page is always `docs/rules/<id>.md`. */
export function defineRule(meta: Omit<RuleMeta, 'docs'>, check: (context: RuleContext) => Finding[]): Rule {
  return { meta: { ...meta, docs: `docs/rules/${meta.id}.md` }, check };
}
