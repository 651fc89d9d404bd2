import { readFileSync, writeFileSync } from 'node:fs';

/** What a command may touch of the outside world; tests pass an in-memory one. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
}

/** A usage or input problem: reported as one line on stderr, exit code 2. */
export class CliError extends Error {}

/** Files larger than this are refused before parsing: no design is anywhere near it. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile(path) {
      let buffer: Buffer;
      try {
        buffer = readFileSync(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(`cannot read ${path}${code ? ` (${code})` : ''}`);
      }
      if (buffer.length > MAX_INPUT_BYTES) {
        throw new CliError(
          `${path} is ${buffer.length} bytes; files over ${MAX_INPUT_BYTES} bytes are refused`,
        );
      }
      return buffer.toString('utf8');
    },
    writeFile(path, text) {
      try {
        writeFileSync(path, text);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(`cannot write ${path}${code ? ` (${code})` : ''}`);
      }
    },
  };
}

/** Splits argv into positional arguments and `--flag value` / `-o value` options. */
export function parseArgs(
  argv: string[],
  spec: Record<string, { alias?: string; values?: readonly string[] }>,
): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  const byAlias = new Map(Object.entries(spec).flatMap(([name, s]) => (s.alias ? [[s.alias, name]] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const name = flag.startsWith('--') ? flag.slice(2) : byAlias.get(flag.slice(1));
    const option = name ? spec[name] : undefined;
    if (!name || !option) throw new CliError(`unknown option ${flag}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new CliError(`${flag} needs a value`);
    if (option.values && !option.values.includes(value)) {
      throw new CliError(`${flag} must be one of ${option.values.join(', ')}, not "${value}"`);
    }
    options[name] = value;
  }
  return { positional, options };
}
