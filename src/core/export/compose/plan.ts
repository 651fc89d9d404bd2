/**
 * How a pod becomes Compose services. Every container is a service named `<pod>-<container>`; the
 * long-running members of a pod share one network namespace so that localhost works as in a pod.
 *
 * The owner of the namespace is the first app container, unless the app connects over localhost to a
 * helper (an ambassador): then that helper owns it, because Compose starts a namespace's owner before
 * its members and the app needs the helper at start, as native sidecars guarantee in Kubernetes.
 * Init containers run to completion in their own namespace: a member cannot wait for a container
 * that itself needs the member's namespace.
 */
import { uniqueName } from '../../model/names';
import { HELPER_ROLES, type Container, type Design, type Pod } from '../../model/types';
import type { DesignLookup } from '../lookup';
import { joinName } from '../values';

export interface PodPlan {
  pod: Pod;
  /** The member whose network namespace the others join; undefined when the pod has none. */
  owner?: Container;
  /** Long-running containers, in design order, owner included. */
  members: Container[];
  inits: Container[];
}

export interface ComposePlan {
  pods: PodPlan[];
  /** Compose service name by container id. */
  names: Map<string, string>;
  /** The plan of the pod of each container id. */
  podOf: Map<string, PodPlan>;
}

function chooseOwner(lookup: DesignLookup, members: Container[]): Container | undefined {
  const apps = members.filter((c) => c.role === 'app');
  const helpers = new Set(members.filter((c) => HELPER_ROLES.includes(c.role)).map((c) => c.id));
  for (const app of apps) {
    const needed = lookup.connectionsFrom(app.id).find((e) => helpers.has(e.to.id));
    if (needed) return members.find((c) => c.id === needed.to.id);
  }
  return apps[0] ?? members[0];
}

export function planCompose(design: Design, lookup: DesignLookup): ComposePlan {
  const names = new Map<string, string>();
  const podOf = new Map<string, PodPlan>();
  const taken = new Set<string>();
  const pods = design.pods.map((pod) => {
    const members = pod.containers.filter((c) => c.role !== 'init');
    const inits = pod.containers.filter((c) => c.role === 'init');
    const owner = chooseOwner(lookup, members);
    const plan: PodPlan = { pod, ...(owner ? { owner } : {}), members, inits };
    for (const container of pod.containers) {
      const base = joinName(pod.name, container.name);
      // uniqueName copies what is taken: call it only on a clash, or 1,000 pods cost a million steps.
      const name = taken.has(base) ? uniqueName(base, taken) : base;
      taken.add(name);
      names.set(container.id, name);
      podOf.set(container.id, plan);
    }
    return plan;
  });
  return { pods, names, podOf };
}
