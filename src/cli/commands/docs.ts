/**
 * `podwright docs <design.json> [-o FILE] [--format markdown|labels]`: the design's documentation.
 * `markdown` (the default): overview, Mermaid diagram, a section per pod and container, services,
 * externals, connections and the open findings. `labels`: per container, the Dockerfile LABEL
 * instruction with the OCI annotations that carry its documentation into its image.
 */
import { containerLabels, exportMarkdown } from '../../core/export/docs';
import { readDesignFile } from '../design-file';
import type { Design } from '../../core/model/types';
import { CliError, parseArgs } from '../io';
import type { Command } from './index';

const USAGE = 'podwright docs <design.json> [-o FILE] [--format markdown|labels]';
const SPEC = { output: { alias: 'o' }, format: { values: ['markdown', 'labels'] as const } } as const;

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
    const design = readDesignFile(io, file);
    const text = options.format === 'labels' ? labelsText(design) : exportMarkdown(design);
    if (options.output) io.writeFile(options.output, text);
    else io.stdout(text);
    return 0;
  },
};
