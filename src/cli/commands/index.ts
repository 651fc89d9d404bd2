import type { CliIo } from '../io';
import { checkCommand } from './check';
import { docsCommand } from './docs';
import { exportCommand } from './export';
import { importCommand } from './import';
import { newCommand } from './new';
import { templatesCommand } from './templates';

export interface Command {
  summary: string;
  run(argv: string[], io: CliIo): Promise<number> | number;
}

/** The registry of commands; each lives in its own file beside this one. */
export const commands: Record<string, Command> = {
  export: exportCommand,
  check: checkCommand,
  import: importCommand,
  templates: templatesCommand,
  new: newCommand,
  docs: docsCommand,
};
