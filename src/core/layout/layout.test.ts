import { describe, expect, it } from 'vitest';
import {
  aConnection,
  aContainer,
  aDesign,
  anExternal,
  aPod,
  aService,
  aWebDesign,
} from '../testing/builders';
import { layoutEntries, layoutGraph, layoutNodeCount, tidyLayoutChanges, withElkLayout } from './index';
import type { ElkGraphNode, LayoutSizes } from './types';

const SIZES: LayoutSizes = {
  container: { width: 160, height: 96 },
  service: { width: 190, height: 72 },
  external: { width: 190, height: 80 },
  podPadding: 20,
  podHeader: 56,
};

/** What ELK would answer for aWebDesign: the pod, its two containers, the Service and the external. */
function webResult(): ElkGraphNode {
  return {
    id: 'root',
    children: [
      {
        id: 'p-web',
        x: 300.4,
        y: 40,
        width: 380,
        height: 172,
        children: [
          { id: 'c-app', x: 20, y: 56 },
          { id: 'c-tls', x: 200, y: 56 },
        ],
      },
      { id: 's-web', x: 40, y: 90 },
      { id: 'x-db', x: 800, y: 40 },
    ],
  };
}

describe('layoutGraph', () => {
  it('makes each pod a compound node holding its containers, padded below its header', () => {
    const graph = layoutGraph(aWebDesign(), SIZES);
    expect(graph.children?.[0]).toMatchObject({
      id: 'p-web',
      layoutOptions: { 'elk.padding': '[top=56,left=20,bottom=20,right=20]' },
      children: [
        { id: 'c-app', width: 160, height: 96 },
        { id: 'c-tls', width: 160, height: 96 },
      ],
    });
  });

  it.each([
    { id: 's-web', size: { width: 190, height: 72 } },
    { id: 'x-db', size: { width: 190, height: 80 } },
  ])('sizes $id as the canvas draws it', ({ id, size }) => {
    const node = layoutGraph(aWebDesign(), SIZES).children?.find((n) => n.id === id);
    expect(node).toMatchObject(size);
  });

  it('keeps externals in the last layer, at the edge', () => {
    const node = layoutGraph(aWebDesign(), SIZES).children?.find((n) => n.id === 'x-db');
    expect(node?.layoutOptions).toMatchObject({ 'elk.layered.layering.layerConstraint': 'LAST' });
  });

  it('has an edge per connection and one from each Service to its pod', () => {
    const graph = layoutGraph(aWebDesign(), SIZES);
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        { id: 'select:s-web', sources: ['s-web'], targets: ['p-web'] },
        { id: 'connect:e-1', sources: ['c-app'], targets: ['x-db'] },
        { id: 'connect:e-2', sources: ['c-tls'], targets: ['c-app'] },
      ]),
    );
  });

  it.each([
    { name: 'a dangling target', connection: aConnection({ to: { id: 'gone', port: 'x' } }) },
    { name: 'a loop', connection: aConnection({ to: { id: 'c-app', port: 'http' } }) },
    { name: 'an unknown caller', connection: aConnection({ from: 'gone' }) },
  ])('leaves out $name', ({ connection }) => {
    const design = aDesign({
      pods: [aPod({ containers: [aContainer()] })],
      services: [aService({ pod: 'nowhere' })],
      externals: [anExternal()],
      connections: [connection],
    });
    expect(layoutGraph(design, SIZES).edges).toEqual([]);
  });

  it('asks for pods as wide as their header needs, when the caller says how wide that is', () => {
    const graph = layoutGraph(aWebDesign(), { ...SIZES, podHeaderWidth: () => 251.2 });
    expect(graph.children?.[0]?.layoutOptions).toMatchObject({
      'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      'elk.nodeSize.minimum': '(252,0)',
    });
    const entries = layoutEntries(aWebDesign(), webResult(), { ...SIZES, podHeaderWidth: () => 500 });
    expect(entries['p-web']).toMatchObject({ w: 500 });
  });

  it('counts pods, containers, Services and externals as nodes', () => {
    expect(layoutNodeCount(aWebDesign())).toBe(5);
    expect(layoutNodeCount(aDesign())).toBe(0);
  });
});

describe('applying an ELK result', () => {
  it('gives pods position and size, containers positions relative to their pod', () => {
    expect(layoutEntries(aWebDesign(), webResult(), SIZES)).toEqual({
      'p-web': { x: 300, y: 40, w: 380, h: 172 },
      'c-app': { x: 20, y: 56 },
      'c-tls': { x: 200, y: 56 },
      's-web': { x: 40, y: 90 },
      'x-db': { x: 800, y: 40 },
    });
  });

  it('never makes a pod smaller than its containers need', () => {
    const result = webResult();
    result.children![0] = { ...result.children![0]!, width: 10, height: 10 };
    expect(layoutEntries(aWebDesign(), result, SIZES)['p-web']).toMatchObject({ w: 380, h: 172 });
  });

  it.each([
    { name: 'no position', node: { id: 's-web' } },
    { name: 'a position that is not a number', node: { id: 's-web', x: Number.NaN, y: 3 } },
  ])('skips a node with $name', ({ node }) => {
    const result: ElkGraphNode = { id: 'root', children: [node] };
    expect(layoutEntries(aWebDesign(), result, SIZES)).toEqual({});
  });

  it('keeps the layout of entities ELK did not place', () => {
    const design = { ...aWebDesign(), layout: { other: { x: 1, y: 2 } } };
    expect(withElkLayout(design, webResult(), SIZES).layout).toMatchObject({
      other: { x: 1, y: 2 },
      'p-web': { x: 300 },
    });
  });

  it('tidies as one setLayout change, and as none when nothing moves', () => {
    const design = aWebDesign();
    const changes = tidyLayoutChanges(design, webResult(), SIZES);
    expect(changes).toMatchObject([{ type: 'setLayout', entries: { 'p-web': { x: 300 } } }]);
    expect(tidyLayoutChanges(withElkLayout(design, webResult(), SIZES), webResult(), SIZES)).toEqual([]);
  });
});
