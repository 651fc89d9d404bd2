import { Handle, Position } from '@xyflow/react';

/**
 * Invisible handles on a node's other side, used only to route edges the short way when the nodes
 * sit right-to-left. Targets still accept a connection dropped near them; sources start none.
 * Rendered before the visible handles, so those stay on top where both sit.
 */
export function RouteHandles({ source, target, top }: { source?: string; target?: string; top?: number }) {
  const style = top === undefined ? undefined : { top };
  return (
    <>
      {target ? (
        <Handle
          type="target"
          position={Position.Right}
          id={target}
          className="pw-handle-route"
          isConnectableStart={false}
          style={style}
        />
      ) : null}
      {source ? (
        <Handle
          type="source"
          position={Position.Left}
          id={source}
          className="pw-handle-route"
          isConnectable={false}
          style={style}
        />
      ) : null}
    </>
  );
}
