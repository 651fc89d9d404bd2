import type { Design } from '../model/types';
import { serviceSize } from '../geometry';
import type { ElkGraphEdge, ElkGraphNode, ElkOptions, LayoutSizes } from './types';

/**
 * Root options: layered left to right (callers before callees, Services before the pods they select),
 * with edges that cross pod borders laid out in one pass over the whole hierarchy, and gaps wide enough
 * for an edge label between nodes.
 */
const ROOT_OPTIONS: ElkOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.spacing.componentComponent': '60',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': '[top=40,left=40,bottom=40,right=40]',
};

/** Externals are outside the cluster: they go in the last layer, at the right edge of the picture. */
const EXTERNAL_OPTIONS: ElkOptions = { 'elk.layered.layering.layerConstraint': 'LAST' };

/** The number of nodes of the graph `layoutGraph` builds: pods, containers, Services, externals. */
export function layoutNodeCount(design: Design): number {
  return (
    design.pods.reduce((n, pod) => n + 1 + pod.containers.length, 0) +
    design.services.length +
    design.externals.length
  );
}

/**
 * Builds the ELK graph of a design: each pod a compound node holding its containers (padded so they
 * sit below the pod's header), Services and externals beside them, one edge per connection (from the
 * calling container to its target) and one from each Service to the pod it selects. Pure; the caller
 * hands the graph to elkjs, wherever that runs.
 */
export function layoutGraph(design: Design, sizes: LayoutSizes): ElkGraphNode {
  const pad = sizes.podPadding;
  const podOptions: ElkOptions = {
    'elk.padding': `[top=${sizes.podHeader},left=${pad},bottom=${pad},right=${pad}]`,
    'elk.spacing.nodeNode': '30',
    'elk.layered.spacing.nodeNodeBetweenLayers': '60',
  };
  const known = new Set<string>();
  const children: ElkGraphNode[] = [];
  for (const pod of design.pods) {
    known.add(pod.id);
    const headerWidth = sizes.podHeaderWidth?.(pod);
    children.push({
      id: pod.id,
      // A pod as wide as its header needs, so its name is not cut off, however few its containers.
      layoutOptions: headerWidth
        ? {
            ...podOptions,
            'elk.nodeSize.constraints': 'MINIMUM_SIZE',
            'elk.nodeSize.minimum': `(${Math.ceil(headerWidth)},0)`,
          }
        : podOptions,
      children: pod.containers.map((c) => {
        known.add(c.id);
        return { id: c.id, ...sizes.container };
      }),
    });
  }
  for (const service of design.services) {
    known.add(service.id);
    // As wide as the canvas draws it: a long name widens a Service (geometry's serviceSize).
    const width = Math.max(sizes.service.width, serviceSize(service).width);
    children.push({ id: service.id, ...sizes.service, width });
  }
  for (const external of design.externals) {
    known.add(external.id);
    children.push({ id: external.id, ...sizes.external, layoutOptions: EXTERNAL_OPTIONS });
  }

  const edges: ElkGraphEdge[] = [];
  for (const service of design.services) {
    if (known.has(service.pod)) {
      edges.push({ id: `select:${service.id}`, sources: [service.id], targets: [service.pod] });
    }
  }
  for (const connection of design.connections) {
    const { from, to } = connection;
    // Dangling references (a half-edited design) and loops give ELK nothing to order by.
    if (from === to.id || !known.has(from) || !known.has(to.id)) continue;
    edges.push({ id: `connect:${connection.id}`, sources: [from], targets: [to.id] });
  }
  return { id: 'root', layoutOptions: ROOT_OPTIONS, children, edges };
}
