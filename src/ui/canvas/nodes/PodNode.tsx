import { Handle, NodeResizeControl, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { memo, useEffect } from 'react';
import { HANDLE, type PodFlowNode } from '../model/flow-types';
import { POD_HANDLE_TOP } from '../../../core/geometry';
import { PodIcon } from './icons';
import { RouteHandles, type RouteHandle } from './RouteHandles';
import { NodeBadge } from '../../problems/NodeBadge';

const ROUTES: readonly RouteHandle[] = [
  { type: 'target', position: Position.Right, id: HANDLE.selectedRight, style: { top: POD_HANDLE_TOP } },
];

/** A pod: a group around its containers, with its name and workload in the header. */
export const PodNode = memo(function PodNode({ id, data, selected, width, height }: NodeProps<PodFlowNode>) {
  // Sizes are given, not measured, so React Flow would keep the right-hand handle where it was when
  // the pod grows: have it measure the handles again.
  const updateNodeInternals = useUpdateNodeInternals();
  useEffect(() => updateNodeInternals(id), [id, width, height, updateNodeInternals]);
  const replicas = data.replicas !== undefined && data.workload !== 'DaemonSet' ? ` · ${data.replicas}×` : '';
  return (
    <div className={data.dropTarget ? 'pw-node pw-pod nokey pw-drop-target' : 'pw-node pw-pod nokey'}>
      {/* In the header, so they stay put when the pod grows. */}
      <RouteHandles handles={ROUTES} />
      <NodeBadge id={id} />
      <Handle
        type="target"
        position={Position.Left}
        id={HANDLE.selected}
        className="pw-handle"
        style={{ top: POD_HANDLE_TOP }}
      />
      <div className="pw-pod-head">
        <span className="pw-kind">
          <PodIcon size={14} />
          <span className="pw-kind-label">Pod</span>
        </span>
        <span className="pw-node-name" title={data.name}>
          {data.name}
        </span>
        <span className="pw-pod-meta">
          {data.workload}
          {replicas}
        </span>
      </div>
      {selected ? (
        <NodeResizeControl
          position="bottom-right"
          minWidth={data.minWidth}
          minHeight={data.minHeight}
          className="pw-pod-resize"
        >
          <svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
            <path d="M9 1L1 9M9 5L5 9" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
          </svg>
        </NodeResizeControl>
      ) : null}
    </div>
  );
});
