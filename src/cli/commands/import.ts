/**
 * `podwright import FILE... [-o design.json] [--name NAME]`: Kubernetes YAML (one or many documents
 * per file) and Compose files, detected per file, as one design on stdout or in a file. Every import
 * note goes to stderr as `file:line:col severity code message`. Exit 0 when a design was written,
 * 2 on bad usage or when the input cannot be imported (nothing is written then).
 */
import { importManifests, type ImportNote } from '../../core/import';
import { sequentialIds, setIdSource } from '../../core/model/ids';
import { entityKind, entityName } from '../../core/model/queries';
import type { Design } from '../../core/model/types';
import type { Diagnostic } from '../../core/rules';
import { serializeDesign } from '../../core/model/parse';
import { CliError, parseArgs, type CliIo } from '../io';
import type { CheckInput, InputLoader } from './check';
import type { Command } from './index';

const USAGE = 'podwright import FILE... [-o design.json] [--name NAME]';

const SPEC = {
  output: { alias: 'o' },
  name: {},
} as const;

export function formatNote(note: ImportNote): string {
  return `${note.file}:${note.line}:${note.column} ${note.severity} ${note.code} ${note.message}\n`;
}

export const importCommand: Command = {
  summary: 'read Kubernetes YAML or Compose files into a design',
  run(argv, io: CliIo) {
    const { positional, options } = parseArgs(argv, SPEC);
    if (positional.length === 0) throw new CliError(`expected at least one file; usage: ${USAGE}`);
    const files = positional.map((name) => ({ name, text: io.readFile(name) }));
    // The same input gives the same file: ids the input does not restore are numbered, not random.
    const restore = setIdSource(sequentialIds());
    let result;
    try {
      result = importManifests(files, options.name ? { name: options.name } : {});
    } finally {
      restore();
    }
    if (!result.ok) {
      for (const note of result.errors) io.stderr(formatNote(note));
      const errors = result.errors.filter((n) => n.severity === 'error').length;
      throw new CliError(`${errors} ${errors === 1 ? 'error' : 'errors'}; no design was written`);
    }
    for (const note of result.notes) io.stderr(formatNote(note));
    const text = serializeDesign(result.design);
    if (options.output) io.writeFile(options.output, text);
    else io.stdout(text);
    return 0;
  },
};

/** An import note as a check finding: rule `import/<code>`, about the entity it names or the design. */
function noteFinding(design: Design, note: ImportNote): Diagnostic & { line: number; column: number } {
  const kind = note.entityId ? entityKind(design, note.entityId) : undefined;
  const target =
    kind && note.entityId
      ? { kind, id: note.entityId, name: entityName(design, note.entityId) ?? note.entityId }
      : { kind: 'design' as const, id: '', name: design.name };
  return {
    rule: `import/${note.code}`,
    severity: note.severity,
    message: note.message,
    target,
    line: note.line,
    column: note.column,
  };
}

/**
 * `podwright check` reads Kubernetes YAML and Compose files through the import: the design it gives is
 * checked, and its notes are findings of their own. A file that cannot be imported is unreadable input.
 */
export const manifestLoader: InputLoader = {
  name: 'manifests',
  accepts: () => true,
  load(file, text): CheckInput {
    const result = importManifests([{ name: file, text }], { positions: true });
    if (!result.ok) {
      const [first] = result.errors.filter((n) => n.severity === 'error');
      const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more notes)` : '';
      throw new CliError(
        first
          ? `${first.file}:${first.line}:${first.column}: ${first.message}${more}`
          : `${file}: cannot be imported`,
      );
    }
    const { design } = result;
    const positions = result.positions ?? {};
    return {
      design,
      notes: [],
      findings: result.notes.map((note) => noteFinding(design, note)),
      locate: (target) => (Object.hasOwn(positions, target.id) ? positions[target.id] : undefined),
    };
  },
};
