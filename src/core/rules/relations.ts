import type { Connection, Container, Contract, ContractProtocol, Pod, Port } from '../model/types';
import { targetPodOf, type Arrival, type DesignIndex, type ResolvedTarget } from './design-index';

/** Relations between containers that the pattern rules share. All are O(size of what they look at). */

const NO_CONTAINERS: readonly Container[] = Object.freeze([]);

/** The pod's apps. Most pods have exactly one; the rules call this for every pod, so it allocates only past one. */
export function appsOf(pod: Pod): readonly Container[] {
  let first: Container | undefined;
  let apps: Container[] | undefined;
  for (const c of pod.containers) {
    if (c.role !== 'app') continue;
    if (apps) apps.push(c);
    else if (first) apps = [first, c];
    else first = c;
  }
  return apps ?? (first ? [first] : NO_CONTAINERS);
}

/** Whether the pod has an app, without building the list. */
export function hasApp(pod: Pod): boolean {
  for (const c of pod.containers) if (c.role === 'app') return true;
  return false;
}

/** Whether a connection leaves the pod: an external, or a container or service of another pod (or of none). */
export function leavesPod(index: DesignIndex, connection: Connection, pod: Pod): boolean {
  const target = index.target(connection);
  if (target.kind === 'missing') return false;
  return targetPodOf(target)?.id !== pod.id;
}

/** Connections that reach a container straight from another container of its pod (not through a service). */
export function inPodArrivals(index: DesignIndex, pod: Pod, container: Container): readonly Arrival[] {
  const arrivals = index.arrivals(container.id);
  return arrivals.length === 0 ? arrivals : arrivals.filter((a) => isInPod(a, pod));
}

export function isInPod(arrival: Arrival, pod: Pod): boolean {
  return !arrival.via && arrival.from?.pod.id === pod.id;
}

/** Arrivals from a container of another pod, directly or through a service. */
export function crossPodArrivals(index: DesignIndex, pod: Pod, container: Container): readonly Arrival[] {
  const arrivals = index.arrivals(container.id);
  return arrivals.length === 0 ? arrivals : arrivals.filter((a) => isCrossPod(a, pod));
}

export function isCrossPod(arrival: Arrival, pod: Pod): boolean {
  return arrival.from !== undefined && arrival.from.pod.id !== pod.id;
}

/** Whether two containers mount a volume in common. */
export function sharesVolume(a: Container, b: Container): boolean {
  if (a.mounts.length === 0 || b.mounts.length === 0) return false;
  // A container mounts a handful of volumes: comparing them pairwise beats building a set each time.
  if (a.mounts.length * b.mounts.length <= 64) {
    for (const m of a.mounts) for (const n of b.mounts) if (m.volume === n.volume) return true;
    return false;
  }
  const mine = new Set(a.mounts.map((m) => m.volume));
  return b.mounts.some((m) => mine.has(m.volume));
}

/** The contract a connection's target offers, if it resolves to a port with one. */
export function targetContract(target: ResolvedTarget): Contract | undefined {
  switch (target.kind) {
    case 'container':
      return target.port?.contract;
    case 'service':
      return target.endpoint?.port.contract;
    case 'external':
      return target.port?.contract;
    default:
      return undefined;
  }
}

/** The target's port number, if it resolves (a service's own port, not the container's). */
export function targetPortNumber(target: ResolvedTarget): number | undefined {
  switch (target.kind) {
    case 'container':
      return target.port?.port;
    case 'service':
      return target.servicePort?.port;
    case 'external':
      return target.port?.port;
    default:
      return undefined;
  }
}

/** The name of whatever a connection ends at, for messages. */
export function targetName(target: ResolvedTarget): string {
  switch (target.kind) {
    case 'container':
      return target.container.name;
    case 'service':
      return target.service.name;
    case 'external':
      return target.external.name;
    default:
      return '?';
  }
}

/**
 * The standard interfaces the book's adapters conform an app to, and that the platform (not the app)
 * consumes: metrics, telemetry, logs, health. Ports offering them are meant to be reached from outside.
 */
export const OBSERVABILITY_PROTOCOLS: readonly ContractProtocol[] = ['prometheus', 'otlp', 'logs', 'health'];

export function isObservabilityPort(port: Port): boolean {
  return port.contract !== undefined && OBSERVABILITY_PROTOCOLS.includes(port.contract.protocol);
}

/** A port number not yet bound by any container of the pod, starting from `wanted`. */
export function freePortNumber(pod: Pod, wanted: number): number {
  const taken = new Set(pod.containers.flatMap((c) => c.ports.map((p) => p.port)));
  let port = wanted;
  while (taken.has(port) && port < 65535) port++;
  return port;
}

/** Apps of other pods that the adapter calls, directly or through a service. */
export function remoteApps(index: DesignIndex, pod: Pod, adapter: Container): readonly string[] {
  let names: string[] | undefined;
  for (const connection of index.outbound(adapter.id)) {
    const target = index.target(connection);
    const end =
      target.kind === 'container' ? target : target.kind === 'service' ? target.endpoint : undefined;
    if (!end || end.pod.id === pod.id || end.container.role !== 'app') continue;
    // Few names, each once, in the order first met (as a set would give them).
    if (!names) names = [end.container.name];
    else if (!names.includes(end.container.name)) names.push(end.container.name);
  }
  return names ?? NO_NAMES;
}

const NO_NAMES: readonly string[] = Object.freeze([]);

/** Whether the adapter has any input from its own pod: a localhost call either way, or a shared volume. */
export function readsOwnPod(index: DesignIndex, pod: Pod, adapter: Container): boolean {
  for (const c of pod.containers) if (c.role === 'app' && sharesVolume(c, adapter)) return true;
  for (const a of index.arrivals(adapter.id))
    if (isInPod(a, pod) && a.from?.container.role === 'app') return true;
  for (const connection of index.outbound(adapter.id)) {
    const target = index.target(connection);
    if (target.kind === 'container' && target.pod.id === pod.id && target.container.role === 'app')
      return true;
  }
  return false;
}
