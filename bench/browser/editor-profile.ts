/**
 * Where the main thread's time goes between a design change and its text in the editor, at 200 pods:
 * a CPU profile (Chromium, through CDP) of 30 of the latency bench's changes, summed by function (self time), top 30 printed.
 * A tool for finding the next cost, not a benchmark:
 * `E2E_DIST=dist-x E2E_PORT=4300 npx tsx bench/browser/editor-profile.ts` (without E2E_DIST it builds).
 */
import { generateDesign } from '../generate-design';
import { applyUntilPainted, replaceDesignIn, withAppPage } from './app-in-chromium';
import { benchChange } from './editor-latency';

await withAppPage(async (page) => {
  await page.locator('.monaco-editor .view-lines').waitFor();
  const design = generateDesign({ pods: 200 });
  await replaceDesignIn(page, design);
  await page.waitForTimeout(3000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 30; i++) {
    await applyUntilPainted(page, benchChange(design, i));
    await page.waitForTimeout(50);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: {
      nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  if (process.env.PROFILE_FILE)
    (await import('node:fs')).writeFileSync(process.env.PROFILE_FILE, JSON.stringify(profile));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`main thread, 30 changes: ${total.toFixed(0)} ms sampled`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
});
