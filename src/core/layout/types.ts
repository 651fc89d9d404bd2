/**
 * The shapes the layout speaks: the sizes of the canvas's nodes (the core does not know the UI, so the
 * caller passes them) and the subset of ELK's JSON graph format that Podwright writes and reads. These
 * are declared here, not imported from elkjs, so the pure core never depends on the layout engine.
 */

import type { Pod } from '../model/types';

export interface NodeSize {
  width: number;
  height: number;
}

/** How large each kind of node is drawn, and the room a pod keeps around its containers. */
export interface LayoutSizes {
  container: NodeSize;
  service: NodeSize;
  external: NodeSize;
  /** Space between a pod's border and its containers (left, right, bottom). */
  podPadding: number;
  /** The pod's header height: its containers sit below it. */
  podHeader: number;
  /** The width a pod's header needs to show its name and workload in full; none by default. */
  podHeaderWidth?: (pod: Pod) => number;
}

/** ELK layout options: option id -> value, all as text. */
export type ElkOptions = Record<string, string>;

export interface ElkGraphEdge {
  id: string;
  sources: string[];
  targets: string[];
}

/** One node of an ELK JSON graph; after layout, x and y are relative to the parent node. */
export interface ElkGraphNode {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  layoutOptions?: ElkOptions;
  children?: ElkGraphNode[];
  edges?: ElkGraphEdge[];
}

/** What the UI shows while a layout runs; the engine itself reports nothing until it is done. */
export type LayoutPhase =
  | { phase: 'building'; nodes: number }
  | { phase: 'loading'; nodes: number }
  | { phase: 'laying-out'; nodes: number }
  | { phase: 'applying'; nodes: number };
