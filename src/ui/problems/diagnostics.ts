import { worstSeverity, type Diagnostic, type Severity } from '../../core';
import { useRef } from 'react';
import { useStore as useZustandStore } from 'zustand';
import { useStoreApi } from '../../store';
import { findingsOf, type Findings } from './findings/findings';

export { checkDesign } from './checked';

const NONE: Diagnostic[] = [];

/** Subscribes to one slice of the findings of the design in the store (checked in a worker). */
function useFindings<T>(selector: (findings: Findings) => T): T {
  return useZustandStore(findingsOf(useStoreApi()), selector);
}

const selectAll = (findings: Findings) => findings.all;

/** Every finding of the design, as of the last check: a moment behind the design while it changes. */
export function useDiagnostics(): Diagnostic[] {
  return useFindings(selectAll);
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
  return useFindings((findings) => {
    const next = findings.byTarget.get(id) ?? NONE;
    if (!sameFindings(shown.current, next)) shown.current = next;
    return shown.current;
  });
}

export function useWorstSeverity(id: string): Severity | undefined {
  return worstSeverity(useTargetDiagnostics(id));
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
