import type { Node } from '@xyflow/react';
import type { ContainerNodeData } from './model/flow-types';
import { EXTERNAL_COLOUR, POD_COLOUR, ROLE_LOOKS, SERVICE_COLOUR } from './model/labels';

/** The minimap uses the canvas's colours: pods faint, containers by role, Services, externals. */
export function minimapColour(node: Node): string {
  switch (node.type) {
    case 'container':
      return ROLE_LOOKS[(node.data as ContainerNodeData).role].colour;
    case 'service':
      return SERVICE_COLOUR;
    case 'external':
      return EXTERNAL_COLOUR;
    default:
      return `${POD_COLOUR}33`;
  }
}
