import { groupByTarget, runRules, type Design, type Diagnostic } from '../../core';

export interface Checked {
  all: Diagnostic[];
  byTarget: Map<string, Diagnostic[]>;
}

/**
 * The findings of each design value checked so far, whoever checked it (the checks worker, or the page
 * when something needs them at once): designs are immutable, so a WeakMap keyed by the design object is
 * an exact cache.
 */
const cache = new WeakMap<Design, Checked>();

/** Keeps the findings of `design`, found elsewhere (the checks worker), and returns them grouped. */
export function rememberChecks(design: Design, all: Diagnostic[]): Checked {
  let checked = cache.get(design);
  if (!checked) {
    checked = { all, byTarget: groupByTarget(all) };
    cache.set(design, checked);
  }
  return checked;
}

/** The findings of `design` if someone checked it already (the checks worker, usually). */
export function knownChecks(design: Design): Checked | undefined {
  return cache.get(design);
}

/** The findings of `design`, checked in the page unless already known. */
export function checkDesign(design: Design): Checked {
  return cache.get(design) ?? rememberChecks(design, runRules(design));
}
