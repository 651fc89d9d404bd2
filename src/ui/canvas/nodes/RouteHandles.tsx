import { Handle, Position } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { HANDLE } from '../model/flow-types';

export interface RouteHandle {
  type: 'source' | 'target';
  position: Position;
  id: string;
  style?: CSSProperties;
}

/**
 * Invisible handles on a node's other sides, used only to route edges the short way (see
 * routeBetween in model/flow-edges.ts). Targets still take a connection dropped near them; sources
 * start none. Rendered before the visible handles, so those stay on top where both sit.
 */
export function RouteHandles({ handles }: { handles: readonly RouteHandle[] }) {
  return (
    <>
      {handles.map((handle) => (
        <Handle
          key={handle.id}
          type={handle.type}
          position={handle.position}
          id={handle.id}
          className="pw-handle-route"
          style={handle.style}
          isConnectableStart={false}
          isConnectableEnd={handle.type === 'target'}
        />
      ))}
    </>
  );
}

/** The hidden targets every callable node has: right, top and bottom. */
export const TARGET_ROUTES: readonly RouteHandle[] = [
  { type: 'target', position: Position.Right, id: HANDLE.inRight },
  { type: 'target', position: Position.Top, id: HANDLE.inTop },
  { type: 'target', position: Position.Bottom, id: HANDLE.inBottom },
];
