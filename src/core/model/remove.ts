import type { Design } from './types';

/**
 * Removes entities by id with everything that depends on them: a pod takes its containers, the
 * services that select it and every connection touching its containers; a container, service or
 * external takes the connections from or to it. Layout entries go with their entities.
 */
export function removeEntities(design: Design, ids: readonly string[]): Design {
  const removed = new Set(ids);
  for (const pod of design.pods) {
    if (removed.has(pod.id)) for (const container of pod.containers) removed.add(container.id);
  }
  for (const service of design.services) if (removed.has(service.pod)) removed.add(service.id);

  const pods = design.pods
    .filter((pod) => !removed.has(pod.id))
    .map((pod) =>
      pod.containers.some((c) => removed.has(c.id))
        ? { ...pod, containers: pod.containers.filter((c) => !removed.has(c.id)) }
        : pod,
    );
  const connections = design.connections.filter(
    (c) => !removed.has(c.id) && !removed.has(c.from) && !removed.has(c.to.id),
  );
  const layout = Object.fromEntries(Object.entries(design.layout).filter(([id]) => !removed.has(id)));
  return {
    ...design,
    pods,
    services: design.services.filter((s) => !removed.has(s.id)),
    externals: design.externals.filter((x) => !removed.has(x.id)),
    connections,
    layout,
  };
}
