/** Automatic layout with elkjs in a Web Worker: the runner, its progress, and the Tidy layout action. */
export { LayoutProgress } from './LayoutProgress';
export { describePhase, useLayoutPhase } from './progress';
export { prewarmLayout, runLayout } from './run-layout';
export { CANVAS_LAYOUT_SIZES } from './sizes';
export { TidyLayoutButton } from './TidyLayoutButton';
