import { describe, expect, it } from 'vitest';
import { applyChange, sampleDesign } from '../../../core';
import { FlowEdgeMapper } from './flow-edges';
import { FlowNodeMapper } from './flow-nodes';
import { connectionLabel, selectorLabel } from './labels';

const none = new Set<string>();

describe('design to React Flow nodes', () => {
  it('lists each pod before its containers, then services and externals', () => {
    const nodes = new FlowNodeMapper().map(sampleDesign(), { selection: none });
    expect(nodes.map((n) => [n.id, n.type, n.parentId])).toEqual([
      ['pod-shop', 'pod', undefined],
      ['ctr-shop-app', 'container', 'pod-shop'],
      ['ctr-shop-tls', 'container', 'pod-shop'],
      ['svc-shop', 'service', undefined],
      ['ext-orders-db', 'external', undefined],
    ]);
    expect(nodes[2]).toMatchObject({
      position: { x: 20, y: 60 },
      width: 160,
      measured: { width: 160, height: 96 },
      ariaLabel: 'Sidecar container tls',
    });
    expect(nodes[0]).toMatchObject({ width: 460, height: 200, ariaLabel: 'Pod shop' });
  });

  it('keeps the identity of every node an edit does not touch', () => {
    const mapper = new FlowNodeMapper();
    const design = sampleDesign();
    const before = mapper.map(design, { selection: none });
    const renamed = applyChange(design, {
      type: 'updateContainer',
      id: 'ctr-shop-tls',
      patch: { name: 'tls2' },
    });
    const after = mapper.map(renamed, { selection: none });
    const changed = after.filter((node, i) => node !== before[i]).map((n) => n.id);
    expect(changed).toEqual(['ctr-shop-tls']);
  });

  it('leaves the nodes as they are when a container changes in what only its node component reads', () => {
    const mapper = new FlowNodeMapper();
    const design = sampleDesign();
    const before = mapper.map(design, { selection: none });
    const retagged = applyChange(design, {
      type: 'updateContainer',
      id: 'ctr-shop-app',
      patch: { image: 'registry.example.com/shop:2.0.0' },
    });
    expect(mapper.map(retagged, { selection: none })).toBe(before);
  });

  it('returns the same array when nothing changed, and marks selection and drag positions', () => {
    const mapper = new FlowNodeMapper();
    const design = sampleDesign();
    const first = mapper.map(design, { selection: none });
    expect(mapper.map(design, { selection: new Set() })).toBe(first);
    const dragged = mapper.map(design, {
      selection: new Set(['svc-shop']),
      dragging: new Map([['svc-shop', { x: 1, y: 2 }]]),
    });
    expect(dragged.find((n) => n.id === 'svc-shop')).toMatchObject({
      selected: true,
      dragging: true,
      position: { x: 1, y: 2 },
    });
    expect(dragged.find((n) => n.id === 'pod-shop')).toBe(first[0]);
  });
});

describe('design to React Flow edges', () => {
  it('draws connections labelled with protocol and port, and a Service’s selector', () => {
    const edges = new FlowEdgeMapper().map(sampleDesign(), none);
    expect(edges).toMatchObject([
      {
        id: 'conn-tls-app',
        source: 'ctr-shop-tls',
        target: 'ctr-shop-app',
        data: { text: 'http · 8080', contract: 'shop-web@4.2.0' },
      },
      { id: 'conn-app-db', data: { text: 'postgres · 5432', contract: 'postgres@16.4.0' } },
      {
        id: 'selects:svc-shop',
        source: 'svc-shop',
        target: 'pod-shop',
        selectable: false,
        data: { text: '443 → https' },
      },
    ]);
  });

  it('falls back to TCP/UDP without a contract, and shows a weight', () => {
    const design = sampleDesign();
    const noContract = applyChange(design, {
      type: 'updateExternalPort',
      external: 'ext-orders-db',
      port: 'postgres',
      patch: { contract: undefined },
    });
    const connection = { ...noContract.connections[1]!, weight: 30 };
    expect(connectionLabel(connection, 'app', 'orders-db', noContract.externals[0]!.ports)).toMatchObject({
      text: 'TCP · 5432 · 30%',
      contract: undefined,
    });
  });

  it('keeps edge identity across unrelated edits', () => {
    const mapper = new FlowEdgeMapper();
    const design = sampleDesign();
    const before = mapper.map(design, none);
    const moved = applyChange(design, { type: 'setLayout', entries: { 'svc-shop': { x: 0, y: 0 } } });
    expect(mapper.map(moved, none)).toBe(before);
  });

  it('keeps the edges into a Service when its pod changes in a way its ports do not show', () => {
    const mapper = new FlowEdgeMapper();
    const sample = sampleDesign();
    const design = {
      ...sample,
      connections: [
        ...sample.connections,
        { id: 'conn-in', from: 'ctr-shop-app', to: { id: 'svc-shop', port: 'https' } },
      ],
    };
    const before = mapper.map(design, none);
    const described = applyChange(design, {
      type: 'updatePod',
      id: 'pod-shop',
      patch: { description: 'New words.' },
    });
    expect(mapper.map(described, none)).toBe(before);
    // A port the Service sends traffic to changes: the edge's label must follow.
    const renamed = applyChange(described, {
      type: 'updateServicePort',
      service: 'svc-shop',
      port: 'https',
      patch: { port: 8443 },
    });
    const after = mapper.map(renamed, none);
    expect(after).not.toBe(before);
    expect(after.find((edge) => edge.id === 'conn-in')!.data).toMatchObject({
      text: expect.stringContaining('8443'),
    });
  });

  it('routes an edge the short way when its target sits left of its source', () => {
    const design = applyChange(sampleDesign(), {
      type: 'setLayout',
      entries: { 'ctr-shop-tls': { x: 500, y: 60 }, 'svc-shop': { x: 1200, y: 100 } },
    });
    const edges = new FlowEdgeMapper().map(design, none);
    expect(edges.find((e) => e.id === 'conn-tls-app')).toMatchObject({
      sourceHandle: 'out-l',
      targetHandle: 'in-r',
    });
    expect(edges.find((e) => e.id === 'conn-app-db')).toMatchObject({
      sourceHandle: 'out',
      targetHandle: 'in',
    });
    expect(edges.find((e) => e.id === 'selects:svc-shop')).toMatchObject({
      sourceHandle: 'selects-l',
      targetHandle: 'selected-r',
    });
  });

  it('routes through top and bottom when one node stands above the other', () => {
    const design = applyChange(sampleDesign(), {
      type: 'setLayout',
      entries: { 'ctr-shop-tls': { x: 260, y: 240 } },
    });
    const edges = new FlowEdgeMapper().map(design, none);
    expect(edges.find((e) => e.id === 'conn-tls-app')).toMatchObject({
      sourceHandle: 'out-t',
      targetHandle: 'in-b',
    });
  });

  it('skips a connection whose end is missing (a damaged file) instead of drawing it', () => {
    const design = sampleDesign();
    const damaged = {
      ...design,
      connections: [
        ...design.connections,
        { id: 'ghost', from: 'nope', to: { id: 'ctr-shop-app', port: 'http' } },
      ],
    };
    expect(new FlowEdgeMapper().map(damaged, none).map((e) => e.id)).not.toContain('ghost');
  });

  it('says when a Service has no ports', () => {
    expect(selectorLabel({ ...sampleDesign().services[0]!, ports: [] })).toBe('no ports');
  });
});
