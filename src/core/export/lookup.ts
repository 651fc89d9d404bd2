/**
 * Look-ups the exporters need, built once per export: the model's queries scan arrays, which is
 * fine for one question but quadratic when asked for every container of a 1,000-pod design.
 */
import type { ContainerRef } from '../model/queries';
import type { Connection, Design, External, Pod, Service } from '../model/types';

export interface DesignLookup {
  pod(id: string): Pod | undefined;
  container(id: string): ContainerRef | undefined;
  service(id: string): Service | undefined;
  external(id: string): External | undefined;
  /** Connections by calling container id, in design order. */
  connectionsFrom(containerId: string): readonly Connection[];
  /** Services that select a pod, in design order. */
  servicesOf(podId: string): readonly Service[];
}

const NONE: readonly never[] = [];

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** First entity wins on a duplicate id, as the model's `find*` queries do. */
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export function makeLookup(design: Design): DesignLookup {
  const pods = byId(design.pods);
  const containers = new Map<string, ContainerRef>();
  for (const pod of design.pods) {
    for (const container of pod.containers)
      if (!containers.has(container.id)) containers.set(container.id, { pod, container });
  }
  const services = byId(design.services);
  const externals = byId(design.externals);
  const from = group(design.connections, (c) => c.from);
  const selecting = group(design.services, (s) => s.pod);
  return {
    pod: (id) => pods.get(id),
    container: (id) => containers.get(id),
    service: (id) => services.get(id),
    external: (id) => externals.get(id),
    connectionsFrom: (id) => from.get(id) ?? NONE,
    servicesOf: (id) => selecting.get(id) ?? NONE,
  };
}

/** The container and port a service port sends traffic to, like the model's `serviceTarget`, in O(pod). */
export function serviceTargetOf(
  lookup: DesignLookup,
  service: Service,
  portName: string,
): { container: ContainerRef['container']; port: ContainerRef['container']['ports'][number] } | undefined {
  const servicePort = service.ports.find((p) => p.name === portName);
  const pod = lookup.pod(service.pod);
  if (!servicePort || !pod) return undefined;
  for (const container of pod.containers) {
    const port = container.ports.find((p) => p.name === servicePort.targetPort);
    if (port) return { container, port };
  }
  return undefined;
}
