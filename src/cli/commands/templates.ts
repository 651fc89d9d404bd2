/**
 * `podwright templates [--format text|json]`: the pattern library, grouped by pattern family, with
 * each template's id (for `podwright new --template <id>`), title and summary.
 */
import { PATTERN_FAMILIES, TEMPLATES } from '../../core/templates';
import { CliError, parseArgs } from '../io';
import type { Command } from './index';

const SPEC = { format: { values: ['text', 'json'] as const } } as const;
const FAMILY_TITLES: Record<string, string> = {
  sidecar: 'Sidecar',
  ambassador: 'Ambassador',
  adapter: 'Adapter',
  microservices: 'Microservices',
  serving: 'Serving patterns',
};

export const templatesCommand: Command = {
  summary: 'list the pattern templates (podwright new --template <id> starts from one)',
  run(argv, io) {
    const { positional, options } = parseArgs(argv, SPEC);
    if (positional.length > 0)
      throw new CliError(
        `unexpected argument "${positional[0]}"; usage: podwright templates [--format text|json]`,
      );
    if (options.format === 'json') {
      const list = TEMPLATES.map((t) => ({
        id: t.id,
        title: t.title,
        family: t.family,
        summary: t.summary,
        source: t.explanation.source,
      }));
      io.stdout(`${JSON.stringify({ templates: list }, null, 2)}\n`);
      return 0;
    }
    const width = Math.max(...TEMPLATES.map((t) => t.id.length)) + 2;
    const lines: string[] = [];
    for (const family of PATTERN_FAMILIES) {
      const members = TEMPLATES.filter((t) => t.family === family);
      if (members.length === 0) continue;
      lines.push(FAMILY_TITLES[family] ?? family);
      for (const t of members) {
        lines.push(`  ${t.id.padEnd(width)}${t.title}`, `  ${' '.repeat(width)}${t.summary}`);
      }
      lines.push('');
    }
    lines.push('Start from one: podwright new --template <id> -o design.podwright.json');
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
