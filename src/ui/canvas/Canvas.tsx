import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  type EdgeChange,
  type Node,
  type NodeChange,
  type NodeDimensionChange,
  type NodePositionChange,
  type ReactFlowState,
  useStore as useFlowStore,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback } from 'react';
import { useStore } from '../../store';
import { edgeTypes } from './edges';
import { GRID } from '../../core/geometry';
import { minimapColour } from './minimap';
import { nodeTypes } from './nodes';
import { PortChooser } from './PortChooser';
import { selectSnap } from './selectors';
import { useCanvasDropTarget } from './usePaletteDrop';
import { useDragHandlers } from './useDragHandlers';
import { useFitOnReplace } from './useFitOnReplace';
import { useFlowElements } from './useFlowElements';
import { useLinking } from './useLinking';
import { usePodResize } from './usePodResize';
import { useSelectionSync } from './useSelectionSync';
import './canvas.css';
import './nodes/nodes.css';

const SNAP_GRID: [number, number] = [GRID, GRID];
/** Shift-click adds to the selection (as do Ctrl and Cmd); Shift-drag on empty canvas draws a box. */
const MULTI_SELECT_KEYS = ['Shift', 'Control', 'Meta'];
const MINIMAP_STYLE = { width: 150, height: 100 };
const FIT_VIEW_OPTIONS = { padding: 0.12, maxZoom: 1 };
/**
 * Below this zoom a node's small print (icons, image, ports, edge labels) is a few pixels high and
 * unreadable, so the canvas shows names and colours only (canvas.css, `.pw-canvas-overview`). A large
 * design seen whole then has far less to paint: with everything drawn, one changed line in one of 1,400
 * nodes cost the browser over 20 ms of sorting paint into layers at 200 pods.
 */
const DETAIL_ZOOM = 0.4;
const selectOverview = (state: ReactFlowState) => state.transform[2] < DETAIL_ZOOM;
/**
 * Up to this many nodes every node is drawn, on screen or not, so each one can be reached with Tab and
 * found by a test. Past it, a design zoomed in to read shows a few of its nodes and the rest are not
 * drawn at all: a change then costs the page what it shows, not the whole design (at 200 pods zoomed in,
 * change -> painted text went from p50 65 ms to 25 ms).
 */
const DRAW_ALL_UP_TO = 400;
const ARIA_LABELS = {
  'controls.ariaLabel': 'Canvas controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit view',
  'minimap.ariaLabel': 'Minimap',
  'handle.ariaLabel': 'Connection handle: drag to connect',
  'node.a11yDescription.default':
    'Press Enter or Space to select. Arrow keys move a selected node; Delete removes the selection.',
};

/**
 * The design canvas. Nodes and edges are derived from the store; every gesture becomes core
 * changes through the store (one undo step each). React Flow's own deletion is off: Delete goes
 * through the app's shortcuts.
 */
export function Canvas() {
  const snap = useStore(selectSnap);
  const overview = useFlowStore(selectOverview);
  const drag = useDragHandlers();
  const resize = usePodResize();
  const { nodes, edges } = useFlowElements({
    dragging: drag.dragging,
    dropTarget: drag.dropTarget,
    resizing: resize.resizing,
  });
  const syncSelection = useSelectionSync();
  const linking = useLinking();
  const drop = useCanvasDropTarget(drag.setDropTarget);
  useFitOnReplace(FIT_VIEW_OPTIONS);

  const { onPositionChanges } = drag;
  const { onDimensionChanges } = resize;
  const onNodesChange = useCallback(
    (changes: NodeChange<Node>[]) => {
      syncSelection(changes);
      onPositionChanges(changes.filter((c): c is NodePositionChange => c.type === 'position'));
      onDimensionChanges(changes.filter((c): c is NodeDimensionChange => c.type === 'dimensions'));
    },
    [onDimensionChanges, onPositionChanges, syncSelection],
  );
  const onEdgesChange = useCallback((changes: EdgeChange[]) => syncSelection(changes), [syncSelection]);

  return (
    <div className={overview ? 'pw-canvas pw-canvas-overview' : 'pw-canvas'}>
      <ReactFlow
        aria-label="Canvas"
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={drag.onNodeDragStart}
        onNodeDrag={drag.onNodeDrag}
        onNodeDragStop={drag.onNodeDragStop}
        onSelectionDragStart={drag.onSelectionDragStart}
        onSelectionDragStop={drag.onSelectionDragStop}
        onConnect={linking.onConnect}
        isValidConnection={linking.isValidConnection}
        onPaneClick={linking.cancel}
        onDragOver={drop.onDragOver}
        onDragLeave={drop.onDragLeave}
        onDrop={drop.onDrop}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        snapToGrid={snap}
        snapGrid={SNAP_GRID}
        connectionRadius={28}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.1}
        maxZoom={2}
        ariaLabelConfig={ARIA_LABELS}
        zIndexMode="manual"
        onlyRenderVisibleElements={nodes.length > DRAW_ALL_UP_TO}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID * 2} size={1.2} color="#c5ccd6" />
        <MiniMap pannable zoomable nodeColor={minimapColour} nodeStrokeWidth={2} style={MINIMAP_STYLE} />
        <Controls showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
      </ReactFlow>
      {linking.pending ? (
        <PortChooser link={linking.pending} onChoose={linking.choose} onCancel={linking.cancel} />
      ) : null}
    </div>
  );
}
