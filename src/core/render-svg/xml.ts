/**
 * Design text inside SVG. Names are untrusted: `<`, `>`, `&` and quotes are written as entities, and
 * characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) are dropped, so any
 * name gives a well-formed document.
 */

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text for an XML text node or a quoted attribute value. */
export function xmlEscape(text: string): string {
  return String(text)
    .replace(FORBIDDEN, '')
    .replace(/[\t\n\r]+/g, ' ')
    .replace(/[<>&"']/g, (c) => ENTITIES[c]!);
}

/**
 * The text cut to about `max` characters with an ellipsis; an SVG has no text-overflow, and the
 * core cannot measure text, so lengths are counted in code points.
 */
export function truncate(text: string, max: number): string {
  const chars = [...String(text).replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/** A rough text width for a font size, for boxes around labels (average glyph ≈ 0.6 em). */
export function textWidth(text: string, fontSize: number, mono = false): number {
  return Math.ceil([...text].length * fontSize * (mono ? 0.62 : 0.58));
}
