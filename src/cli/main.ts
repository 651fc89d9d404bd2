/**
 * `podwright <command>`: a thin layer over src/core. Exit codes (DESIGN.md): 0 done, 1 findings at or
 * above --fail-on, 2 bad usage or unreadable input, with one clear line on stderr.
 */
import { commands } from './commands';
import { CliError, type CliIo } from './io';

const USAGE = `usage: podwright <command> [options]

commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`)
  .join('\n')}
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`podwright: unknown command "${name}"; run "podwright --help" for the list.\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`podwright ${name}: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`podwright ${name}: internal error: ${message}\n`);
    return 2;
  }
}
