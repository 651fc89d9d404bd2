import { findConnection, findContainer, findExternal, findPod, findService, type Design } from '../../core';
import type { PodwrightState } from '../../store';

/**
 * Narrow selectors for the inspector: each returns an object that already lives in the design, so
 * a form re-renders only when its own entity changes.
 */
export const selectDesign = (s: PodwrightState): Design => s.design;
export const selectSelection = (s: PodwrightState): string[] => s.selection;
export const podById = (id: string) => (s: PodwrightState) => findPod(s.design, id);
export const podOfContainer = (id: string) => (s: PodwrightState) => findContainer(s.design, id)?.pod;
export const containerById = (id: string) => (s: PodwrightState) => findContainer(s.design, id)?.container;
export const serviceById = (id: string) => (s: PodwrightState) => findService(s.design, id);
export const externalById = (id: string) => (s: PodwrightState) => findExternal(s.design, id);
export const connectionById = (id: string) => (s: PodwrightState) => findConnection(s.design, id);
export const selectPods = (s: PodwrightState) => s.design.pods;
