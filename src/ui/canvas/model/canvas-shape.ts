import type { Container, Design, Pod } from '../../../core';

/**
 * Whether two designs draw the same canvas: the same nodes and edges, in the same places, with the same
 * labels. Most edits (an image, an env var, a description, a probe) change nothing the canvas draws, and
 * then the mappers hand back their last nodes and edges without walking 1,400 nodes and 800 edges again;
 * what such an edit does show (a container's image) its node reads from the store itself.
 *
 * What the canvas draws from a pod: its name, workload and replicas, and from each container its id,
 * name, role and ports (edge labels, the container's place); Services, externals, connections and the
 * layout are compared as wholes.
 */
export function sameCanvasShape(a: Design, b: Design): boolean {
  if (a === b) return true;
  if (
    a.layout !== b.layout ||
    a.services !== b.services ||
    a.externals !== b.externals ||
    a.connections !== b.connections
  )
    return false;
  if (a.pods === b.pods) return true;
  if (a.pods.length !== b.pods.length) return false;
  return a.pods.every((pod, i) => samePodShape(pod, b.pods[i]!));
}

function samePodShape(a: Pod, b: Pod): boolean {
  if (a === b) return true;
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.workload === b.workload &&
    a.replicas === b.replicas &&
    a.containers.length === b.containers.length &&
    a.containers.every((container, i) => sameContainerShape(container, b.containers[i]!))
  );
}

function sameContainerShape(a: Container, b: Container): boolean {
  return a === b || (a.id === b.id && a.name === b.name && a.role === b.role && a.ports === b.ports);
}
