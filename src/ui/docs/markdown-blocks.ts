/**
 * Reads the Markdown that the documentation export writes (headings, paragraphs, lists, GFM tables,
 * code fences, rules; inline code, emphasis, links, line breaks, backslash escapes and the three HTML
 * entities) into plain data that React renders as text. It is not a general Markdown parser, and it
 * never produces HTML: design text stays text whatever it holds.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'br' };

export type Block =
  | { kind: 'heading'; level: number; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] }
  | { kind: 'code'; info: string; text: string }
  | { kind: 'rule' };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// Sticky: they match at `lastIndex` only, so reading a line never copies the rest of it per character.
const ENTITY = /&(lt|gt|amp|quot|apos);/y;
const BREAK = /<br\s*\/?>/iy;

export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const fence = /^```(\S*)\s*$/.exec(line);
    if (fence) {
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
      blocks.push({ kind: 'code', info: fence[1]!, text: body.join('\n') });
      i++;
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, content: parseInline(heading[2]!) });
      i++;
    } else if (/^---+\s*$/.test(line)) {
      blocks.push({ kind: 'rule' });
      i++;
    } else if (line.startsWith('|')) {
      const rows: string[] = [];
      for (; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!);
      const [header = '', , ...body] = rows;
      blocks.push({
        kind: 'table',
        header: splitCells(header).map(parseInline),
        rows: body.map((row) => splitCells(row).map(parseInline)),
      });
    } else if (/^- /.test(line)) {
      const items: Inline[][] = [];
      for (; i < lines.length && /^- /.test(lines[i]!); i++) items.push(parseInline(lines[i]!.slice(2)));
      blocks.push({ kind: 'list', items });
    } else if (line.trim() === '') {
      i++;
    } else {
      const text: string[] = [];
      for (; i < lines.length && isParagraphLine(lines[i]!); i++) text.push(lines[i]!);
      blocks.push({ kind: 'paragraph', content: parseInline(text.join(' ')) });
    }
  }
  return blocks;
}

function isParagraphLine(line: string): boolean {
  return line.trim() !== '' && !/^(```|#{1,6} |---+\s*$|\||- )/.test(line);
}

/** The cells of a table row: split on pipes that are neither escaped nor inside a code span. */
export function splitCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  let inCode = false;
  for (let k = 0; k < row.length; k++) {
    const c = row[k]!;
    if (c === '\\' && k + 1 < row.length) {
      current += c + row[++k];
    } else if (c === '`') {
      inCode = !inCode;
      current += c;
    } else if (c === '|' && !inCode) {
      cells.push(current);
      current = '';
    } else current += c;
  }
  cells.push(current);
  // A row starts and ends with a pipe: drop the empty edges.
  return cells.slice(1, row.trimEnd().endsWith('|') ? -1 : undefined).map((cell) => cell.trim());
}

/** Where `marker` next occurs in `text` from `from`, skipping escapes and code spans; -1 if nowhere. */
function findClosing(text: string, marker: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    if (text[k] === '\\') k++;
    else if (text[k] === '`' && marker !== '`') {
      const end = text.indexOf('`', k + 1);
      if (end < 0) return -1;
      k = end;
    } else if (text.startsWith(marker, k)) return k;
  }
  return -1;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ kind: 'text', text: plain });
    plain = '';
  };
  let k = 0;
  while (k < text.length) {
    const c = text[k]!;
    if (c === '\\' && k + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[k + 1]!)) {
      plain += text[k + 1];
      k += 2;
      continue;
    }
    if (c === '&') {
      ENTITY.lastIndex = k;
      const entity = ENTITY.exec(text);
      if (entity) {
        plain += ENTITIES[entity[1]!];
        k += entity[0].length;
        continue;
      }
    }
    if (c === '<') {
      BREAK.lastIndex = k;
      const br = BREAK.exec(text);
      if (br) {
        flush();
        out.push({ kind: 'br' });
        k += br[0].length;
        continue;
      }
    }
    if (c === '`') {
      const end = text.indexOf('`', k + 1);
      if (end > k) {
        flush();
        out.push({ kind: 'code', text: text.slice(k + 1, end) });
        k = end + 1;
        continue;
      }
    }
    if (text.startsWith('**', k)) {
      const end = findClosing(text, '**', k + 2);
      if (end > k + 2) {
        flush();
        out.push({ kind: 'strong', children: parseInline(text.slice(k + 2, end)) });
        k = end + 2;
        continue;
      }
    }
    if (c === '*') {
      const end = findClosing(text, '*', k + 1);
      if (end > k + 1) {
        flush();
        out.push({ kind: 'em', children: parseInline(text.slice(k + 1, end)) });
        k = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const close = findClosing(text, '](', k + 1);
      const end = close < 0 ? -1 : text.indexOf(')', close + 2);
      const href = end < 0 ? '' : text.slice(close + 2, end);
      // Only plain web addresses become links; the exporter writes nothing else as one.
      if (end > 0 && /^https?:\/\/[^\s<>"']+$/i.test(href)) {
        flush();
        out.push({ kind: 'link', href, children: parseInline(text.slice(k + 1, close)) });
        k = end + 1;
        continue;
      }
    }
    plain += c;
    k++;
  }
  flush();
  return out;
}
