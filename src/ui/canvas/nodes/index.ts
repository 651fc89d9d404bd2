import type { NodeTypes } from '@xyflow/react';
import { ContainerNode } from './ContainerNode';
import { ExternalNode } from './ExternalNode';
import { PodNode } from './PodNode';
import { ServiceNode } from './ServiceNode';

/** At module scope, so React Flow never sees a new object and remounts every node. */
export const nodeTypes: NodeTypes = {
  pod: PodNode,
  container: ContainerNode,
  service: ServiceNode,
  external: ExternalNode,
};
