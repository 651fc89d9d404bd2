/**
 * `podwright new --template <id> [-o FILE] [--name NAME]`: a design file from the pattern library,
 * on stdout or in FILE. `--name` renames the design (a DNS-1123 label).
 */
import { dnsLabelProblem } from '../../core/model/names';
import { serializeDesign } from '../../core/model/parse';
import { findTemplate, TEMPLATES } from '../../core/templates';
import { CliError, parseArgs } from '../io';
import type { Command } from './index';

const USAGE = 'podwright new --template <id> [-o FILE] [--name NAME]';
const SPEC = { template: { alias: 't' }, output: { alias: 'o' }, name: {} } as const;

export const newCommand: Command = {
  summary: 'write a new design file from a template',
  run(argv, io) {
    const { positional, options } = parseArgs(argv, SPEC);
    if (positional.length > 0) throw new CliError(`unexpected argument "${positional[0]}"; usage: ${USAGE}`);
    const id = options.template;
    if (!id) throw new CliError(`--template is required; usage: ${USAGE} (podwright templates lists them)`);
    const template = findTemplate(id);
    if (!template) {
      throw new CliError(`unknown template "${id}"; one of: ${TEMPLATES.map((t) => t.id).join(', ')}`);
    }
    let design = template.design();
    if (options.name !== undefined) {
      const problem = dnsLabelProblem(options.name);
      if (problem) throw new CliError(`--name: ${problem}`);
      design = { ...design, name: options.name };
    }
    const text = serializeDesign(design);
    if (options.output) io.writeFile(options.output, text);
    else io.stdout(text);
    return 0;
  },
};
