import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findContainer,
  findService,
  integrityIssues,
  sampleDesign,
  sequentialIds,
  setIdSource,
  tryApplyChanges,
  type Design,
} from '../../../core';
import { dropTargetPod, planDrop, type DropRequest } from './drop';
import { geometryOf } from '../../../core/geometry';
import { twoPodDesign } from '../../../core/testing/layout-designs';

let restoreIds: () => void;
beforeEach(() => {
  restoreIds = setIdSource(sequentialIds());
});
afterEach(() => restoreIds());

function drop(design: Design, request: Partial<DropRequest> & Pick<DropRequest, 'kind'>) {
  const plan = planDrop(design, { point: { x: 2000, y: 2000 }, grid: 10, ...request });
  const result = tryApplyChanges(design, plan.changes);
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  expect(integrityIssues(result.design)).toEqual([]);
  return { plan, design: result.design };
}

describe('dropping palette items', () => {
  it('gives a container dropped on empty canvas a new pod around it, under the pointer', () => {
    const { plan, design } = drop(sampleDesign(), { kind: 'app', point: { x: 1000, y: 600 } });
    const ref = findContainer(design, plan.select)!;
    expect(ref.container).toMatchObject({
      name: 'app-2',
      role: 'app',
      ports: [{ name: 'http', port: 8080 }],
    });
    expect(ref.pod.name).toBe('app-2');
    const rect = geometryOf(design).rects.get(plan.select)!;
    expect(rect.x).toBeLessThanOrEqual(1000);
    expect(rect.x + rect.width).toBeGreaterThanOrEqual(1000);
    expect(rect.y).toBeLessThanOrEqual(600);
    expect(rect.y + rect.height).toBeGreaterThanOrEqual(600);
  });

  it.each([
    { role: 'sidecar', port: { name: 'https', port: 8443, scope: 'pod' } },
    { role: 'ambassador', port: { name: 'proxy', port: 9000, scope: 'localhost' } },
    { role: 'adapter', port: { name: 'metrics', port: 9100, contract: { protocol: 'prometheus' } } },
  ] as const)('gives a $role its usual port', ({ role, port }) => {
    const { plan, design } = drop(sampleDesign(), { kind: role });
    expect(findContainer(design, plan.select)!.container.ports).toMatchObject([port]);
  });

  it('gives an init container no port', () => {
    const { plan, design } = drop(sampleDesign(), { kind: 'init' });
    expect(findContainer(design, plan.select)!.container.ports).toEqual([]);
  });

  it('puts a container dropped on a pod into it, with unique port names and numbers, and grows the pod', () => {
    const start = sampleDesign();
    // Dropped on the right edge of the shop pod: the pod must grow to hold it.
    const { plan, design } = drop(start, { kind: 'sidecar', point: { x: 530, y: 200 } });
    const ref = findContainer(design, plan.select)!;
    expect(ref.pod.id).toBe('pod-shop');
    expect(ref.container).toMatchObject({ name: 'sidecar', ports: [{ name: 'https-2', port: 8444 }] });
    const pod = geometryOf(design).rects.get('pod-shop')!;
    const child = geometryOf(design).rects.get(plan.select)!;
    expect(pod.x + pod.width).toBeGreaterThanOrEqual(child.x + child.width);
    // It does not cover the containers already there.
    const app = geometryOf(design).rects.get('ctr-shop-app')!;
    expect(child.x >= app.x + app.width || child.x + child.width <= app.x).toBe(true);
  });

  it('puts a container dropped on a Service into the pod that Service selects', () => {
    const { plan, design } = drop(sampleDesign(), { kind: 'adapter', point: { x: -150, y: 170 } });
    expect(findContainer(design, plan.select)!.pod.id).toBe('pod-shop');
  });

  it('puts a container dropped on a Service that selects nothing into a new pod the Service selects', () => {
    const { plan, design } = drop(twoPodDesign(), { kind: 'app', point: { x: -150, y: 430 } });
    const ref = findContainer(design, plan.select)!;
    const service = findService(design, 'svc-loose')!;
    expect(service.pod).toBe(ref.pod.id);
    expect(service.ports).toMatchObject([{ name: 'http', port: 80, targetPort: 'http' }]);
    // The pod stands right of the Service, not on it.
    expect(geometryOf(design).rects.get(ref.pod.id)!.x).toBeGreaterThan(-220 + 190);
  });

  it.each([
    { kind: 'pod', check: (d: Design, id: string) => d.pods.find((p) => p.id === id)?.name === 'pod' },
    {
      kind: 'external',
      check: (d: Design, id: string) => d.externals.find((x) => x.id === id)?.name === 'external',
    },
    { kind: 'service', check: (d: Design, id: string) => findService(d, id)?.pod === '' },
  ] as const)('creates a $kind where it is dropped', ({ kind, check }) => {
    const { plan, design } = drop(sampleDesign(), { kind, point: { x: 1500, y: 900 } });
    expect(check(design, plan.select)).toBe(true);
  });

  it('makes a Service dropped on a pod select it, aimed at the pod-scoped port, left of the pod', () => {
    const { plan, design } = drop(sampleDesign(), { kind: 'service', point: { x: 300, y: 100 } });
    const service = findService(design, plan.select)!;
    expect(service).toMatchObject({
      name: 'service',
      pod: 'pod-shop',
      ports: [{ name: 'https', port: 443, targetPort: 'https' }],
    });
    const rect = geometryOf(design).rects.get(service.id)!;
    expect(rect.x + rect.width).toBeLessThan(80);
  });

  it('adds from the keyboard into the selected pod, or else into a new pod that covers nothing', () => {
    const start = sampleDesign();
    const intoPod = drop(start, { kind: 'app', point: { x: 300, y: 150 }, keyboard: { pod: 'pod-shop' } });
    expect(findContainer(intoPod.design, intoPod.plan.select)!.pod.id).toBe('pod-shop');

    const alone = drop(start, { kind: 'app', point: { x: 300, y: 150 }, keyboard: {} });
    const pod = findContainer(alone.design, alone.plan.select)!.pod;
    expect(pod.id).not.toBe('pod-shop');
    const { rects } = geometryOf(alone.design);
    const a = rects.get(pod.id)!;
    const b = rects.get('pod-shop')!;
    expect(
      a.x >= b.x + b.width || a.y >= b.y + b.height || a.x + a.width <= b.x || a.y + a.height <= b.y,
    ).toBe(true);
  });

  it('names repeated drops uniquely', () => {
    let design = sampleDesign();
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      const next = drop(design, { kind: 'external', point: { x: 1000 + i * 300, y: 900 } });
      design = next.design;
      names.push(design.externals.find((x) => x.id === next.plan.select)!.name);
    }
    expect(names).toEqual(['external', 'external-2', 'external-3']);
  });
});

describe('showing where a palette item would land', () => {
  it.each([
    { name: 'a container over a pod', kind: 'app', point: { x: 300, y: 100 }, expected: 'pod-shop' },
    {
      name: 'a container over a Service with a pod',
      kind: 'sidecar',
      point: { x: -150, y: 170 },
      expected: 'pod-shop',
    },
    { name: 'a Service over a pod', kind: 'service', point: { x: 300, y: 100 }, expected: 'pod-shop' },
    { name: 'a pod over a pod', kind: 'pod', point: { x: 300, y: 100 }, expected: undefined },
    { name: 'an external over a pod', kind: 'external', point: { x: 300, y: 100 }, expected: undefined },
    { name: 'a container over empty canvas', kind: 'app', point: { x: 3000, y: 100 }, expected: undefined },
  ] as const)('$name', ({ kind, point, expected }) => {
    expect(dropTargetPod(sampleDesign(), kind, point)).toBe(expected);
  });
});
