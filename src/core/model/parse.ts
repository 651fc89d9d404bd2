import { integrityIssues } from './integrity';
import { jsonErrorOffset } from './json-error-offset';
import { deepNestingOffset, locatePaths, positionAt } from './locate';
import { formatVersion, migrate } from './migrations';
import { normalizeDesign } from './normalize';
import { Reader, describe, type Json, type JsonPath } from './read';
import type { Design } from './types';

/** A problem found in a design file: a code, a sentence, where it is. */
export interface ParseIssue {
  code: string;
  message: string;
  path: JsonPath;
  line?: number;
  column?: number;
}

export type ParseResult =
  { ok: true; design: Design; warnings: ParseIssue[] } | { ok: false; errors: ParseIssue[] };

/** No design comes near these; larger input is refused before any parsing. */
export const MAX_DESIGN_BYTES = 20 * 1024 * 1024;
export const MAX_NESTING = 200;

/**
 * Parses an untrusted design file (`.podwright.json`). Checks the size, the nesting depth and the
 * JSON syntax, migrates older formats, reads every field (defaults filled, unknown fields kept) and
 * checks the design's invariants. Every error carries a path and, where it has one, a line and column.
 */
export function parseDesign(text: string): ParseResult {
  const early = checkText(text);
  if (early) return { ok: false, errors: [early] };
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch (error) {
    return { ok: false, errors: [syntaxIssue(text, error)] };
  }
  return parseDesignValue(json, text);
}

/** Parses an already-parsed JSON value (share links, saved state); `text` is used for positions. */
export function parseDesignValue(json: unknown, text?: string): ParseResult {
  const fail = (code: string, message: string, path: JsonPath = []): ParseResult => ({
    ok: false,
    errors: locate(text, [{ code, message, path }]),
  });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('not-a-design', `A design file holds a JSON object, not ${describe(json)}.`);
  }
  const raw = json as Record<string, Json>;
  const version = formatVersion(raw.format);
  if (version === undefined) {
    return fail(
      'format-unknown',
      raw.format === undefined
        ? 'This is not a Podwright design: it has no "format": "podwright/v1" field.'
        : `This is not a Podwright design: "format" is ${describe(raw.format)}, not "podwright/v1".`,
      raw.format === undefined ? [] : ['format'],
    );
  }
  const migrated = migrate(raw, version);
  if (!migrated.ok) return fail('format-newer', migrated.message, ['format']);

  const reader = new Reader();
  const design = normalizeDesign(migrated.raw, reader);
  const errors = reader.issues.filter((i) => i.severity === 'error');
  const warnings = reader.issues.filter((i) => i.severity === 'warning');
  // Invariants are only meaningful once every field read cleanly.
  const broken = errors.length === 0 ? integrityIssues(design) : [];
  const all = [...errors, ...broken];
  if (all.length > 0) return { ok: false, errors: locate(text, all.slice(0, 50)) };
  return { ok: true, design, warnings: locate(text, warnings) };
}

/** Refuses what must never reach JSON.parse: oversize text and binary data. */
export function checkText(text: string, limit = MAX_DESIGN_BYTES): ParseIssue | undefined {
  if (text.length > limit) {
    return {
      code: 'too-large',
      message: `The file is ${text.length} characters long; at most ${limit} are read.`,
      path: [],
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return {
      code: 'binary',
      message: 'This is a binary file, not text.',
      path: [],
      ...positionAt(text, nul),
    };
  }
  const deep = deepNestingOffset(text, MAX_NESTING);
  if (deep >= 0) {
    return {
      code: 'too-deep',
      message: `The data is nested more than ${MAX_NESTING} levels deep; no design needs that.`,
      path: [],
      ...positionAt(text, deep),
    };
  }
  return undefined;
}

function syntaxIssue(text: string, error: unknown): ParseIssue {
  if (text.trim() === '')
    return { code: 'json-syntax', message: 'The file is empty.', path: [], line: 1, column: 1 };
  const raw = error instanceof Error ? error.message : String(error);
  // V8 quotes the whole file back in some messages; the position says more in less space.
  const token = /^Unexpected token '(.+?)', [\s\S]* is not valid JSON$/.exec(raw);
  const message = `This is not valid JSON: ${token ? `unexpected "${token[1]}".` : raw.replace(/^JSON\.parse: /, '')}`;
  // V8 names a position for some errors and not for others; our own scan finds it every time.
  const offset = jsonErrorOffset(text);
  return { code: 'json-syntax', message, path: [], ...positionAt(text, offset < 0 ? text.length : offset) };
}

function locate(
  text: string | undefined,
  issues: { code: string; message: string; path: JsonPath }[],
): ParseIssue[] {
  const positions = text
    ? locatePaths(
        text,
        issues.map((i) => i.path),
      )
    : [];
  return issues.map((issue, i) => ({
    code: issue.code,
    message: issue.message,
    path: issue.path,
    ...(positions[i] ?? {}),
  }));
}

/** "pods[0].containers[1].name" — a path as a person reads it. */
export function formatPath(path: JsonPath): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** Serializes a design as a `.podwright.json` file: stable, two-space indented, trailing newline. */
export function serializeDesign(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}
