/**
 * `podwright check FILE... [--format text|json|sarif] [--fail-on error|warning|never] [--baseline FILE]`:
 * runs every rule on each file and prints the findings for a person (compiler style), a script (JSON)
 * or a code-scanning service (SARIF 2.1.0). Exit 0 when nothing reaches --fail-on (default error),
 * 1 when something does, 2 on bad usage or unreadable input.
 */
import type { ContractBaseline, Design } from '../../core/model/types';
import {
  atOrAbove,
  makeBaseline,
  runRules,
  toSarif,
  type Diagnostic,
  type DiagnosticTarget,
  type Severity,
} from '../../core/rules';
import { parseDesignFile, where } from '../design-file';
import { CliError, parseArgs, type CliIo } from '../io';
import { manifestLoader } from './import';
import type { Command } from './index';

const USAGE =
  'podwright check FILE... [--format text|json|sarif] [--fail-on error|warning|never] [--baseline DESIGN]';

const SPEC = {
  format: { values: ['text', 'json', 'sarif'] as const },
  'fail-on': { values: ['error', 'warning', 'never'] as const },
  baseline: {},
} as const;

export interface Position {
  line: number;
  column: number;
}

/** Something said about an input while reading it (not a rule finding): printed on stderr. */
export interface InputNote {
  message: string;
  line?: number;
  column?: number;
}

/** A file turned into a design, with what reading it noticed and where its entities stand. */
export interface CheckInput {
  design: Design;
  notes: InputNote[];
  /** Where a finding's entity is in the file, if that is cheap to know. */
  locate(target: DiagnosticTarget): Position | undefined;
  /** Findings the reading itself makes (a Kubernetes or Compose import's notes), reported like rule findings. */
  findings?: (Diagnostic & Partial<Position>)[];
}

/**
 * Turns one kind of file into a design. Kubernetes YAML and Compose loaders (from the import work)
 * join `INPUT_LOADERS` below; the first that accepts a file reads it. A loader throws CliError when the
 * file cannot be read as what it claims to be.
 */
export interface InputLoader {
  name: string;
  accepts(file: string, text: string): boolean;
  load(file: string, text: string): CheckInput;
}

/** Podwright design files (`.podwright.json`, or any JSON object with `"format": "podwright/…"`). */
export const designLoader: InputLoader = {
  name: 'design',
  accepts: (file, text) => /\.json$/i.test(file) || text.trimStart().startsWith('{'),
  load(file, text) {
    const parsed = parseDesignFile(file, text);
    const positions = idPositions(text);
    return {
      design: parsed.design,
      notes: parsed.warnings.map((w) => ({ message: w.message, line: w.line, column: w.column })),
      locate: (target) => (target.kind === 'design' ? { line: 1, column: 1 } : positions.get(target.id)),
    };
  },
};

export const INPUT_LOADERS: InputLoader[] = [designLoader, manifestLoader];

export function loadInput(file: string, text: string): CheckInput {
  const loader = INPUT_LOADERS.find((l) => l.accepts(file, text));
  if (!loader) {
    throw new CliError(`${file}: not a Podwright design, a Kubernetes manifest or a Compose file`);
  }
  return loader.load(file, text);
}

/**
 * Where each entity's `"id": "…"` stands in a design's JSON text, so a finding can point at its entity.
 * One linear scan; a connection's `"to": {"id": …}` is a reference, not the entity, and is skipped.
 */
export function idPositions(text: string): Map<string, Position> {
  const found = new Map<string, Position>();
  const pattern = /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    for (; scanned < match.index; scanned++) {
      if (text.charCodeAt(scanned) === 10) {
        line++;
        lineStart = scanned + 1;
      }
    }
    if (isReference(text, match.index)) continue;
    let id: string;
    try {
      id = JSON.parse(`"${match[1]}"`) as string;
    } catch {
      continue;
    }
    if (!found.has(id)) found.set(id, { line, column: match.index - lineStart + 1 });
  }
  return found;
}

/** Whether the object holding the key at `offset` is the value of a `"to"` key. */
function isReference(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (text[i] !== '{') return false;
  i--;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (text[i] !== ':') return false;
  i--;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text.slice(Math.max(0, i - 3), i + 1) === '"to"';
}

/** One finding of one file, as the outputs print it. */
export interface FileDiagnostic extends Diagnostic {
  file: string;
  line?: number;
  column?: number;
}

function loadBaseline(file: string, io: CliIo): ContractBaseline {
  return makeBaseline(parseDesignFile(file, io.readFile(file), '--baseline').design);
}

export function formatText(diagnostics: readonly FileDiagnostic[]): string {
  return diagnostics
    .map((d) => `${d.file}:${d.line ?? 1}:${d.column ?? 1} ${d.severity} ${d.rule} ${d.message}\n`)
    .join('');
}

export function formatJson(diagnostics: readonly FileDiagnostic[]): string {
  const out = diagnostics.map((d) => ({
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    target: { kind: d.target.kind, name: d.target.name },
    file: d.file,
    ...(d.line !== undefined ? { line: d.line, column: d.column ?? 1 } : {}),
  }));
  return `${JSON.stringify({ diagnostics: out }, null, 2)}\n`;
}

function summary(diagnostics: readonly FileDiagnostic[], files: number): string {
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  const parts = (['error', 'warning', 'info'] as const)
    .map((s) => [count(s), s] as const)
    .filter(([n]) => n > 0)
    .map(([n, s]) => `${n} ${s === 'info' ? 'info' : n === 1 ? s : `${s}s`}`);
  return `${diagnostics.length} ${diagnostics.length === 1 ? 'finding' : 'findings'} (${parts.join(', ')}) in ${files} ${files === 1 ? 'file' : 'files'}\n`;
}

export const checkCommand: Command = {
  summary: 'check designs against the pattern, documentation and contract rules',
  run(argv, io) {
    const { positional, options } = parseArgs(argv, SPEC);
    if (positional.length === 0) throw new CliError(`expected at least one file; usage: ${USAGE}`);
    const format = options.format ?? 'text';
    const failOn = (options['fail-on'] ?? 'error') as Severity | 'never';
    const baseline = options.baseline !== undefined ? loadBaseline(options.baseline, io) : undefined;

    const diagnostics: FileDiagnostic[] = [];
    for (const file of positional) {
      const input = loadInput(file, io.readFile(file));
      for (const note of input.notes) io.stderr(`${where(file, note)}: note: ${note.message}\n`);
      for (const finding of input.findings ?? []) diagnostics.push({ ...finding, file });
      for (const d of runRules(input.design, baseline ? { baseline } : {})) {
        const at = input.locate(d.target);
        diagnostics.push({ ...d, file, ...(at ? { line: at.line, column: at.column } : {}) });
      }
    }

    if (format === 'json') io.stdout(formatJson(diagnostics));
    else if (format === 'sarif') io.stdout(toSarif(diagnostics));
    else {
      io.stdout(formatText(diagnostics));
      if (diagnostics.length > 0) io.stderr(summary(diagnostics, positional.length));
    }
    const failing = failOn !== 'never' && diagnostics.some((d) => atOrAbove(d.severity, failOn));
    return failing ? 1 : 0;
  },
};
