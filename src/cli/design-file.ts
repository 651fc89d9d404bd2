import { formatPath, parseDesign, type ParseIssue } from '../core/model/parse';
import type { Design } from '../core/model/types';
import { CliError, type CliIo } from './io';

/** Where an issue stands: `file:line:col`, or `file (pods[0].name)` when it has no position. */
export function where(file: string, issue: Pick<Partial<ParseIssue>, 'line' | 'column' | 'path'>): string {
  if (issue.line !== undefined) return `${file}:${issue.line}:${issue.column ?? 1}`;
  return issue.path && issue.path.length > 0 ? `${file} (${formatPath(issue.path)})` : file;
}

/**
 * The design in `text`, with what reading it noticed; a text that is not a valid design becomes one
 * located CliError (exit 2), the same line for every command that takes a design. `role` names the
 * file in that line when it is not the command's main input (`--baseline`).
 */
export function parseDesignFile(
  file: string,
  text: string,
  role = '',
): { design: Design; warnings: ParseIssue[] } {
  const parsed = parseDesign(text);
  if (parsed.ok) return parsed;
  const [first] = parsed.errors;
  const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
  const prefix = role ? `${role} ` : '';
  throw new CliError(
    first
      ? `${prefix}${where(file, first)}: ${first.message}${more}`
      : `${prefix}${file} is not a valid design`,
  );
}

/** Reads a design file for a command; its warnings go to stderr. */
export function readDesignFile(io: CliIo, file: string): Design {
  const { design, warnings } = parseDesignFile(file, io.readFile(file));
  for (const warning of warnings) io.stderr(`${where(file, warning)}: ${warning.message}\n`);
  return design;
}
