/** The design as a standalone SVG picture (for documentation, and as the source of the PNG export). */
export { renderSvg, type SvgOptions, type SvgPicture } from './svg';
export { layoutRects } from './layout';
export { xmlEscape } from './xml';
