/**
 * `depends_on` for every service, mirroring what Kubernetes guarantees and what callers need:
 * - a member waits for its namespace owner to start;
 * - a container waits for the containers it connects to (healthy when they have a healthcheck),
 *   inside the pod and across pods;
 * - app containers wait for the pod's init containers to complete.
 * An edge that would close a cycle is left out: Compose refuses cycles, and mutual callers must retry.
 */
import type { Container, Design } from '../../model/types';
import { serviceTargetOf, type DesignLookup } from '../lookup';
import { chosenProbe } from './healthcheck';
import type { ComposePlan } from './plan';

export type Condition = 'service_started' | 'service_healthy' | 'service_completed_successfully';
const STRENGTH: Record<Condition, number> = {
  service_started: 0,
  service_healthy: 1,
  service_completed_successfully: 2,
};

/** Container id -> (service name -> condition), in a stable order. */
export type Dependencies = Map<string, Map<string, Condition>>;

/** The container a connection reaches, if it is a container of the design. */
function reachedContainer(lookup: DesignLookup, to: { id: string; port: string }): Container | undefined {
  const direct = lookup.container(to.id)?.container;
  if (direct) return direct;
  const service = lookup.service(to.id);
  return service ? serviceTargetOf(lookup, service, to.port)?.container : undefined;
}

export function computeDependencies(design: Design, lookup: DesignLookup, plan: ComposePlan): Dependencies {
  const deps: Dependencies = new Map();
  const edges = new Map<string, Set<string>>();
  const reaches = (from: string, to: string): boolean => {
    const stack = [from];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (at === to) return true;
      if (seen.has(at)) continue;
      seen.add(at);
      for (const next of edges.get(at) ?? []) stack.push(next);
    }
    return false;
  };
  const add = (from: Container, to: Container, condition: Condition) => {
    if (from.id === to.id || reaches(to.id, from.id)) return;
    if (!edges.has(from.id)) edges.set(from.id, new Set());
    edges.get(from.id)!.add(to.id);
    if (!deps.has(from.id)) deps.set(from.id, new Map());
    const name = plan.names.get(to.id)!;
    const own = deps.get(from.id)!;
    const current = own.get(name);
    if (!current || STRENGTH[condition] > STRENGTH[current]) own.set(name, condition);
  };
  const readyCondition = (c: Container): Condition =>
    chosenProbe(c) ? 'service_healthy' : 'service_started';

  for (const pod of plan.pods) {
    for (const member of pod.members)
      if (pod.owner && member !== pod.owner) add(member, pod.owner, 'service_started');
    for (const member of pod.members) {
      if (member.role !== 'app') continue;
      for (const init of pod.inits) add(member, init, 'service_completed_successfully');
    }
  }
  for (const connection of design.connections) {
    const from = lookup.container(connection.from)?.container;
    const to = reachedContainer(lookup, connection.to);
    if (!from || !to || to.role === 'init') continue;
    add(from, to, readyCondition(to));
  }
  return deps;
}
