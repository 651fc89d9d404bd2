import type { Edge, Node } from '@xyflow/react';
import type { External, Pod, Role, Service } from '../../../core';

/** The React Flow nodes and edges the canvas draws; data holds the entity itself (immutable). */

/** Only what the pod node shows, so editing a container inside does not redraw the pod. */
export type PodNodeData = {
  name: string;
  workload: Pod['workload'];
  replicas?: number;
  dropTarget: boolean;
  /** The smallest size that still holds the pod's containers (the resize handle stops there). */
  minWidth: number;
  minHeight: number;
};
/**
 * Only the role (the minimap's colour): the node reads the container itself from the store
 * (nodes/useCanvasContainer.ts), so an edit to a container leaves React Flow's nodes as they were.
 */
export type ContainerNodeData = { role: Role };
export type ServiceNodeData = { service: Service; podName?: string };
export type ExternalNodeData = { external: External };

export type PodFlowNode = Node<PodNodeData, 'pod'>;
export type ContainerFlowNode = Node<ContainerNodeData, 'container'>;
export type ServiceFlowNode = Node<ServiceNodeData, 'service'>;
export type ExternalFlowNode = Node<ExternalNodeData, 'external'>;
export type FlowNode = PodFlowNode | ContainerFlowNode | ServiceFlowNode | ExternalFlowNode;

export type ConnectionEdgeData = { text: string; contract?: string; description: string };
export type SelectorEdgeData = { text: string };

export type ConnectionFlowEdge = Edge<ConnectionEdgeData, 'connection'>;
export type SelectorFlowEdge = Edge<SelectorEdgeData, 'selects'>;
export type FlowEdge = ConnectionFlowEdge | SelectorFlowEdge;

/**
 * Handle ids. Containers call out on the right and are called on the left; a Service points at its
 * pod from its right. Hidden twins on the other sides let an edge take the short way when the nodes
 * sit the other way round (a caller right of its target) or one above the other.
 */
export const HANDLE = {
  in: 'in',
  inRight: 'in-r',
  inTop: 'in-t',
  inBottom: 'in-b',
  out: 'out',
  outLeft: 'out-l',
  outTop: 'out-t',
  outBottom: 'out-b',
  /** A Service's handle towards the pod it selects, and the pod's end of it. */
  selects: 'selects',
  selectsLeft: 'selects-l',
  selected: 'selected',
  selectedRight: 'selected-r',
} as const;

/** Edge ids for Service → pod; connection edges use the connection's own id. */
export const selectorEdgeId = (serviceId: string) => `selects:${serviceId}`;
