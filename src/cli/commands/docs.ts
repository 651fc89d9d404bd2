/**
 * `podwright docs <design.json> [-o FILE] [--format markdown|labels]`: the design's documentation.
 * `markdown` (the default): overview, Mermaid diagram, a section per pod and container, services,
 * externals, connections and the open findings. `labels`: per container, the Dockerfile LABEL
 * instruction with the OCI annotations that carry its documentation into its image.
 */
import { containerLabels, exportMarkdown } from '../../core/export/docs';
import { formatPath, parseDesign, type ParseIssue } from '../../core/model/parse';
import type { Design } from '../../core/model/types';
import { CliError, parseArgs } from '../io';
import type { Command } from './index';

const USAGE = 'podwright docs <design.json> [-o FILE] [--format markdown|labels]';
const SPEC = { output: { alias: 'o' }, format: { values: ['markdown', 'labels'] as const } } as const;

function where(file: string, issue: ParseIssue): string {
  if (issue.line !== undefined) return `${file}:${issue.line}:${issue.column ?? 1}`;
  return issue.path.length > 0 ? `${file} (${formatPath(issue.path)})` : file;
}

function labelsText(design: Design): string {
  const blocks = design.pods.flatMap((pod) =>
    pod.containers.map((container) => {
      const labels = containerLabels(design, container.id)!;
      return `# ${pod.name}/${container.name} (${container.image})\n${labels.dockerfile}`;
    }),
  );
  return blocks.join('\n');
}

export const docsCommand: Command = {
  summary: 'write a design’s documentation as Markdown (or its containers’ OCI labels)',
  run(argv, io) {
    const { positional, options } = parseArgs(argv, SPEC);
    if (positional.length !== 1) throw new CliError(`expected one design file; usage: ${USAGE}`);
    const file = positional[0]!;
    const parsed = parseDesign(io.readFile(file));
    if (!parsed.ok) {
      const [first] = parsed.errors;
      const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : '';
      throw new CliError(
        first ? `${where(file, first)}: ${first.message}${more}` : `${file} is not a valid design`,
      );
    }
    for (const warning of parsed.warnings) io.stderr(`${where(file, warning)}: ${warning.message}\n`);
    const text = options.format === 'labels' ? labelsText(parsed.design) : exportMarkdown(parsed.design);
    if (options.output) io.writeFile(options.output, text);
    else io.stdout(text);
    return 0;
  },
};
