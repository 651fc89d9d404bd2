import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { HANDLE, type ExternalFlowNode } from '../model/flow-types';
import { EXTERNAL_KIND_LABELS } from '../model/labels';
import { ExternalIcon } from './icons';
import { RouteHandles, TARGET_ROUTES } from './RouteHandles';
import { NodeBadge } from '../../problems/NodeBadge';

/**
 * Something outside the cluster: a dashed outline (not ours to deploy), shaped by kind (a cylinder
 * for stores), with the kind as icon and word.
 */
export const ExternalNode = memo(function ExternalNode({ id, data }: NodeProps<ExternalFlowNode>) {
  const { external } = data;
  const ports = external.ports.map((p) => `${p.name}:${p.port}`).join('  ');
  return (
    <div className={`pw-node pw-external nokey pw-kind-${external.kind}`}>
      <RouteHandles handles={TARGET_ROUTES} />
      <NodeBadge id={id} />
      <Handle type="target" position={Position.Left} id={HANDLE.in} className="pw-handle" />
      <div className="pw-external-head">
        <ExternalIcon kind={external.kind} size={14} />
        <span className="pw-kind-label">{EXTERNAL_KIND_LABELS[external.kind]}</span>
        <span className="pw-external-tag">External</span>
      </div>
      <div className="pw-node-name" title={external.name}>
        {external.name}
      </div>
      <div className="pw-external-ports" title={external.host ?? undefined}>
        {ports || 'no ports'}
      </div>
    </div>
  );
});
