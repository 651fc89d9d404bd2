import {
  groupByTarget,
  runRules,
  worstSeverity,
  type Design,
  type Diagnostic,
  type Severity,
} from '../../core';
import { useStore } from '../../store';

interface Checked {
  all: Diagnostic[];
  byTarget: Map<string, Diagnostic[]>;
}

/**
 * The checks run once per design value, whoever asks first (the panel, a badge, the tab's count):
 * designs are immutable, so a WeakMap keyed by the design object is an exact cache.
 */
const cache = new WeakMap<Design, Checked>();

export function checkDesign(design: Design): Checked {
  let checked = cache.get(design);
  if (!checked) {
    const all = runRules(design);
    checked = { all, byTarget: groupByTarget(all) };
    cache.set(design, checked);
  }
  return checked;
}

const NONE: Diagnostic[] = [];
const selectDesign = (s: { design: Design }) => s.design;

export function useDiagnostics(): Diagnostic[] {
  return checkDesign(useStore(selectDesign)).all;
}

/** The findings about one entity; the same array object while they do not change. */
export function useTargetDiagnostics(id: string): Diagnostic[] {
  return checkDesign(useStore(selectDesign)).byTarget.get(id) ?? NONE;
}

export function useWorstSeverity(id: string): Severity | undefined {
  return worstSeverity(useTargetDiagnostics(id));
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
