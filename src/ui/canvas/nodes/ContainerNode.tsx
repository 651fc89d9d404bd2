import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { HANDLE, type ContainerFlowNode } from '../model/flow-types';
import { ROLE_LOOKS } from '../model/labels';
import { RoleIcon } from './icons';
import { PortChips } from './PortChips';
import { RouteHandles, TARGET_ROUTES, type RouteHandle } from './RouteHandles';
import { NodeBadge } from '../../problems/NodeBadge';
import { useCanvasContainer } from './useCanvasContainer';

const ROUTES: readonly RouteHandle[] = [
  ...TARGET_ROUTES,
  { type: 'source', position: Position.Left, id: HANDLE.outLeft },
  { type: 'source', position: Position.Top, id: HANDLE.outTop },
  { type: 'source', position: Position.Bottom, id: HANDLE.outBottom },
];

/**
 * A container: its role by colour, icon and word together, its name, image and ports. Calls go
 * out on the right handle and come in on the left one.
 */
export const ContainerNode = memo(function ContainerNode({ id }: NodeProps<ContainerFlowNode>) {
  const container = useCanvasContainer(id);
  if (!container) return null;
  const look = ROLE_LOOKS[container.role];
  const style = { '--role': look.colour, '--role-tint': look.tint } as CSSProperties;
  return (
    // `nokey`: a shift-click here adds to the selection instead of starting a box selection.
    <div className={`pw-node pw-container nokey pw-role-${container.role}`} style={style}>
      <RouteHandles handles={ROUTES} />
      <NodeBadge id={id} />
      <Handle type="target" position={Position.Left} id={HANDLE.in} className="pw-handle" />
      <div className="pw-container-head">
        <RoleIcon role={container.role} size={14} />
        <span className="pw-role-label">{look.label}</span>
        {container.roleInferred ? (
          <span className="pw-inferred" title="Role guessed on import: confirm it in the inspector">
            ?
          </span>
        ) : null}
      </div>
      <div className="pw-node-name" title={container.name}>
        {container.name}
      </div>
      <div className="pw-image" title={container.image}>
        {container.image || 'no image'}
      </div>
      <PortChips ports={container.ports} />
      <Handle type="source" position={Position.Right} id={HANDLE.out} className="pw-handle" />
    </div>
  );
});
