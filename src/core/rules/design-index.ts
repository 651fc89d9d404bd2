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
  from: ContainerEntry | undefined;
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
  /** The pod with this id (the last, should ids repeat). */
  pod(id: string): Pod | undefined;
  /** Every container with its connections, in document order. */
  containers: ReadonlyMap<string, ContainerEntry>;
  /**
   * The entry made for each container, in document order: the same as `containers` unless ids repeat,
   * when `containers` holds only the last entry of each id (which every connection to that id joins).
   */
  entries: readonly ContainerEntry[];
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
  /** The pod whose container entries the rules are about to ask for (see `forEachPod`). */
  focus(entries: readonly ContainerEntry[]): void;
  exposures(containerId: string): readonly Exposure[];
  arrivals(containerId: string): readonly Arrival[];
  /** Where a finding's entity stands in the document, for a stable order of findings (the design: -1). */
  position(target: { kind: string; id: string }): number;
  /** An id not used in the design, derived from `basis` so that the same design gives the same fix. */
  freshId(prefix: string, basis: string): string;
  /** A display name for a connection: `"web" → "redis" port redis`. */
  connectionName(connection: Connection): string;
}

/**
 * Most containers have no connections of some kind: their lists all share this one empty array until
 * the first item arrives, which spares a large design tens of thousands of allocations per run.
 *
 * It is made from a literal of one non-number and emptied, not frozen: V8 inlines a `for…of` over
 * arrays only when they all have the same elements kind, and a frozen or number-kinded empty array
 * beside the lists of objects makes every loop over an index list call the generic iterator, which
 * allocates a result object per item (about 11 MB per run on 5,000 pods). `add` never pushes onto it.
 */
const EMPTY: never[] = [undefined as never];
EMPTY.length = 0;
const NONE: readonly never[] = EMPTY;

type ListKey = 'outbound' | 'targets' | 'inbound' | 'arrivals' | 'exposures';

function add<K extends ListKey>(entry: ContainerEntry, key: K, item: ContainerEntry[K][number]): void {
  const list = entry[key] as unknown[];
  if (list === EMPTY) (entry[key] as unknown[]) = [item];
  else list.push(item);
}

/** A port of a pod, with the entry of the container that declares it. */
interface PodPort extends PortRef {
  entry: ContainerEntry;
}

/**
 * A pod, where its containers' entries start, and which services select it. Its ports are found by
 * scanning its containers (a pod has a handful of ports): no list or map per pod, and no record per
 * port, which on a 5,000-pod design were some 30,000 objects kept alive through the run.
 */
interface PodEntry {
  pod: Pod;
  position: number;
  /** Where the entries of the pod's containers start in `entries`. */
  first: number;
  /** How many ports its containers declare in all. */
  portCount: number;
  /** Built on first use past LIST_LIMIT ports, so a pod with thousands of ports stays linear. */
  byName?: Map<string, PodPort>;
  services: Service[];
}

/** A service or an external, with the connections that end at it. */
interface EndpointEntry<T> {
  value: T;
  inbound: Connection[];
}

const LIST_LIMIT = 16;

/** The pod's first port of this name, with the entry of the container that declares it. */
function portNamed(entry: PodEntry, entries: readonly ContainerEntry[], name: string): PodPort | undefined {
  if (entry.portCount > LIST_LIMIT) {
    entry.byName ??= portsByName(entry, entries);
    return entry.byName.get(name);
  }
  const { pod } = entry;
  // Indexed loops: lists from a design mix V8 elements kinds, so `for…of` would allocate an iterator.
  for (let c = 0; c < pod.containers.length; c++) {
    const container = pod.containers[c]!;
    for (let p = 0; p < container.ports.length; p++) {
      const port = container.ports[p]!;
      if (port.name === name) return { pod, container, port, entry: entries[entry.first + c]! };
    }
  }
  return undefined;
}

function portsByName(entry: PodEntry, entries: readonly ContainerEntry[]): Map<string, PodPort> {
  const byName = new Map<string, PodPort>();
  const { pod } = entry;
  pod.containers.forEach((container, c) => {
    for (const port of container.ports) {
      if (!byName.has(port.name))
        byName.set(port.name, { pod, container, port, entry: entries[entry.first + c]! });
    }
  });
  return byName;
}

/** `list.find((p) => p.name === name)` without a closure or an iterator per call. */
function named<T extends { name: string }>(list: readonly T[], name: string): T | undefined {
  for (let i = 0; i < list.length; i++) if (list[i]!.name === name) return list[i];
  return undefined;
}

/**
 * Builds the index of a design in one pass over it. Linear in the size of the design, and sparing
 * with maps: on large designs each map look-up is a cache miss, so adjacency lives on the entries, one
 * map per kind of entity is all there is, and each connection is looked up once at each end.
 */
export function indexDesign(design: Design): DesignIndex {
  const podEntries = new Map<string, PodEntry>();
  const containers = new Map<string, ContainerEntry>();
  const entries: ContainerEntry[] = [];
  const serviceEntries = new Map<string, EndpointEntry<Service>>();
  const externalEntries = new Map<string, EndpointEntry<External>>();
  let position = 0;
  let containerCount = 0;
  let repeatedIds = false;
  for (const pod of design.pods) {
    const podEntry: PodEntry = {
      pod,
      position: position++,
      first: entries.length,
      portCount: 0,
      services: EMPTY,
    };
    podEntries.set(pod.id, podEntry);
    for (const container of pod.containers) {
      const entry: ContainerEntry = {
        position: position++,
        pod,
        container,
        outbound: EMPTY,
        targets: EMPTY,
        inbound: EMPTY,
        arrivals: EMPTY,
        exposures: EMPTY,
      };
      containers.set(container.id, entry);
      entries.push(entry);
      // A repeated id (a broken design) replaces the earlier entry: look entries up by id from then on.
      if (containers.size !== ++containerCount) repeatedIds = true;
      podEntry.portCount += container.ports.length;
    }
  }
  const entryOfPort = (ref: PodPort): ContainerEntry =>
    repeatedIds ? containers.get(ref.container.id)! : ref.entry;
  for (const service of design.services) {
    serviceEntries.set(service.id, { value: service, inbound: EMPTY });
    const entry = service.pod ? podEntries.get(service.pod) : undefined;
    if (!entry) continue;
    if (entry.services === EMPTY) entry.services = [service];
    else entry.services.push(service);
    for (const servicePort of service.ports) {
      const ref = portNamed(entry, entries, servicePort.targetPort);
      if (ref) add(entryOfPort(ref), 'exposures', { service, servicePort, port: ref.port });
    }
  }
  for (const external of design.externals)
    externalEntries.set(external.id, { value: external, inbound: EMPTY });

  const resolveService = (
    service: Service,
    portName: string,
  ): ResolvedTarget & { kind: 'service'; endpoint: PodPort | undefined } => {
    const servicePort = named(service.ports, portName);
    const podEntry = podEntries.get(service.pod);
    const endpoint =
      servicePort && podEntry ? portNamed(podEntry, entries, servicePort.targetPort) : undefined;
    return { kind: 'service', service, servicePort, pod: podEntry?.pod, endpoint };
  };
  const resolve = (connection: Connection): ResolvedTarget => {
    const to = connection.to;
    const ref = containers.get(to.id);
    if (ref)
      return {
        kind: 'container',
        pod: ref.pod,
        container: ref.container,
        port: named(ref.container.ports, to.port),
      };
    const service = serviceEntries.get(to.id);
    if (service) return resolveService(service.value, to.port);
    const external = externalEntries.get(to.id);
    if (external)
      return { kind: 'external', external: external.value, port: named(external.value.ports, to.port) };
    return { kind: 'missing' };
  };

  const orphans: Connection[] = [];
  for (const connection of design.connections) {
    const fromEntry = containers.get(connection.from);
    const to = connection.to;
    let target: ResolvedTarget;
    const toEntry = containers.get(to.id);
    if (toEntry) {
      const port = named(toEntry.container.ports, to.port);
      target = { kind: 'container', pod: toEntry.pod, container: toEntry.container, port };
      add(toEntry, 'inbound', connection);
      if (port) add(toEntry, 'arrivals', { connection, from: fromEntry, port });
    } else {
      const service = serviceEntries.get(to.id);
      const external = service ? undefined : externalEntries.get(to.id);
      if (service) {
        const resolved = resolveService(service.value, to.port);
        target = resolved;
        addInbound(service, connection);
        if (resolved.endpoint) {
          add(entryOfPort(resolved.endpoint), 'arrivals', {
            connection,
            from: fromEntry,
            port: resolved.endpoint.port,
            via: service.value,
          });
        }
      } else if (external) {
        target = { kind: 'external', external: external.value, port: named(external.value.ports, to.port) };
        addInbound(external, connection);
      } else {
        target = MISSING;
      }
    }
    if (fromEntry) {
      add(fromEntry, 'outbound', connection);
      add(fromEntry, 'targets', target);
    } else {
      orphans.push(connection);
    }
  }

  let taken: Set<string> | undefined;
  // Positions of services, externals and connections, built only when a finding points at one.
  let otherPositions: Map<string, number> | undefined;
  let services: Map<string, Service> | undefined;
  let externals: Map<string, External> | undefined;
  const nameOf = (id: string): string =>
    containers.get(id)?.container.name ??
    serviceEntries.get(id)?.value.name ??
    externalEntries.get(id)?.value.name ??
    podEntries.get(id)?.pod.name ??
    id;
  // The container asked about last, and the pod the rules are visiting. A rule asks several questions
  // about one container in a row (its outbound connections, their targets, its arrivals), and the rules
  // visiting a pod ask about its few containers in turn: each answer found here spares a look-up in a
  // map that, on a large design, misses the cache (a third of a 5,000-pod run went to those).
  let lastId: string | undefined;
  let lastEntry: ContainerEntry | undefined;
  let focused: readonly ContainerEntry[] = NONE;
  const entryOf = (id: string): ContainerEntry | undefined => {
    if (id === lastId) return lastEntry;
    lastId = id;
    for (let i = 0; i < focused.length; i++) {
      if (focused[i]!.container.id === id) return (lastEntry = focused[i]);
    }
    return (lastEntry = containers.get(id));
  };
  const targetOf = (connection: Connection): ResolvedTarget => {
    const entry = entryOf(connection.from);
    const at = entry ? entry.outbound.indexOf(connection) : -1;
    return at >= 0 ? entry!.targets[at]! : resolve(connection);
  };

  return {
    design,
    pod: (id) => podEntries.get(id)?.pod,
    containers,
    entries,
    orphans,
    // Only quick fixes list these, so they are built on first use.
    get services() {
      return (services ??= new Map([...serviceEntries].map(([id, e]) => [id, e.value])));
    },
    get externals() {
      return (externals ??= new Map([...externalEntries].map(([id, e]) => [id, e.value])));
    },
    kubernetes: parseKubernetesVersion(design.target?.kubernetes),
    outbound: (id) => entryOf(id)?.outbound ?? NONE,
    inbound: (id) =>
      entryOf(id)?.inbound ?? serviceEntries.get(id)?.inbound ?? externalEntries.get(id)?.inbound ?? NONE,
    servicesOf: (podId) => podEntries.get(podId)?.services ?? NONE,
    podPort: (podId, portName) => {
      const entry = podEntries.get(podId);
      return entry ? portNamed(entry, entries, portName) : undefined;
    },
    target: targetOf,
    targetPod: (connection) => targetPodOf(targetOf(connection)),
    focus(entries) {
      // With repeated ids a pod's own entries are not always those its container ids name.
      focused = repeatedIds ? NONE : entries;
    },
    exposures: (id) => entryOf(id)?.exposures ?? NONE,
    arrivals: (id) => entryOf(id)?.arrivals ?? NONE,
    position(target) {
      if (target.kind === 'design') return -1;
      if (target.kind === 'container') return entryOf(target.id)?.position ?? Number.MAX_SAFE_INTEGER;
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

const MISSING: ResolvedTarget = Object.freeze({ kind: 'missing' });

function addInbound(entry: EndpointEntry<unknown>, connection: Connection): void {
  if (entry.inbound === EMPTY) entry.inbound = [connection];
  else entry.inbound.push(connection);
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
