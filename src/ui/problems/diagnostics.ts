import {
  groupByTarget,
  runRules,
  worstSeverity,
  type Design,
  type Diagnostic,
  type Severity,
} from '../../core';
import { useRef } from 'react';
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

/** Whether two lists of findings read the same to a person (a badge shows rule, severity and message). */
function sameFindings(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return (
    a.length === b.length &&
    a.every((d, i) => d.rule === b[i]!.rule && d.severity === b[i]!.severity && d.message === b[i]!.message)
  );
}

/**
 * The findings about one entity; the same array object while they read the same, so a badge renders
 * again only when its own findings change. A large design has a badge per node: re-rendering them all
 * on every change was the largest cost of a change on the main thread.
 */
export function useTargetDiagnostics(id: string): Diagnostic[] {
  const shown = useRef<Diagnostic[]>(NONE);
  return useStore((state) => {
    const next = checkDesign(state.design).byTarget.get(id) ?? NONE;
    if (!sameFindings(shown.current, next)) shown.current = next;
    return shown.current;
  });
}

export function useWorstSeverity(id: string): Severity | undefined {
  return worstSeverity(useTargetDiagnostics(id));
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
