/** The template gallery: the pattern library, grouped by family, with what each pattern is for. */
export { TemplatesButton } from './TemplatesButton';
export { startFromTemplate } from './start-template';
