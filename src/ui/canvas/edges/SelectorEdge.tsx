import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { SERVICE_COLOUR } from '../model/labels';
import type { SelectorFlowEdge } from '../model/flow-types';

/** A Service's selector: a dashed line to the pod it sends traffic to, labelled with its ports. */
export const SelectorEdge = memo(function SelectorEdge(props: EdgeProps<SelectorFlowEdge>) {
  const { id, data, markerEnd } = props;
  const [path, labelX, labelY] = getBezierPath(props);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{ stroke: SERVICE_COLOUR, strokeWidth: 1.5, strokeDasharray: '6 4' }}
      />
      {data ? (
        <EdgeLabelRenderer>
          <div
            className="pw-edge-label pw-selector-label nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title="Service port → container port"
          >
            {data.text}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
