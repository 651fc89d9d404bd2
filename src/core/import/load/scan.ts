/**
 * A linear scan of YAML text that runs before the parser, so that hostile input never reaches it:
 * it finds where nesting (block indentation plus flow brackets) first goes deeper than a limit, and
 * where a template (`{{ … }}` in a place where YAML structure stands) first appears.
 *
 * It is deliberately approximate (it does not parse), but it never recurses and it knows the three
 * places where brackets and braces are only text: quoted scalars, block scalars (`|`, `>`) and
 * comments. A `{{` inside those is not a template (a `sed` script or an alerting rule in a ConfigMap).
 */

export interface StructureScan {
  /** Offset where nesting first exceeds the limit, or -1. */
  deepOffset: number;
  /** Offset of the first `{{` where YAML structure stands, or -1. */
  templateOffset: number;
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const NL = 10;

function isBlank(code: number | undefined): boolean {
  return code === undefined || code === SPACE || code === TAB || code === CR || code === NL;
}

export function scanYamlStructure(text: string, limit: number): StructureScan {
  const result: StructureScan = { deepOffset: -1, templateOffset: -1 };
  const stack: number[] = [];
  let flow = 0;
  let quote = 0; // 0, or the char code of the open quote
  let blockScalarIndent = -1;
  let lineStart = 0;
  const length = text.length;

  const tooDeep = (offset: number): boolean => {
    if (stack.length + flow > limit) {
      result.deepOffset = offset;
      return true;
    }
    return false;
  };
  const template = (offset: number) => {
    if (result.templateOffset < 0) result.templateOffset = offset;
  };

  while (lineStart < length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = length;
    let indent = 0;
    while (lineStart + indent < lineEnd && text.charCodeAt(lineStart + indent) === SPACE) indent++;
    let k = lineStart;

    if (blockScalarIndent >= 0) {
      const first = text.charCodeAt(lineStart + indent);
      const blank = lineStart + indent >= lineEnd || first === CR;
      if (blank || indent > blockScalarIndent) {
        lineStart = lineEnd + 1;
        continue;
      }
      blockScalarIndent = -1;
    }

    let valueStart = false;
    // The column of the node that owns a block scalar starting on this line: its content lies deeper.
    let owner = indent;
    if (quote === 0 && flow === 0) {
      k = lineStart + indent;
      const first = text.charCodeAt(k);
      if (k >= lineEnd || first === CR || first === 35 /* # */) {
        lineStart = lineEnd + 1;
        continue;
      }
      if (
        indent === 0 &&
        (text.startsWith('---', k) || text.startsWith('...', k)) &&
        isBlank(text.charCodeAt(k + 3))
      ) {
        stack.length = 0;
        k += 3;
      } else {
        while (stack.length > 0 && stack[stack.length - 1]! >= indent) stack.pop();
        stack.push(indent);
        if (tooDeep(k)) return result;
      }
      valueStart = true;
    }

    for (; k < lineEnd; k++) {
      const c = text.charCodeAt(k);
      if (quote !== 0) {
        if (quote === 34 /* " */) {
          if (c === 92 /* \ */) k++;
          else if (c === 34) quote = 0;
        } else if (c === 39 /* ' */) {
          if (text.charCodeAt(k + 1) === 39) k++;
          else quote = 0;
        }
        continue;
      }
      if (flow > 0) {
        if (c === 35 /* # */ && isBlank(text.charCodeAt(k - 1))) break;
        if (c === 91 /* [ */ || c === 123 /* { */) {
          if (c === 123 && text.charCodeAt(k + 1) === 123) template(k);
          flow++;
          if (tooDeep(k)) return result;
        } else if (c === 93 /* ] */ || c === 125 /* } */) {
          flow--;
          if (flow === 0) valueStart = false;
        } else if (c === 34 || c === 39) {
          if (startsScalarInFlow(text, k, lineStart)) quote = c;
        }
        continue;
      }
      if (c === SPACE || c === TAB || c === CR) continue;
      if (valueStart) {
        const next = text.charCodeAt(k + 1);
        if (c === 35 /* # */) break;
        if ((c === 45 /* - */ || c === 63) /* ? */ && isBlank(next)) {
          // A sequence entry or complex key opens one more level, even on the same line (`- - x`).
          owner = k - lineStart;
          stack.push(owner + 2);
          if (tooDeep(k)) return result;
          continue;
        }
        if (c === 91 || c === 123) {
          if (c === 123 && next === 123) template(k);
          flow = 1;
          if (tooDeep(k)) return result;
          continue;
        }
        if (c === 34 || c === 39) {
          quote = c;
          owner = k - lineStart;
          valueStart = false;
          continue;
        }
        if (c === 124 /* | */ || c === 62 /* > */) {
          blockScalarIndent = owner;
          break;
        }
        if (c === 38 /* & */ || c === 33 /* ! */ || c === 42 /* * */) {
          // An anchor, tag or alias: a token, then the value (if any) starts after it.
          while (k + 1 < lineEnd && !isBlank(text.charCodeAt(k + 1))) k++;
          continue;
        }
        owner = k - lineStart;
        valueStart = false;
        continue;
      }
      // Inside a plain scalar or a key: only `: ` (a value follows) and ` #` (a comment) matter.
      if (c === 58 /* : */ && isBlank(text.charCodeAt(k + 1))) valueStart = true;
      else if (c === 35 && isBlank(text.charCodeAt(k - 1))) break;
    }
    lineStart = lineEnd + 1;
  }
  return result;
}

/** In flow context a quote opens a scalar only where a scalar may start: after `[`, `{`, `,`, `:` or at line start. */
function startsScalarInFlow(text: string, at: number, lineStart: number): boolean {
  for (let i = at - 1; i >= lineStart; i--) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) continue;
    return c === 91 || c === 123 || c === 44 /* , */ || c === 58 /* : */ || c === 63; /* ? */
  }
  return true;
}
