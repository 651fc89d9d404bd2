import type { Pod } from '../model/types';
import type { ContainerEntry } from './design-index';
import type { Finding, PodChecks, PodView, Rule, RuleContext, RuleMeta } from './types';

/** Declares a rule; its docs page is always `docs/rules/<id>.md`. */
export function defineRule(meta: Omit<RuleMeta, 'docs'>, check: (context: RuleContext) => Finding[]): Rule {
  return { meta: { ...meta, docs: `docs/rules/${meta.id}.md` }, check };
}

/**
 * Declares a rule checked pod by pod (see `PodChecks`). Its `check` visits every pod, then the rest:
 * the same findings, in the same order, as the runner's walk that interleaves it with other rules.
 */
export function definePodRule<State = undefined>(
  meta: Omit<RuleMeta, 'docs'>,
  byPod: PodChecks<State>,
): Rule {
  const check = (context: RuleContext): Finding[] => {
    const findings: Finding[] = [];
    const state = byPod.start?.(context) as State;
    forEachPod(context, (view) => byPod.pod(view, context, findings, state));
    byPod.rest?.(context, findings, state);
    return findings;
  };
  return { meta: { ...meta, docs: `docs/rules/${meta.id}.md` }, check, byPod };
}

const NO_ENTRIES: readonly ContainerEntry[] = [];

/**
 * Every pod of the design in document order, with the index entries of its containers. One view and
 * one list of entries serve every pod of a walk (rules read them during their visit only): a list and
 * a view per pod were 5,000 of each per run on a 5,000-pod design.
 */
export function forEachPod({ design, index }: RuleContext, visit: (view: PodView) => void): void {
  const entries: ContainerEntry[] = [];
  const view: { pod: Pod; entries: readonly ContainerEntry[] } = { pod: undefined as never, entries };
  let at = 0;
  for (let p = 0; p < design.pods.length; p++) {
    const pod = design.pods[p]!;
    const count = pod.containers.length;
    // Written over in place; emptying the list first would drop its storage and allocate it again.
    for (let c = 0; c < count; c++) entries[c] = index.entries[at + c]!;
    if (entries.length !== count) entries.length = count;
    at += count;
    index.focus(entries, p);
    view.pod = pod;
    visit(view);
  }
  index.focus(NO_ENTRIES);
}
