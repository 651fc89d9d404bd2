import type { PodwrightState } from '../../store';

/** Named selectors: each canvas subscription reads one slice. */
export const selectDesign = (s: PodwrightState) => s.design;
export const selectSelection = (s: PodwrightState) => s.selection;
export const selectSnap = (s: PodwrightState) => s.ui.snapToGrid;
