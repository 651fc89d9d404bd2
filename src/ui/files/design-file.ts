import {
  MAX_DESIGN_BYTES,
  parseDesign,
  serializeDesign,
  toDnsLabel,
  type Design,
  type ParseIssue,
} from '../../core';

/** The extension Podwright saves with; Open also takes plain `.json`. */
export const DESIGN_EXTENSION = '.podwright.json';
export const OPEN_ACCEPT = '.podwright.json,.json,application/json';

export type OpenOutcome = { ok: true; design: Design; message: string } | { ok: false; message: string };

/** "tls.json 4:48 — message": the file, where, and why, in one line a person can act on. */
export function describeIssue(fileName: string, issue: ParseIssue): string {
  const where = issue.line !== undefined ? ` ${issue.line}:${issue.column ?? 1}` : '';
  return `${fileName}${where} — ${issue.message}`;
}

/** Refuses a file by its size before a byte of it is read. */
export function sizeProblem(fileName: string, bytes: number, limit = MAX_DESIGN_BYTES): string | null {
  if (bytes <= limit) return null;
  const mb = (n: number) => `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  return `${fileName} is ${mb(bytes)}; a design file may be at most ${mb(limit)}. Nothing was opened.`;
}

/**
 * Turns the text of an opened file into a design, or into a message with the first error's
 * position. Nothing here touches the store: a failure changes nothing by construction.
 */
export function readDesignText(fileName: string, text: string): OpenOutcome {
  const result = parseDesign(text);
  if (!result.ok) {
    const first = result.errors[0];
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
    return {
      ok: false,
      message: first ? `${describeIssue(fileName, first)}${more}` : `${fileName} is not a Podwright design.`,
    };
  }
  const warnings = result.warnings.length;
  const note =
    warnings > 0
      ? ` with ${warnings} warning${warnings === 1 ? '' : 's'}: ${describeIssue(fileName, result.warnings[0]!)}`
      : '';
  return {
    ok: true,
    design: result.design,
    message: `Opened ${fileName}${note}. Undo brings back the previous design.`,
  };
}

/** `legacy-shop.podwright.json`: the design's name made safe for a file system. */
export function designFileName(design: Design): string {
  return `${toDnsLabel(design.name, 'design')}${DESIGN_EXTENSION}`;
}

/** The file's content; the same serializer as the CLI, so files diff cleanly. */
export function designFileText(design: Design): string {
  return serializeDesign(design);
}
