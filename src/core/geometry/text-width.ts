/**
 * Text widths estimated without a DOM, for node sizes the core computes. The figures are DejaVu Sans
 * Bold at 13.5 px (what `system-ui` is on a Linux desktop with no other font, and the widest of the
 * usual system faces), measured per character in Chromium and rounded up: on macOS and Windows the
 * same text is narrower, so a box sized with these fits its text everywhere.
 */

/** Width in px of one character of a node name (13.5 px, weight 650). */
const NAME_CHAR: Record<string, number> = {};
const groups: [string, number][] = [
  ['ijl', 4.8],
  ['ft.-_', 5.9],
  ['r', 6.9],
  ['csz', 8.3],
  ['kvxy', 9.2],
  ['w', 12.7],
  ['m', 14.3],
  ['MW', 15.2],
];
for (const [chars, width] of groups) for (const c of chars) NAME_CHAR[c] = width;
/** Other lower-case letters and digits. */
const NAME_DEFAULT = 9.9;
/** Capitals and everything else (symbols, letters of other scripts). */
const NAME_WIDE = 11.4;

/** The estimated width in px of a node name (bold, 13.5 px); never less than the text needs on screen. */
export function nameTextWidth(text: string): number {
  let width = 0;
  for (const c of text) {
    const own = NAME_CHAR[c];
    width += own ?? (/[a-z0-9]/.test(c) ? NAME_DEFAULT : NAME_WIDE);
  }
  return Math.ceil(width);
}

/** The estimated width in px of monospace text at 10.5 px (a node's ports line). */
export function monoTextWidth(text: string): number {
  return Math.ceil([...text].length * 6.5);
}

/** The estimated width in px of small semi-bold text at 10.5 px (a Service's type pill). */
export function smallTextWidth(text: string): number {
  return Math.ceil([...text].length * 6);
}
