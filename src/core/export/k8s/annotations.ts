/**
 * The `podwright.io` annotation scheme (docs/conversion-matrix.md): what Kubernetes has no field for
 * travels in annotations, so that an import restores the design exactly.
 *
 * - Object-level keys: `podwright.io/<facet>` (id, description, owner, …).
 * - Container-level keys follow Kubernetes' own AppArmor precedent, the container name as the key's
 *   name part: `<facet>.container.podwright.io/<container>`. A container name is a DNS label of at most
 *   63 characters, so every such key is valid whatever the name.
 * - Structured values (ports, env, connections) are compact JSON.
 */
import type { Container, Pod, Volume } from '../../model/types';
import type { DesignLookup } from '../lookup';
import { connectionFacts, envFacts, portFacts } from '../metadata';

export const ANNOTATION = {
  id: 'podwright.io/id',
  description: 'podwright.io/description',
  owner: 'podwright.io/owner',
  /** Design order of the containers, when the manifest's order (containers, then initContainers) differs. */
  containers: 'podwright.io/containers',
  /** Design order of the volumes, when the manifest's order (pod volumes, then claim templates) differs. */
  volumes: 'podwright.io/volumes',
  /** `external` on a Service that stands for an external system. */
  kind: 'podwright.io/kind',
  externalKind: 'podwright.io/external-kind',
  /** JSON: port name -> contract, on an external's Service. */
  ports: 'podwright.io/ports',
  /** `true` on an object the exporter added that is not in the design (a StatefulSet's governing Service). */
  generated: 'podwright.io/generated',
} as const;

export type ContainerFacet =
  'id' | 'role' | 'description' | 'docs' | 'source' | 'license' | 'ports' | 'env' | 'connections';

export function containerKey(facet: ContainerFacet, container: Container): string {
  return `${facet}.container.podwright.io/${container.name}`;
}

/** Annotations of an object that stands for one design entity. */
export function entityAnnotations(id: string, description: string): Record<string, string> {
  return { [ANNOTATION.id]: id, ...(description ? { [ANNOTATION.description]: description } : {}) };
}

/**
 * The workload's annotations: the pod's own facts, then each container's, in design order.
 * `order` and `volumeOrder` are the manifest's, to record the design order when it differs.
 */
export function podAnnotations(
  lookup: DesignLookup,
  pod: Pod,
  order: readonly Container[],
  volumeOrder: readonly Volume[] = pod.volumes,
): Record<string, string> {
  const annotations = entityAnnotations(pod.id, pod.description);
  if (pod.owner) annotations[ANNOTATION.owner] = pod.owner;
  if (order.some((container, index) => container !== pod.containers[index])) {
    annotations[ANNOTATION.containers] = pod.containers.map((c) => c.name).join(',');
  }
  if (volumeOrder.some((volume, index) => volume !== pod.volumes[index])) {
    annotations[ANNOTATION.volumes] = pod.volumes.map((v) => v.name).join(',');
  }
  for (const container of pod.containers) Object.assign(annotations, containerAnnotations(lookup, container));
  return annotations;
}

function containerAnnotations(lookup: DesignLookup, container: Container): Record<string, string> {
  const annotations: Record<string, string> = {
    [containerKey('id', container)]: container.id,
    [containerKey('role', container)]: container.role,
  };
  if (container.description) annotations[containerKey('description', container)] = container.description;
  if (container.docsUrl) annotations[containerKey('docs', container)] = container.docsUrl;
  if (container.sourceUrl) annotations[containerKey('source', container)] = container.sourceUrl;
  if (container.license) annotations[containerKey('license', container)] = container.license;
  const ports = portFacts(container);
  if (ports) annotations[containerKey('ports', container)] = JSON.stringify(ports);
  const env = envFacts(container, false);
  if (env) annotations[containerKey('env', container)] = JSON.stringify(env);
  const connections = connectionFacts(lookup, container);
  if (connections.length > 0)
    annotations[containerKey('connections', container)] = JSON.stringify(connections);
  return annotations;
}
