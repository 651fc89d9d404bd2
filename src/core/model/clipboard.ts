import type { DesignChange } from './change-types';
import { newId } from './ids';
import { uniqueName } from './names';
import { findContainer, findPod } from './queries';
import type { Connection, Container, Design, External, LayoutEntry, Pod, Service } from './types';

/** What Copy takes: whole entities with their layout, ready to be pasted with fresh ids. */
export interface Fragment {
  pods: Pod[];
  services: Service[];
  externals: External[];
  connections: Connection[];
  layout: Record<string, LayoutEntry>;
}

/**
 * Copies the selected entities. A container selected without its pod is copied inside a pod of
 * its own (a copy of its pod's settings), since every container lives in a pod. Connections go
 * along when their caller is copied.
 */
export function extractFragment(design: Design, ids: readonly string[]): Fragment {
  const selected = new Set(ids);
  const pods: Pod[] = design.pods.filter((p) => selected.has(p.id));
  for (const id of ids) {
    const ref = findContainer(design, id);
    if (!ref || selected.has(ref.pod.id)) continue;
    const mounted = new Set(ref.container.mounts.map((m) => m.volume));
    pods.push({
      ...ref.pod,
      id: `${ref.pod.id}/${ref.container.id}`,
      name: ref.container.name,
      containers: [ref.container],
      volumes: ref.pod.volumes.filter((v) => mounted.has(v.name)),
    });
  }
  const copied = new Set(pods.flatMap((p) => p.containers.map((c) => c.id)));
  const layout: Record<string, LayoutEntry> = {};
  for (const id of [...ids, ...copied]) {
    const entry = design.layout[id];
    if (entry) layout[id] = entry;
  }
  return {
    pods,
    services: design.services.filter((s) => selected.has(s.id)),
    externals: design.externals.filter((x) => selected.has(x.id)),
    connections: design.connections.filter((c) => copied.has(c.from)),
    layout,
  };
}

/**
 * The changes that paste a fragment into a design: fresh ids, names made unique, positions
 * shifted by `offset`. References inside the fragment follow the new ids; a connection to
 * something outside the fragment is kept only if that target exists in the design.
 */
export function pasteChanges(design: Design, fragment: Fragment, offset = { x: 40, y: 40 }): DesignChange[] {
  const ids = new Map<string, string>();
  const fresh = (old: string, prefix: string) => {
    const id = newId(prefix);
    ids.set(old, id);
    return id;
  };
  const podNames = design.pods.map((p) => p.name);
  const endpointNames = [...design.services.map((s) => s.name), ...design.externals.map((x) => x.name)];
  const shifted = (old: string): LayoutEntry | undefined => {
    const entry = fragment.layout[old];
    return entry && { ...entry, x: entry.x + offset.x, y: entry.y + offset.y };
  };
  const changes: DesignChange[] = [];

  for (const pod of fragment.pods) {
    const name = uniqueName(pod.name, podNames);
    podNames.push(name);
    const containers: Container[] = pod.containers.map((c) => ({ ...c, id: fresh(c.id, 'c') }));
    const id = fresh(pod.id, 'p');
    changes.push({
      type: 'addPod',
      pod: { ...pod, id, name, containers },
      ...layoutOf(shifted(pod.id) ?? podPlacement(design, pod.id, offset)),
    });
    for (const original of pod.containers) {
      const entry = fragment.layout[original.id];
      if (entry) changes.push({ type: 'setLayout', entries: { [ids.get(original.id)!]: entry } });
    }
  }
  for (const service of fragment.services) {
    const name = uniqueName(service.name, endpointNames);
    endpointNames.push(name);
    const pod = ids.get(service.pod) ?? (findPod(design, service.pod) ? service.pod : '');
    changes.push({
      type: 'addService',
      service: { ...service, id: fresh(service.id, 's'), name, pod },
      ...layoutOf(shifted(service.id)),
    });
  }
  for (const external of fragment.externals) {
    const name = uniqueName(external.name, endpointNames);
    endpointNames.push(name);
    changes.push({
      type: 'addExternal',
      external: { ...external, id: fresh(external.id, 'x'), name },
      ...layoutOf(shifted(external.id)),
    });
  }
  for (const connection of fragment.connections) {
    const from = ids.get(connection.from);
    const to = ids.get(connection.to.id) ?? connection.to.id;
    const targetExists =
      ids.has(connection.to.id) ||
      findContainer(design, to) ||
      design.services.some((s) => s.id === to) ||
      design.externals.some((x) => x.id === to);
    if (!from || !targetExists) continue;
    changes.push({
      type: 'addConnection',
      connection: { ...connection, id: newId('e'), from, to: { ...connection.to, id: to } },
    });
  }
  return changes;
}

function layoutOf(entry: LayoutEntry | undefined): { layout?: LayoutEntry } {
  return entry ? { layout: entry } : {};
}

/** A pod copied from a lone container has no layout of its own: place it near the original pod. */
function podPlacement(
  design: Design,
  fragmentPodId: string,
  offset: { x: number; y: number },
): LayoutEntry | undefined {
  const originalPod = fragmentPodId.split('/')[0]!;
  const entry = design.layout[originalPod];
  return entry && { x: entry.x + offset.x, y: entry.y + (entry.h ?? 160) + offset.y };
}
