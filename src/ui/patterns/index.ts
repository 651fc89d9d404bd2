/** Applying the book's patterns to what is drawn, from the inspector. */
export { PatternActions } from './PatternActions';
export { applyPattern, appliedMessage } from './apply-pattern';
