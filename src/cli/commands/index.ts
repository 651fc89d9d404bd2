import type { CliIo } from '../io';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';

export interface Command {
  summary: string;
  run(argv: string[], io: CliIo): Promise<number> | number;
}

/** The registry of commands; each lives in its own file beside this one. */
export const commands: Record<string, Command> = {
  export: exportCommand,
  check: checkCommand,
  import: importCommand,
};
