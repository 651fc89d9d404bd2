/**
 * The layout as a person sees it, with the real engine (elkjs runs in Node here as in the worker):
 * no two top-level nodes overlap, every container sits inside its pod below the header, and pods are
 * wide enough for their names.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importManifests, layoutGraph, withElkLayout, type Design, type ElkGraphNode } from '../../core';
import { geometryOf, overlaps, topLevelRects } from '../../core/geometry';
import { CANVAS_LAYOUT_SIZES, podHeaderWidth } from './sizes';

const RELEASE = join(
  import.meta.dirname,
  '../../../../shared/corpus/microservices-demo/release/kubernetes-manifests.yaml',
);

const SHOP = `apiVersion: apps/v1
kind: Deployment
metadata: {name: frontend-with-a-long-name}
spec:
  selector: {matchLabels: {app: f}}
  template:
    metadata: {labels: {app: f}}
    spec:
      containers:
        - {name: app, image: "example/f:1", ports: [{name: http, containerPort: 8080}], env: [{name: CART_ADDR, value: "cart:7070"}]}
        - {name: proxy, image: "envoyproxy/envoy:v1.31", ports: [{name: admin, containerPort: 9901}]}
---
apiVersion: v1
kind: Service
metadata: {name: frontend}
spec: {selector: {app: f}, ports: [{port: 80, targetPort: http}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: cart}
spec:
  selector: {matchLabels: {app: cart}}
  template:
    metadata: {labels: {app: cart}}
    spec:
      containers: [{name: cart, image: "example/cart:1", ports: [{name: grpc, containerPort: 7070}], env: [{name: REDIS, value: "redis.example.com:6379"}]}]
---
apiVersion: v1
kind: Service
metadata: {name: cart}
spec: {selector: {app: cart}, ports: [{port: 7070, targetPort: grpc}]}
`;

async function laidOut(name: string, text: string): Promise<Design> {
  const result = importManifests([{ name, text }]);
  if (!result.ok) throw new Error(result.errors[0]?.message);
  const graph = layoutGraph(result.design, CANVAS_LAYOUT_SIZES);
  const answer = (await new ELK().layout(graph as ElkNode)) as ElkGraphNode;
  return withElkLayout(result.design, answer, CANVAS_LAYOUT_SIZES);
}

function problems(design: Design): string[] {
  const found: string[] = [];
  const rects = topLevelRects(design);
  rects.forEach((a, i) =>
    rects.slice(i + 1).forEach((b) => {
      if (overlaps(a, b)) found.push(`overlap at ${a.x},${a.y} and ${b.x},${b.y}`);
    }),
  );
  const geometry = geometryOf(design);
  for (const pod of design.pods) {
    const box = geometry.rects.get(pod.id)!;
    if (box.width < podHeaderWidth(pod) - 1) found.push(`${pod.name} is too narrow for its name`);
    for (const container of pod.containers) {
      const c = geometry.rects.get(container.id)!;
      const inside =
        c.x >= box.x &&
        c.y >= box.y + CANVAS_LAYOUT_SIZES.podHeader - 1 &&
        c.x + c.width <= box.x + box.width;
      if (!inside || c.y + c.height > box.y + box.height)
        found.push(`${container.name} sticks out of ${pod.name}`);
    }
  }
  return found;
}

describe('automatic layout', () => {
  it('lays out a small shop without overlaps, containers inside their pods', async () => {
    const design = await laidOut('shop.yaml', SHOP);
    expect(Object.keys(design.layout)).toHaveLength(layoutIds(design));
    expect(problems(design)).toEqual([]);
  });

  it('puts externals right of the pods that call them', async () => {
    const design = await laidOut('shop.yaml', SHOP);
    const external = design.externals[0]!;
    const rects = geometryOf(design).rects;
    const rightmostPod = Math.max(...design.pods.map((p) => rects.get(p.id)!.x));
    expect(rects.get(external.id)!.x).toBeGreaterThan(rightmostPod);
  });

  it.skipIf(!existsSync(RELEASE))(
    "lays out microservices-demo's release manifest without overlaps",
    async () => {
      const design = await laidOut('kubernetes-manifests.yaml', readFileSync(RELEASE, 'utf8'));
      expect(design.pods.length).toBeGreaterThan(10);
      expect(problems(design)).toEqual([]);
    },
  );
});

function layoutIds(design: Design): number {
  return (
    design.pods.reduce((n, p) => n + 1 + p.containers.length, 0) +
    design.services.length +
    design.externals.length
  );
}
