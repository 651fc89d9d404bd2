import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo, type MouseEvent } from 'react';
import { useStoreApi } from '../../../store';
import { EDGE_COLOUR, EDGE_SELECTED_COLOUR } from '../model/flow-edges';
import type { ConnectionFlowEdge } from '../model/flow-types';

/**
 * A connection from a calling container to its target, labelled "protocol · port" (and weight).
 * Hovering the label shows the contract the target port offers; clicking it selects the connection.
 */
export const ConnectionEdge = memo(function ConnectionEdge(props: EdgeProps<ConnectionFlowEdge>) {
  const { id, data, selected, markerEnd } = props;
  const store = useStoreApi();
  const [path, labelX, labelY] = getBezierPath(props);
  const select = (event: MouseEvent) => {
    event.stopPropagation();
    store.getState().select([id], event.shiftKey || event.metaKey || event.ctrlKey ? 'toggle' : 'replace');
  };
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={18}
        style={{
          stroke: selected ? EDGE_SELECTED_COLOUR : EDGE_COLOUR,
          strokeWidth: selected ? 2.25 : 1.5,
        }}
      />
      {data ? (
        <EdgeLabelRenderer>
          <div
            className={selected ? 'pw-edge-label nodrag nopan is-selected' : 'pw-edge-label nodrag nopan'}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={data.contract ? `Contract ${data.contract}` : 'No contract on the target port'}
            onClick={select}
          >
            {data.text}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
