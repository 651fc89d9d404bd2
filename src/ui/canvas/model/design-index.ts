import { targetPorts, type Design, type TargetPort } from '../../../core';

/**
 * Look-ups by id over one design value, built once per design (designs are immutable), so mapping
 * hundreds of edges stays linear instead of scanning every pod for every edge.
 */
export interface DesignIndex {
  name(id: string): string | undefined;
  /** The ports a connection may target on a container, Service or external. */
  ports(id: string): readonly TargetPort[];
}

const cache = new WeakMap<Design, DesignIndex>();

export function indexOf(design: Design): DesignIndex {
  let index = cache.get(design);
  if (!index) {
    index = buildIndex(design);
    cache.set(design, index);
  }
  return index;
}

function buildIndex(design: Design): DesignIndex {
  const names = new Map<string, string>();
  const ports = new Map<string, readonly TargetPort[]>();
  const serviceIds = new Set<string>();
  for (const pod of design.pods) {
    names.set(pod.id, pod.name);
    for (const container of pod.containers) {
      names.set(container.id, container.name);
      ports.set(container.id, container.ports);
    }
  }
  for (const external of design.externals) {
    names.set(external.id, external.name);
    ports.set(external.id, external.ports);
  }
  for (const service of design.services) {
    names.set(service.id, service.name);
    serviceIds.add(service.id);
  }
  return {
    name: (id) => names.get(id),
    ports(id) {
      let found = ports.get(id);
      // A Service's ports take their contract from the container port they aim at: the core knows how.
      if (!found && serviceIds.has(id)) {
        found = targetPorts(design, id);
        ports.set(id, found);
      }
      return found ?? [];
    },
  };
}
