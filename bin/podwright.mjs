#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so a checkout works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
const { run } = await import(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)));
const { nodeIo } = await import(fileURLToPath(new URL('../src/cli/io.ts', import.meta.url)));
process.exitCode = await run(process.argv.slice(2), nodeIo());
