import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { servicePortsText } from '../../../core/geometry';
import { HANDLE, type ServiceFlowNode } from '../model/flow-types';
import { ServiceIcon } from './icons';
import { RouteHandles, TARGET_ROUTES, type RouteHandle } from './RouteHandles';
import { NodeBadge } from '../../problems/NodeBadge';

const ROUTES: readonly RouteHandle[] = [
  ...TARGET_ROUTES,
  { type: 'source', position: Position.Left, id: HANDLE.selectsLeft },
];

/**
 * A Service, drawn as a pill: callers connect on the left; the right handle points at the pod it
 * selects (drag it to a pod to attach the Service). Its width comes from the geometry (serviceSize),
 * which widens it for a long name or ports line; past the maximum, the text ends in an ellipsis.
 */
export const ServiceNode = memo(function ServiceNode({ id, data }: NodeProps<ServiceFlowNode>) {
  const { service, podName } = data;
  return (
    <div className="pw-node pw-service nokey">
      <RouteHandles handles={ROUTES} />
      <NodeBadge id={id} />
      <Handle type="target" position={Position.Left} id={HANDLE.in} className="pw-handle" />
      <div className="pw-service-head">
        <ServiceIcon size={14} />
        <span className="pw-kind-label">Service</span>
        <span className="pw-service-type">{service.type}</span>
      </div>
      <div className="pw-node-name" title={service.name}>
        {service.name}
      </div>
      <div className="pw-service-ports" title={podName ? `Selects pod ${podName}` : 'Selects no pod yet'}>
        {service.ports.length > 0 ? servicePortsText(service) : podName ? 'no ports' : 'drag to a pod →'}
      </div>
      <Handle
        type="source"
        position={Position.Right}
        id={HANDLE.selects}
        className="pw-handle pw-handle-selects"
        title="Drag to a pod to send this Service's traffic there"
      />
    </div>
  );
});
