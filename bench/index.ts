/**
 * `npm run bench [-- name...]`: runs the registered benches (all, or those named) and prints a table.
 * Register a bench by adding it to BENCHES.
 */
import { exportBench } from './export';
import { formatTable, type Bench, type BenchRow } from './harness';
import { importBench } from './import';
import { layoutBench } from './layout';
import { rulesBench } from './rules';

const BENCHES: Bench[] = [exportBench, importBench, rulesBench, layoutBench];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !BENCHES.some((b) => b.name === name));
  if (unknown.length > 0) {
    console.error(`unknown bench ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const selected = wanted.length > 0 ? BENCHES.filter((b) => wanted.includes(b.name)) : BENCHES;
  const rows: (BenchRow & { bench: string })[] = [];
  for (const bench of selected) {
    console.log(`running ${bench.name}: ${bench.description}`);
    for (const row of await bench.run()) rows.push({ ...row, bench: bench.name });
  }
  console.log(`\n${formatTable(rows)}`);
}

await main();
