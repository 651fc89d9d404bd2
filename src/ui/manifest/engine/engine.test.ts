import { describe, expect, it } from 'vitest';
import { sampleDesign, type Design } from '../../../core';
import { exportKubernetes } from '../../../core/export';
import { applyTextEdits } from '../text-edits';
import { createExportEngine } from './engine';
import type { ExportResponse } from './protocol';

function engineWithLog() {
  const log: ExportResponse[] = [];
  return { engine: createExportEngine((response) => log.push(response)), log };
}

const exported = (log: ExportResponse[], id: number) =>
  log.find((r): r is Extract<ExportResponse, { type: 'exported' }> => r.type === 'exported' && r.id === id)!;

describe('the export engine', () => {
  it('sends the whole text first, then the edits from the text the model holds', () => {
    const { engine, log } = engineWithLog();
    const first = sampleDesign();
    const second: Design = { ...first, pods: first.pods.map((p) => ({ ...p, replicas: 5 })) };

    engine.handle({ id: 1, format: 'k8s', design: first, base: 0 });
    engine.handle({ id: 2, format: 'k8s', design: second, base: 1 });

    const one = exported(log, 1);
    const two = exported(log, 2);
    expect(one.text).toBe(exportKubernetes(first).text);
    expect(one.edits).toBeUndefined();
    expect(two.text).toBeUndefined();
    expect(two.edits).toHaveLength(1);
    expect(applyTextEdits(one.text!, two.edits!)).toBe(exportKubernetes(second).text);
    expect(two).toMatchObject({ length: exportKubernetes(second).text.length, notes: expect.any(Array) });
    expect(two.ranges.some((r) => r.id === 'pod-shop')).toBe(true);
  });

  it('sends the whole text again when the model holds another text than its last', () => {
    const { engine, log } = engineWithLog();
    engine.handle({ id: 1, format: 'compose', design: sampleDesign(), base: 0 });
    engine.handle({ id: 2, format: 'compose', design: sampleDesign(), base: 0 });
    expect(exported(log, 2).text).toMatch(/^# legacy-shop: Compose file/);
  });

  it('reports a failing export instead of throwing', () => {
    const { engine, log } = engineWithLog();
    engine.handle({ id: 7, format: 'k8s', design: { name: 'broken' } as unknown as Design, base: 0 });
    expect(log).toEqual([expect.objectContaining({ type: 'failed', id: 7, format: 'k8s' })]);
  });

  it('follows a Kubernetes export with its schema check', async () => {
    const { engine, log } = engineWithLog();
    engine.handle({ id: 3, format: 'k8s', design: sampleDesign(), base: 0 });
    await expect
      .poll(() => log.find((r) => r.type === 'schema'))
      .toEqual({
        type: 'schema',
        id: 3,
        format: 'k8s',
        problems: [],
      });
  });
});
