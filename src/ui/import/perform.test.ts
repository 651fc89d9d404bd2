import { describe, expect, it } from 'vitest';
import { sampleDesign, type Design, type ElkGraphNode } from '../../core';
import { createPodwrightStore } from '../../store';
import { mergeOffset, performImport, type LayoutRunner } from './perform';

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata: {name: shop}
spec:
  selector: {matchLabels: {app: shop}}
  template:
    metadata: {labels: {app: shop}}
    spec:
      containers: [{name: web, image: "nginx:1.27", ports: [{name: http, containerPort: 80}]}]
---
apiVersion: v1
kind: Service
metadata: {name: shop}
spec: {selector: {app: shop}, ports: [{port: 80, targetPort: http}]}
`;

/** A layout engine that puts every top-level node in one row, 400 px apart. */
const rowLayout: LayoutRunner = async (design, apply) => {
  const ids = [...design.pods, ...design.services, ...design.externals].map((e) => e.id);
  const result: ElkGraphNode = { id: 'root', children: ids.map((id, i) => ({ id, x: i * 400, y: 0 })) };
  return apply(result);
};
const failingLayout: LayoutRunner = async () => {
  throw new Error('engine down');
};

function store() {
  return createPodwrightStore({ storage: null, initialDesign: sampleDesign() });
}

describe('performImport', () => {
  it('replaces the design as one undo step and says what came in', async () => {
    const s = store();
    const outcome = await performImport(s, [{ name: 'shop.yaml', text: MANIFEST }], 'new', rowLayout);
    expect(outcome).toMatchObject({ ok: true, message: expect.stringMatching(/^Imported 1 pod, 1 service/) });
    const design = s.getState().design;
    expect(design.pods.map((p) => p.name)).toEqual(['shop']);
    expect(design.layout[design.services[0]!.id]).toEqual({ x: 400, y: 0 });
    expect(s.getState().history.past).toHaveLength(1);
    s.getState().undo();
    expect(s.getState().design).toEqual(sampleDesign());
  });

  it('merges beside the current design, renaming clashes, as one undo step', async () => {
    const s = store();
    const before = s.getState().design;
    const outcome = await performImport(s, [{ name: 'shop.yaml', text: MANIFEST }], 'merge', rowLayout);
    expect(outcome).toMatchObject({ ok: true, message: expect.stringMatching(/^Merged .* 2 names changed/) });
    const design = s.getState().design;
    expect(design.pods.map((p) => p.name)).toEqual(['shop', 'shop-2']);
    expect(design.pods[0]).toEqual(before.pods[0]);
    expect(s.getState().history.past).toHaveLength(1);
    const incoming = [design.pods[1]!.id, ...design.services.slice(before.services.length).map((x) => x.id)];
    expect(outcome).toMatchObject({ added: expect.arrayContaining(incoming) });
    expect(s.getState().selection).toEqual(outcome.ok ? outcome.added : []);
  });

  it('changes nothing on an import error, and says where', async () => {
    const s = store();
    const before = s.getState().design;
    const outcome = await performImport(s, [{ name: 'bad.yaml', text: 'kind: [\n' }], 'new', rowLayout);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/bad\.yaml:\d+:\d+/) });
    expect(s.getState().design).toBe(before);
    expect(s.getState().history.past).toHaveLength(0);
    expect(s.getState().notices.at(-1)).toMatchObject({ kind: 'error' });
  });

  it('still imports when the layout fails, and says so', async () => {
    const s = store();
    const outcome = await performImport(s, [{ name: 'shop.yaml', text: MANIFEST }], 'new', failingLayout);
    expect(outcome.ok).toBe(true);
    expect(s.getState().notices.map((n) => n.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Automatic layout failed \(engine down\)/)]),
    );
  });
});

describe('mergeOffset', () => {
  const at = (x: number, y: number): Design => ({
    ...sampleDesign(),
    layout: Object.fromEntries(
      [...sampleDesign().pods, ...sampleDesign().services, ...sampleDesign().externals].map((e) => [
        e.id,
        { x, y },
      ]),
    ),
  });
  it('moves the import right of everything there, top-aligned', () => {
    const offset = mergeOffset(at(100, 50), at(0, 0));
    expect(offset.y).toBe(50);
    expect(offset.x).toBeGreaterThan(100);
  });
  it('leaves the import where it is when the design is empty', () => {
    expect(mergeOffset({ ...sampleDesign(), pods: [], services: [], externals: [] }, at(0, 0))).toEqual({
      x: 0,
      y: 0,
    });
  });
});
