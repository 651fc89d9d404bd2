/**
 * Tidy layout of 1,000 nested nodes (200 pods of 4 containers, with their 200 Services) in Chromium:
 * ELK runs in a worker, so the page must stay responsive and show its progress while it works. A
 * benchmark, not a test: it reports and never fails.
 *
 * In the page, a requestAnimationFrame loop records the gaps between frames. The bare baseline is the
 * same loop on the same page and design for the same length of time with nothing running; the figure is
 * the longest gap while ELK works against the longest gap at rest (a frozen main thread would show as
 * a gap as long as the layout itself). It also checks that the progress pill was on screen.
 *
 * Run alone: `npx tsx bench/browser/layout-responsiveness.ts` (see app-in-chromium.ts for its environment).
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Page } from '@playwright/test';
// Declares window.__podwright (the app's test hooks, on with ?test-hooks).
import type { PodwrightTestHooks } from '../../src/ui/dock/test-hooks';
import { generateDesign } from '../generate-design';
import type { Bench, BenchRow } from '../harness';
import { replaceDesignIn, withAppPage } from './app-in-chromium';

const PODS = 200;
/** The longest frame gap during layout may be at most this multiple of the longest gap at rest. */
const TARGET_RATIO = 3;

interface FrameGaps {
  /** Wall time of the window measured, in milliseconds. */
  elapsed: number;
  longestGap: number;
  /** When the longest gap ended, from the start of the window. */
  gapEndedAt: number;
  frames: number;
  /** Whether the layout progress pill was visible at some frame. */
  sawProgress: boolean;
}

/** Records frame gaps until `done` (a layout finishing) or for `forMs` milliseconds at rest. */
async function frameGaps(page: Page, mode: { tidy: true } | { forMs: number }): Promise<FrameGaps> {
  return page.evaluate(
    (m) =>
      new Promise<FrameGaps>((resolve, reject) => {
        // oxlint-disable-next-line no-underscore-dangle -- the hooks' agreed name
        const hooks = (window as Window & { __podwright?: PodwrightTestHooks }).__podwright!;
        const start = performance.now();
        let last = start;
        let longestGap = 0;
        let frames = 0;
        let sawProgress = false;
        let finished = false;
        let gapEndedAt = 0;
        const tick = (now: number) => {
          if (now - last > longestGap) gapEndedAt = now - start;
          longestGap = Math.max(longestGap, now - last);
          last = now;
          frames += 1;
          sawProgress ||= document.querySelector('.layout-progress') !== null;
          if (!finished) requestAnimationFrame(tick);
        };
        const finish = () => {
          finished = true;
          resolve({ elapsed: performance.now() - start, longestGap, gapEndedAt, frames, sawProgress });
        };
        requestAnimationFrame(tick);
        if ('forMs' in m) {
          setTimeout(finish, m.forMs);
          return;
        }
        const before = hooks.store.getState().design.layout;
        const unsubscribe = hooks.store.subscribe((state) => {
          if (state.design.layout === before) return;
          unsubscribe();
          clearTimeout(timeout);
          finish();
        });
        const timeout = setTimeout(
          () => reject(new Error('the layout did not finish within 120 s')),
          120_000,
        );
        const tidy = [...document.querySelectorAll<HTMLButtonElement>('button')].find(
          (b) => b.textContent?.trim() === 'Tidy layout',
        );
        if (!tidy) reject(new Error('no Tidy layout button'));
        tidy?.click();
      }),
    mode,
  );
}

export const layoutResponsivenessBench: Bench = {
  name: 'layout-responsiveness',
  description: `Tidy layout of ${PODS * 5} nested nodes in Chromium: frame gaps while ELK works vs at rest`,
  async run(): Promise<BenchRow[]> {
    return withAppPage(async (page) => {
      await page.getByRole('button', { name: 'Tidy layout' }).waitFor();
      const design = generateDesign({ pods: PODS });
      // The generated design has no layout, so every pod starts in the canvas's default rows.
      await replaceDesignIn(page, design);
      await page.waitForTimeout(2000);
      // The first layout also starts the worker and loads elkjs; the second is the one measured.
      await frameGaps(page, { tidy: true });
      await page.evaluate(() => {
        // oxlint-disable-next-line no-underscore-dangle
        const hooks = (window as Window & { __podwright?: PodwrightTestHooks }).__podwright!;
        hooks.store.getState().undo();
      });
      // Let the undo's re-render and re-export settle, so the window measures the layout alone.
      await page.waitForTimeout(5000);
      const busy = await frameGaps(page, { tidy: true });
      const rest = await frameGaps(page, { forMs: busy.elapsed });
      const ratio = busy.longestGap / Math.max(rest.longestGap, 1);
      return [
        {
          name: `frame gap at rest, same page, ${Math.round(rest.elapsed)} ms`,
          median: rest.longestGap,
          p95: rest.longestGap,
          runs: rest.frames,
        },
        {
          name: `Tidy layout, ${PODS * 5} nested nodes: wall time`,
          median: busy.elapsed,
          p95: busy.elapsed,
          runs: 1,
          note: busy.sawProgress ? 'progress shown' : 'PROGRESS NOT SEEN',
        },
        {
          name: '  longest frame gap while ELK works',
          median: busy.longestGap,
          p95: busy.longestGap,
          runs: busy.frames,
          note: `ended ${Math.round(busy.gapEndedAt)} ms in; ${ratio.toFixed(2)}x the gap at rest (target <= ${TARGET_RATIO}x); load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
          meetsTarget: ratio <= TARGET_RATIO && busy.sawProgress,
        },
      ];
    });
  },
};

if (process.argv[1]?.endsWith('layout-responsiveness.ts')) {
  for (const row of await layoutResponsivenessBench.run()) {
    const verdict =
      row.meetsTarget === undefined ? '' : row.meetsTarget ? '  meets target' : '  MISSES target';
    console.log(
      `${row.name}: ${row.median.toFixed(1)} ms (${row.runs} frames/runs; ${row.note ?? ''})${verdict}`,
    );
  }
}
