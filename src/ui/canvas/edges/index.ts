import type { EdgeTypes } from '@xyflow/react';
import { ConnectionEdge } from './ConnectionEdge';
import { SelectorEdge } from './SelectorEdge';

/** At module scope, like nodeTypes. */
export const edgeTypes: EdgeTypes = {
  connection: ConnectionEdge,
  selects: SelectorEdge,
};
