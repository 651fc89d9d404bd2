/**
 * Automatic layout, the pure half: a design becomes an ELK JSON graph, and ELK's answer becomes layout
 * entries. Running elkjs itself is the caller's business (a Web Worker in the app, Node in the bench),
 * so the core never loads the layout engine.
 */
export { layoutEntries, tidyLayoutChanges, withElkLayout } from './apply';
export { layoutGraph, layoutNodeCount } from './graph';
export type { ElkGraphEdge, ElkGraphNode, ElkOptions, LayoutPhase, LayoutSizes, NodeSize } from './types';
