import type {
  Connection,
  Container,
  Design,
  External,
  ExternalPort,
  Pod,
  Port,
  Service,
  ServicePort,
} from '../model/types';
import { parseKubernetesVersion, type KubernetesVersion } from './k8s-version';

export interface ContainerRef {
  pod: Pod;
  container: Container;
}

export interface PortRef extends ContainerRef {
  port: Port;
}

/** Where a connection ends, resolved once per run. For a service, `endpoint` is the container port that answers. */
export type ResolvedTarget =
  | { kind: 'container'; pod: Pod; container: Container; port: Port | undefined }
  | {
      kind: 'service';
      service: Service;
      servicePort: ServicePort | undefined;
      pod: Pod | undefined;
      endpoint: PortRef | undefined;
    }
  | { kind: 'external'; external: External; port: ExternalPort | undefined }
  | { kind: 'missing' };

/** A service port that sends traffic to a container port. */
export interface Exposure {
  service: Service;
  servicePort: ServicePort;
  port: Port;
}

/** A connection whose traffic ends at a container, directly or through a service. */
export interface Arrival {
  connection: Connection;
  from: ContainerRef | undefined;
  port: Port;
  via?: Service;
}

/**
 * A container with everything attached to it. Rules that visit every container or connection walk
 * these entries (`index.containers.values()`, in document order) instead of looking things up by id:
 * on large designs each look-up in a big map is a cache miss, while the entries are read in order.
 */
export interface ContainerEntry extends ContainerRef {
  /** Where the container stands in the document (see `documentIds`). */
  position: number;
  outbound: Connection[];
  /** Where each outbound connection ends, aligned with `outbound`. */
  targets: ResolvedTarget[];
  /** Connections that end at this container (whatever their port). */
  inbound: Connection[];
  arrivals: Arrival[];
  exposures: Exposure[];
}

/** The pod where a resolved connection's traffic ends, if it ends in one. */
export function targetPodOf(target: ResolvedTarget): Pod | undefined {
  return target.kind === 'container' || target.kind === 'service' ? target.pod : undefined;
}

/**
 * Every look-up the rules need, built once per run in linear time, so that no rule scans the design
 * inside a loop over the design.
 */
export interface DesignIndex {
  design: Design;
  pods: ReadonlyMap<string, Pod>;
  /** Every container with its connections, in document order. */
  containers: ReadonlyMap<string, ContainerEntry>;
  /** Connections whose caller does not exist, which no container entry holds. */
  orphans: readonly Connection[];
  services: ReadonlyMap<string, Service>;
  externals: ReadonlyMap<string, External>;
  /** The target Kubernetes version, or undefined when it cannot be read. */
  kubernetes: KubernetesVersion | undefined;
  outbound(containerId: string): readonly Connection[];
  /** Connections whose `to.id` is this container, service or external. */
  inbound(id: string): readonly Connection[];
  servicesOf(podId: string): readonly Service[];
  /** The container port of a pod with this name (port names are unique in a pod). */
  podPort(podId: string, portName: string): PortRef | undefined;
  target(connection: Connection): ResolvedTarget;
  /** The pod where a connection's traffic ends, if it ends in one. */
  targetPod(connection: Connection): Pod | undefined;
  exposures(containerId: string): readonly Exposure[];
  arrivals(containerId: string): readonly Arrival[];
  /** Where a finding's entity stands in the document, for a stable order of findings (the design: -1). */
  position(target: { kind: string; id: string }): number;
  /** An id not used in the design, derived from `basis` so that the same design gives the same fix. */
  freshId(prefix: string, basis: string): string;
  /** A display name for a connection: `"web" → "redis" port redis`. */
  connectionName(connection: Connection): string;
}

const NONE: readonly never[] = [];

/**
 * Most containers have no connections of some kind: their lists all share this one empty array until
 * the first item arrives, which spares a large design tens of thousands of allocations per run.
 */
const EMPTY: never[] = Object.freeze([]) as unknown as never[];

type ListKey = 'outbound' | 'targets' | 'inbound' | 'arrivals' | 'exposures';

function add<K extends ListKey>(entry: ContainerEntry, key: K, item: ContainerEntry[K][number]): void {
  const list = entry[key] as unknown[];
  if (list === EMPTY) (entry[key] as unknown[]) = [item];
  else list.push(item);
}

/**
 * What a pod offers by port name and which services select it. A pod has a handful of ports: a list
 * scanned by name costs less than a map per pod, which on a 5,000-pod design is 5,000 hash tables
 * for the garbage collector to copy.
 */
interface PodEntry {
  position: number;
  /** Unique by name, the first port of each name. */
  ports: PortRef[];
  /** Built past LIST_LIMIT ports, so a pod with thousands of ports stays linear. */
  byName?: Map<string, PortRef>;
  services: Service[];
}

const LIST_LIMIT = 16;

function portNamed(entry: PodEntry, name: string): PortRef | undefined {
  if (entry.byName) return entry.byName.get(name);
  for (const ref of entry.ports) if (ref.port.name === name) return ref;
  return undefined;
}

function addPort(entry: PodEntry, ref: PortRef): void {
  if (portNamed(entry, ref.port.name)) return;
  entry.ports.push(ref);
  if (entry.byName) entry.byName.set(ref.port.name, ref);
  else if (entry.ports.length > LIST_LIMIT) entry.byName = new Map(entry.ports.map((r) => [r.port.name, r]));
}

/**
 * Builds the index of a design in one pass over it. Linear in the size of the design, and sparing
 * with maps: on large designs each map look-up is a cache miss, so adjacency lives on the entries.
 */
export function indexDesign(design: Design): DesignIndex {
  const pods = new Map<string, Pod>();
  const podEntries = new Map<string, PodEntry>();
  const containers = new Map<string, ContainerEntry>();
  const services = new Map<string, Service>();
  const externals = new Map<string, External>();
  // Inbound connections of services and externals (containers keep theirs on their entry).
  const endpointInbound = new Map<string, Connection[]>();
  let position = 0;
  for (const pod of design.pods) {
    pods.set(pod.id, pod);
    const podEntry: PodEntry = { position: position++, ports: [], services: [] };
    podEntries.set(pod.id, podEntry);
    for (const container of pod.containers) {
      containers.set(container.id, {
        position: position++,
        pod,
        container,
        outbound: EMPTY,
        targets: EMPTY,
        inbound: EMPTY,
        arrivals: EMPTY,
        exposures: EMPTY,
      });
      for (const port of container.ports) addPort(podEntry, { pod, container, port });
    }
  }
  for (const service of design.services) {
    services.set(service.id, service);
    const entry = service.pod ? podEntries.get(service.pod) : undefined;
    if (!entry) continue;
    entry.services.push(service);
    for (const servicePort of service.ports) {
      const ref = portNamed(entry, servicePort.targetPort);
      if (ref) add(containers.get(ref.container.id)!, 'exposures', { service, servicePort, port: ref.port });
    }
  }
  for (const external of design.externals) externals.set(external.id, external);

  const orphans: Connection[] = [];
  const resolve = (connection: Connection): ResolvedTarget => {
    const to = connection.to;
    const ref = containers.get(to.id);
    if (ref) {
      return {
        kind: 'container',
        pod: ref.pod,
        container: ref.container,
        port: ref.container.ports.find((p) => p.name === to.port),
      };
    }
    const service = services.get(to.id);
    if (service) {
      const servicePort = service.ports.find((p) => p.name === to.port);
      const podEntry = servicePort ? podEntries.get(service.pod) : undefined;
      const endpoint = podEntry ? portNamed(podEntry, servicePort!.targetPort) : undefined;
      return { kind: 'service', service, servicePort, pod: pods.get(service.pod), endpoint };
    }
    const external = externals.get(to.id);
    if (external) return { kind: 'external', external, port: external.ports.find((p) => p.name === to.port) };
    return { kind: 'missing' };
  };
  for (const connection of design.connections) {
    const fromEntry = containers.get(connection.from);
    const target = resolve(connection);
    if (fromEntry) {
      add(fromEntry, 'outbound', connection);
      add(fromEntry, 'targets', target);
    } else {
      orphans.push(connection);
    }
    if (target.kind === 'container') {
      const entry = containers.get(target.container.id)!;
      add(entry, 'inbound', connection);
      if (target.port) add(entry, 'arrivals', { connection, from: fromEntry, port: target.port });
    } else if (target.kind === 'service' || target.kind === 'external') {
      const id = target.kind === 'service' ? target.service.id : target.external.id;
      const list = endpointInbound.get(id);
      if (list) list.push(connection);
      else endpointInbound.set(id, [connection]);
      if (target.kind === 'service' && target.endpoint) {
        add(containers.get(target.endpoint.container.id)!, 'arrivals', {
          connection,
          from: fromEntry,
          port: target.endpoint.port,
          via: target.service,
        });
      }
    }
  }

  let taken: Set<string> | undefined;
  // Positions of services, externals and connections, built only when a finding points at one.
  let otherPositions: Map<string, number> | undefined;
  const nameOf = (id: string): string =>
    containers.get(id)?.container.name ??
    services.get(id)?.name ??
    externals.get(id)?.name ??
    pods.get(id)?.name ??
    id;
  const targetOf = (connection: Connection): ResolvedTarget => {
    const entry = containers.get(connection.from);
    const at = entry ? entry.outbound.indexOf(connection) : -1;
    return at >= 0 ? entry!.targets[at]! : resolve(connection);
  };

  return {
    design,
    pods,
    containers,
    orphans,
    services,
    externals,
    kubernetes: parseKubernetesVersion(design.target?.kubernetes),
    outbound: (id) => containers.get(id)?.outbound ?? NONE,
    inbound: (id) => containers.get(id)?.inbound ?? endpointInbound.get(id) ?? NONE,
    servicesOf: (podId) => podEntries.get(podId)?.services ?? NONE,
    podPort: (podId, portName) => {
      const entry = podEntries.get(podId);
      return entry ? portNamed(entry, portName) : undefined;
    },
    target: targetOf,
    targetPod: (connection) => targetPodOf(targetOf(connection)),
    exposures: (id) => containers.get(id)?.exposures ?? NONE,
    arrivals: (id) => containers.get(id)?.arrivals ?? NONE,
    position(target) {
      if (target.kind === 'design') return -1;
      if (target.kind === 'container') return containers.get(target.id)?.position ?? Number.MAX_SAFE_INTEGER;
      if (target.kind === 'pod') return podEntries.get(target.id)?.position ?? Number.MAX_SAFE_INTEGER;
      if (!otherPositions) {
        otherPositions = new Map();
        let at = 0;
        for (const id of documentIds(design)) {
          if (at >= position) otherPositions.set(id, at);
          at++;
        }
      }
      return otherPositions.get(target.id) ?? Number.MAX_SAFE_INTEGER;
    },
    freshId(prefix, basis) {
      // Only quick fixes need this, so the set of taken ids is built on first use.
      taken ??= new Set(documentIds(design));
      const base = `${prefix}-fix-${basis}`;
      let id = base;
      for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
      return id;
    },
    connectionName: (connection) =>
      `"${nameOf(connection.from)}" → "${nameOf(connection.to.id)}" port ${connection.to.port}`,
  };
}

/** Every entity id, in document order: pods each followed by their containers, services, externals, connections. */
export function* documentIds(design: Design): Generator<string> {
  for (const pod of design.pods) {
    yield pod.id;
    for (const container of pod.containers) yield container.id;
  }
  for (const service of design.services) yield service.id;
  for (const external of design.externals) yield external.id;
  for (const connection of design.connections) yield connection.id;
}
