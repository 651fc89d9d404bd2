import type { Connection, Design, External, Service } from '../../model/types';
import { makeLookup, serviceTargetOf, type DesignLookup } from '../lookup';
import { mermaidId, mermaidText } from './escape';

/**
 * The design as a Mermaid flowchart: each pod a subgraph holding its containers, services as
 * stadiums, external systems as cylinders (data) or hexagons (others), connections as arrows labelled
 * with the port, and dotted arrows from each service to the container port it sends traffic to.
 * Node ids are derived from entity ids (sanitised, made unique); every label is quoted and escaped.
 */
export function mermaidFlowchart(design: Design, lookup: DesignLookup = makeLookup(design)): string {
  const ids = new NodeIds();
  const lines = ['flowchart LR'];
  for (const pod of design.pods) {
    const replicas = pod.replicas ?? 1;
    const workload = pod.workload === 'Pod' ? 'bare pod' : `${pod.workload} ×${replicas}`;
    lines.push(`  subgraph ${ids.get('P', pod.id)}["${mermaidText(`${pod.name} · ${workload}`)}"]`);
    for (const container of pod.containers) {
      const label = `${mermaidText(container.name)}<br/>${mermaidText(`${container.role} · ${container.image}`)}`;
      lines.push(`    ${ids.get('C', container.id)}["${label}"]`);
    }
    lines.push('  end');
  }
  for (const service of design.services) {
    const kind = service.type === 'ClusterIP' ? 'service' : `${service.type} service`;
    lines.push(`  ${ids.get('S', service.id)}(["${mermaidText(`${service.name} · ${kind}`)}"])`);
  }
  for (const external of design.externals) {
    const label = mermaidText(
      `${external.name} · ${external.kind}${external.host ? ` · ${external.host}` : ''}`,
    );
    const [open, close] = DATA_KINDS.has(external.kind) ? ['[(', ')]'] : ['{{', '}}'];
    lines.push(`  ${ids.get('X', external.id)}${open}"${label}"${close}`);
  }
  for (const service of design.services) lines.push(...serviceEdges(lookup, service, ids));
  for (const connection of design.connections) {
    const edge = connectionEdge(lookup, connection, ids);
    if (edge) lines.push(edge);
  }
  return lines.join('\n');
}

const DATA_KINDS = new Set<External['kind']>(['database', 'cache', 'queue']);

function serviceEdges(lookup: DesignLookup, service: Service, ids: NodeIds): string[] {
  const edges: string[] = [];
  for (const port of service.ports) {
    const target = serviceTargetOf(lookup, service, port.name);
    if (!target) continue;
    const label = mermaidText(`${port.name} ${port.port} → ${target.port.name}`);
    edges.push(`  ${ids.get('S', service.id)} -.->|"${label}"| ${ids.get('C', target.container.id)}`);
  }
  return edges;
}

function connectionEdge(lookup: DesignLookup, connection: Connection, ids: NodeIds): string | undefined {
  if (!lookup.container(connection.from)) return undefined;
  const { id, port } = connection.to;
  let node: string;
  let number: number | undefined;
  const container = lookup.container(id)?.container;
  const service = lookup.service(id);
  const external = lookup.external(id);
  if (container) {
    node = ids.get('C', id);
    number = container.ports.find((p) => p.name === port)?.port;
  } else if (service) {
    node = ids.get('S', id);
    number = service.ports.find((p) => p.name === port)?.port;
  } else if (external) {
    node = ids.get('X', id);
    number = external.ports.find((p) => p.name === port)?.port;
  } else {
    return undefined;
  }
  const weight = typeof connection.weight === 'number' ? ` · ${connection.weight}%` : '';
  const label = mermaidText(`${port}${number !== undefined ? ` :${number}` : ''}${weight}`);
  return `  ${ids.get('C', connection.from)} -->|"${label}"| ${node}`;
}

/** Stable, unique Mermaid ids per entity: the same entity always gets the same node id. */
class NodeIds {
  private readonly byEntity = new Map<string, string>();
  private readonly taken = new Set<string>();

  get(prefix: string, entityId: string): string {
    const key = `${prefix}:${entityId}`;
    const known = this.byEntity.get(key);
    if (known) return known;
    const base = mermaidId(prefix, entityId);
    let id = base;
    for (let i = 2; this.taken.has(id); i++) id = `${base}_${i}`;
    this.taken.add(id);
    this.byEntity.set(key, id);
    return id;
  }
}
