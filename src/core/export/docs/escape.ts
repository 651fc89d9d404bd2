/**
 * Escaping of user text for the documentation export. Design text is untrusted: it may hold Markdown
 * syntax, HTML, backticks, pipes or line breaks. Everything written into Markdown goes through one of
 * these, so no name or description can start a heading, close a table cell, open a tag or a link.
 */

/**
 * Punctuation that means something inside a line of CommonMark or GFM: escapes, code, emphasis,
 * links, table cells, strikethrough, heading closers, and the math delimiters some renderers read.
 */
const INLINE_SPECIAL = /[\\`*_[\]|~#$]/g;

/**
 * Plain text for a heading, list item or table cell: HTML's three characters become entities, inline
 * Markdown punctuation is backslash-escaped, and line breaks and control characters become spaces.
 */
export function mdText(text: string): string {
  return oneLine(text)
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Text that starts a line of its own (a paragraph): as `mdText`, and a leading list, quote, heading or
 * underline marker is escaped so the text stays a paragraph.
 */
export function mdParagraph(text: string): string {
  return mdText(text).replace(/^([-+=]|\d+(?=[.)]))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** Text on one line: line breaks, tabs and control characters become single spaces. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/**
 * A code span when the text can sit in one safely (no backtick, no pipe, which GFM tables split on
 * even inside code, no line break); otherwise the escaped text. Code spans show `<` as it is and
 * never render HTML.
 */
export function mdCode(text: string): string {
  const flat = oneLine(text);
  if (flat === '') return '';
  return /^[^`|]+$/.test(flat) && !/^\s|\s$/.test(flat) ? `\`${flat}\`` : mdText(flat);
}

/** A link when the address is a plain http(s) URL, else the escaped address as text. */
export function mdLink(label: string, url: string): string {
  const flat = oneLine(url);
  if (!/^https?:\/\/[^\s<>"'`\\|]+$/i.test(flat)) return mdText(flat);
  const target = flat.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${mdText(label)}](${target})`;
}

/** A URL (or path) shown as a link to itself when it is one. */
export function mdUrl(url: string): string {
  return mdLink(url, url);
}

/**
 * Text inside a quoted Mermaid label. Mermaid renders labels as HTML and reads `"`, `#`, `;` and
 * brackets as syntax, so everything but letters, digits and a few harmless marks is written as a
 * Mermaid entity code (`#60;` for `<`), which Mermaid turns back into the character as text.
 */
export function mermaidText(text: string): string {
  let out = '';
  for (const char of oneLine(text)) {
    out += /[\p{L}\p{N} .,:/()+=@!?%·×→’-]/u.test(char) ? char : `#${char.codePointAt(0)};`;
  }
  return out;
}

/** An identifier Mermaid accepts as a node id: letters, digits and underscores, never a keyword. */
export function mermaidId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}
