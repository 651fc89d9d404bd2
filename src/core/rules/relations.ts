import type { Connection, Container, Contract, ContractProtocol, Pod, Port } from '../model/types';
import type { Arrival, DesignIndex, ResolvedTarget } from './design-index';

/** Relations between containers that the pattern rules share. All are O(size of what they look at). */

export function appsOf(pod: Pod): Container[] {
  return pod.containers.filter((c) => c.role === 'app');
}

/** Whether a connection leaves the pod: an external, or a container or service of another pod (or of none). */
export function leavesPod(index: DesignIndex, connection: Connection, pod: Pod): boolean {
  const target = index.target(connection);
  if (target.kind === 'missing') return false;
  return index.targetPod(connection)?.id !== pod.id;
}

/** Connections that reach a container straight from another container of its pod (not through a service). */
export function inPodArrivals(index: DesignIndex, pod: Pod, container: Container): Arrival[] {
  return index.arrivals(container.id).filter((a) => !a.via && a.from?.pod.id === pod.id);
}

/** Arrivals from a container of another pod, directly or through a service. */
export function crossPodArrivals(index: DesignIndex, pod: Pod, container: Container): Arrival[] {
  return index.arrivals(container.id).filter((a) => a.from !== undefined && a.from.pod.id !== pod.id);
}

/** Whether two containers mount a volume in common. */
export function sharesVolume(a: Container, b: Container): boolean {
  if (a.mounts.length === 0 || b.mounts.length === 0) return false;
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
export function remoteApps(index: DesignIndex, pod: Pod, adapter: Container): string[] {
  const names = new Set<string>();
  for (const connection of index.outbound(adapter.id)) {
    const target = index.target(connection);
    const end =
      target.kind === 'container' ? target : target.kind === 'service' ? target.endpoint : undefined;
    if (end && end.pod.id !== pod.id && end.container.role === 'app') names.add(end.container.name);
  }
  return [...names];
}

/** Whether the adapter has any input from its own pod: a localhost call either way, or a shared volume. */
export function readsOwnPod(index: DesignIndex, pod: Pod, adapter: Container): boolean {
  const apps = pod.containers.filter((c) => c.role === 'app');
  if (apps.some((app) => sharesVolume(app, adapter))) return true;
  if (inPodArrivals(index, pod, adapter).some((a) => a.from?.container.role === 'app')) return true;
  return index.outbound(adapter.id).some((connection) => {
    const target = index.target(connection);
    return target.kind === 'container' && target.pod.id === pod.id && target.container.role === 'app';
  });
}
