/** Applying the book's patterns to what is drawn, from the inspector and from a context menu on canvas nodes. */
export { PatternActions } from './PatternActions';
export { PatternMenu } from './PatternMenu';
export { applyPattern, appliedMessage } from './apply-pattern';
