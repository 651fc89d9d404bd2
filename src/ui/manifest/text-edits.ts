/**
 * The smallest set of whole-line edits that turns the editor's text into the new export.
 *
 * The editor keeps folding, scroll position and cursor across edits that do not touch them, but loses
 * all three when its whole text is replaced. So each update is a line diff: common prefix and suffix
 * first (most changes touch one object), then Myers' O(ND) algorithm on what is left, which stays fast
 * while few lines differ. Past `maxDistance` changed lines the middle is replaced in one edit: by then
 * the reader's context is gone anyway, and the diff would cost more than it saves.
 *
 * Texts use `\n` only (the exporters write no `\r`); a line is what lies between two `\n`.
 */

/** Replace `[start, end)` of the old text (UTF-16 offsets) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

interface Hunk {
  /** Old lines [oldStart, oldEnd) become new lines [newStart, newEnd). */
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

export const DEFAULT_MAX_DISTANCE = 1000;

/**
 * Non-overlapping edits in ascending order, all in the old text's offsets (apply them together).
 * Without the texts' lines, the lines both texts share at the start and at the end are found by
 * comparing characters, in blocks, and only the lines between are split and diffed: a 2 MB manifest
 * with one changed object costs a few milliseconds, not a split and a walk of 50,000 lines.
 */
export function lineEdits(
  oldText: string,
  newText: string,
  maxDistance = DEFAULT_MAX_DISTANCE,
  oldLines?: readonly string[],
  newLines?: readonly string[],
): TextEdit[] {
  if (oldText === newText) return [];
  if (oldLines && newLines) return wholeLineEdits(oldText, newText, maxDistance, oldLines, newLines);
  const { head, tail } = sharedLines(oldText, newText);
  const oldMiddle = oldText.slice(head, oldText.length - tail);
  const newMiddle = newText.slice(head, newText.length - tail);
  const edits = wholeLineEdits(
    oldMiddle,
    newMiddle,
    maxDistance,
    oldMiddle.split('\n'),
    newMiddle.split('\n'),
  );
  if (head === 0) return edits;
  return edits.map((edit) => ({ start: edit.start + head, end: edit.end + head, text: edit.text }));
}

function wholeLineEdits(
  oldText: string,
  newText: string,
  maxDistance: number,
  oldLines: readonly string[],
  newLines: readonly string[],
): TextEdit[] {
  if (oldText === newText) return [];
  const hunks = diffLines(oldLines, newLines, maxDistance);
  const starts = lineStarts(oldLines);
  return hunks.map((hunk) => toEdit(hunk, oldText, starts, oldLines.length, newLines));
}

const BLOCK = 4096;

/**
 * Lengths of the whole lines two different texts share: `head` characters at the start (up to a line
 * start) and `tail` at the end (from just after a shared `\n`), never overlapping.
 */
export function sharedLines(a: string, b: string): { head: number; tail: number } {
  const max = Math.min(a.length, b.length);
  let same = 0;
  while (same + BLOCK <= max && a.slice(same, same + BLOCK) === b.slice(same, same + BLOCK)) same += BLOCK;
  while (same < max && a.charCodeAt(same) === b.charCodeAt(same)) same++;
  const head = same === 0 ? 0 : a.lastIndexOf('\n', same - 1) + 1;
  const room = max - head;
  let back = 0;
  while (
    back + BLOCK <= room &&
    a.slice(a.length - back - BLOCK, a.length - back) === b.slice(b.length - back - BLOCK, b.length - back)
  )
    back += BLOCK;
  while (back < room && a.charCodeAt(a.length - 1 - back) === b.charCodeAt(b.length - 1 - back)) back++;
  // The shared end starts after its first `\n`, so both texts have whole lines before it.
  const newline = a.indexOf('\n', a.length - back);
  const tail = back === 0 || newline === -1 ? 0 : a.length - newline - 1;
  return { head, tail };
}

/**
 * The same edits, each trimmed to the characters that differ from the old text it replaces. A whole-line
 * edit replaces a line and its `\n`, so Monaco counts it as a change of line count, and for each such
 * edit copies its per-line token and state arrays (50,000 entries at 200 pods): a change to an app's
 * image rewrites 13 label lines, which cost 35 ms. Trimmed, a value changed inside a line keeps every line
 * count, and those copies do not happen. A surrogate pair is never split.
 */
export function narrowEdits(oldText: string, edits: readonly TextEdit[]): TextEdit[] {
  return edits.map((edit) => {
    const old = oldText.slice(edit.start, edit.end);
    const limit = Math.min(old.length, edit.text.length);
    let head = 0;
    while (head < limit && old.charCodeAt(head) === edit.text.charCodeAt(head)) head++;
    if (head > 0 && isHighSurrogate(old.charCodeAt(head - 1))) head--;
    let tail = 0;
    while (
      tail < limit - head &&
      old.charCodeAt(old.length - 1 - tail) === edit.text.charCodeAt(edit.text.length - 1 - tail)
    )
      tail++;
    if (tail > 0 && isLowSurrogate(old.charCodeAt(old.length - tail))) tail--;
    return {
      start: edit.start + head,
      end: edit.end - tail,
      text: edit.text.slice(head, edit.text.length - tail),
    };
  });
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Applies edits made by `lineEdits` to a string (for tests and as a reference). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

function lineStarts(lines: readonly string[]): number[] {
  const starts = new Array<number>(lines.length + 1);
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = offset;
    offset += lines[i]!.length + 1;
  }
  // One past the virtual `\n` after the last line, so `starts[count] - 1` is the text's length.
  starts[lines.length] = offset;
  return starts;
}

function toEdit(
  hunk: Hunk,
  oldText: string,
  starts: readonly number[],
  oldCount: number,
  newLines: readonly string[],
): TextEdit {
  const inserted = newLines.slice(hunk.newStart, hunk.newEnd);
  if (hunk.oldEnd < oldCount) {
    // A matching line follows in both texts, so every replaced and inserted line ends with `\n`.
    return {
      start: starts[hunk.oldStart]!,
      end: starts[hunk.oldEnd]!,
      text: inserted.map((l) => `${l}\n`).join(''),
    };
  }
  // The hunk runs to the end of both texts: no `\n` after the last line, so take the one before it.
  if (hunk.oldStart === 0) return { start: 0, end: oldText.length, text: inserted.join('\n') };
  return {
    start: starts[hunk.oldStart]! - 1,
    end: oldText.length,
    text: inserted.map((l) => `\n${l}`).join(''),
  };
}

/** Line hunks between two line lists, in order. */
export function diffLines(a: readonly string[], b: readonly string[], maxDistance: number): Hunk[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  const aEnd = a.length - suffix;
  const bEnd = b.length - suffix;
  if (prefix === aEnd && prefix === bEnd) return [];
  const matches = myersMatches(a, prefix, aEnd, b, prefix, bEnd, maxDistance);
  if (!matches) return [{ oldStart: prefix, oldEnd: aEnd, newStart: prefix, newEnd: bEnd }];
  const hunks: Hunk[] = [];
  let pa = prefix;
  let pb = prefix;
  for (let i = 0; i < matches.length; i += 2) {
    const ma = matches[i]!;
    const mb = matches[i + 1]!;
    if (ma > pa || mb > pb) hunks.push({ oldStart: pa, oldEnd: ma, newStart: pb, newEnd: mb });
    pa = ma + 1;
    pb = mb + 1;
  }
  if (pa < aEnd || pb < bEnd) hunks.push({ oldStart: pa, oldEnd: aEnd, newStart: pb, newEnd: bEnd });
  return hunks;
}

/**
 * Myers' greedy forward algorithm on a[aStart, aEnd) and b[bStart, bEnd). Returns the matched line pairs
 * in order, flattened as [a0, b0, a1, b1, …], or undefined when more than `maxDistance` lines differ.
 */
function myersMatches(
  a: readonly string[],
  aStart: number,
  aEnd: number,
  b: readonly string[],
  bStart: number,
  bEnd: number,
  maxDistance: number,
): number[] | undefined {
  const n = aEnd - aStart;
  const m = bEnd - bStart;
  const max = n + m;
  const limit = Math.min(max, maxDistance);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] is v before step d, for diagonals k in [-d-1, d+1] at index k + d + 1.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[aStart + x] === b[bStart + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m, aStart, bStart);
    }
  }
  return undefined;
}

function backtrack(
  trace: Int32Array[],
  distance: number,
  n: number,
  m: number,
  aStart: number,
  bStart: number,
) {
  const reversed: number[] = [];
  let x = n;
  let y = m;
  for (let d = distance; d > 0; d--) {
    const previous = trace[d]!;
    const at = (k: number) => previous[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const snakeX = prevK === k + 1 ? prevX : prevX + 1;
    while (x > snakeX) {
      x--;
      y--;
      reversed.push(bStart + y, aStart + x);
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    reversed.push(bStart + y, aStart + x);
  }
  return reversed.reverse();
}
