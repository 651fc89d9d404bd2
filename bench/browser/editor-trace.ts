/**
 * Where a design change's frame time goes by kind of work (script, style, layout, paint, GC), at 200
 * pods: a Chromium trace of 30 changes, the renderer main thread's events summed by name. Events nest, so
 * the sums overlap (a FunctionCall contains its GC); read them as "how much of each", not as a total.
 * A tool, not a benchmark: `E2E_DIST=dist-x E2E_PORT=4300 npx tsx bench/browser/editor-trace.ts`.
 */
import { readFileSync } from 'node:fs';
import { generateDesign } from '../generate-design';
import { applyUntilPainted, replaceDesignIn, withAppPage } from './app-in-chromium';
import { benchChange } from './editor-latency';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

const TRACE = process.env.TRACE_FILE ?? '/tmp/podwright-editor-trace.json';

await withAppPage(async (page) => {
  await page.locator('.monaco-editor .view-lines').waitFor();
  const design = generateDesign({ pods: 200 });
  await replaceDesignIn(page, design);
  await page.waitForTimeout(3000);
  // An experiment's page script, as in editor-latency.ts: e.g. hide the canvas to see what it costs.
  if (process.env.PODWRIGHT_BENCH_SCRIPT) await page.evaluate(process.env.PODWRIGHT_BENCH_SCRIPT);
  const browser = page.context().browser()!;
  await browser.startTracing(page, { path: TRACE, categories: ['devtools.timeline', 'v8', 'blink'] });
  for (let i = 0; i < 30; i++) {
    await applyUntilPainted(page, benchChange(design, i));
    await page.waitForTimeout(50);
  }
  await browser.stopTracing();
});

const events = (JSON.parse(readFileSync(TRACE, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const sums = new Map<string, { ms: number; count: number }>();
for (const e of events) {
  if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
  const sum = sums.get(e.name) ?? { ms: 0, count: 0 };
  sum.ms += e.dur / 1000;
  sum.count += 1;
  sums.set(e.name, sum);
}
console.log('renderer main thread, 30 changes (nested events overlap):');
for (const [name, { ms, count }] of [...sums].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30))
  console.log(`${ms.toFixed(1).padStart(9)} ms ${String(count).padStart(6)}x  ${name}`);
