import { formatPath, parseDesign, type ParseIssue } from '../core/model/parse';
import type { Design } from '../core/model/types';
import { CliError, type CliIo } from './io';

/** `file:line:col`, or `file (pods[0].name)` when the issue has no position. */
export function where(file: string, issue: ParseIssue): string {
  if (issue.line !== undefined) return `${file}:${issue.line}:${issue.column ?? 1}`;
  return issue.path.length > 0 ? `${file} (${formatPath(issue.path)})` : file;
}

/**
 * Reads a design file for a command: its warnings go to stderr; a file that is not a valid design
 * becomes one located line (exit 2), shared by every command that takes a design.
 */
export function readDesignFile(io: CliIo, file: string): Design {
  const parsed = parseDesign(io.readFile(file));
  if (!parsed.ok) {
    const [first] = parsed.errors;
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
    throw new CliError(
      first ? `${where(file, first)}: ${first.message}${more}` : `${file} is not a valid design`,
    );
  }
  for (const warning of parsed.warnings) io.stderr(`${where(file, warning)}: ${warning.message}\n`);
  return parsed.design;
}
