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
import {
  arrivalAt,
  claim,
  containerTargetAt,
  EMPTY,
  endpointAt,
  entryAt,
  exposureAt,
  externalTargetAt,
  live,
  newPool,
  poolFor,
  podEntryAt,
  put,
  serviceTargetAt,
  startRun,
  trim,
  type IndexPool,
  type PodEntry,
  type PodPort,
  type PooledEntry,
} from './index-build';
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

/** The container entries by id: the part of a `ReadonlyMap` the rules use. */
export interface ContainerLookup {
  get(id: string): ContainerEntry | undefined;
  readonly size: number;
  values(): Iterable<ContainerEntry>;
}

/**
 * Every look-up the rules need, built once per run in linear time, so that no rule scans the design
 * inside a loop over the design.
 */
export interface DesignIndex {
  design: Design;
  /** The pod with this id (the last, should ids repeat). */
  pod(id: string): Pod | undefined;
  /** Every container with its connections, by id; `values()` in document order. */
  containers: ContainerLookup;
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

const NONE: readonly never[] = EMPTY;

const LIST_LIMIT = 16;

/**
 * The pod's first port of this name, with the entry of the container that declares it; written into
 * `into` when given (a record the index owns and reuses), else a new record.
 */
function portNamed(
  entry: PodEntry,
  entries: readonly ContainerEntry[],
  name: string,
  into?: PodPort,
): PodPort | undefined {
  if (entry.portCount > LIST_LIMIT) {
    entry.byName ??= portsByName(entry, entries);
    const found = entry.byName.get(name);
    return found && into ? Object.assign(into, found) : found;
  }
  const { pod } = entry;
  // Indexed loops: lists from a design mix V8 elements kinds, so `for…of` would allocate an iterator.
  for (let c = 0; c < pod.containers.length; c++) {
    const container = pod.containers[c]!;
    for (let p = 0; p < container.ports.length; p++) {
      const port = container.ports[p]!;
      if (port.name !== name) continue;
      const at = entries[entry.first + c]!;
      if (!into) return { pod, container, port, entry: at };
      into.pod = pod;
      into.container = container;
      into.port = port;
      into.entry = at;
      return into;
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

function blankPodPort(): PodPort {
  return {
    pod: undefined as never,
    container: undefined as never,
    port: undefined as never,
    entry: undefined as never,
  };
}

/** A port record read and dropped at once while the index is built. */
const scratchPort = blankPodPort();

/** `list.find((p) => p.name === name)` without a closure or an iterator per call. */
function named<T extends { name: string }>(list: readonly T[], name: string): T | undefined {
  for (let i = 0; i < list.length; i++) if (list[i]!.name === name) return list[i];
  return undefined;
}

/** Whether a run has the pools now. */
let lent = false;

/**
 * Indexes a design for `use`, in the entries kept from earlier runs (see index-build.ts). The index is
 * valid only inside `use`: a later run rewrites it. A run inside a run (which the rules never start)
 * gets a fresh index of its own.
 */
export function withIndex<T>(design: Design, use: (index: DesignIndex) => T): T {
  if (lent) return use(indexDesign(design));
  lent = true;
  try {
    return use(buildIndex(design, poolFor(containerCountOf(design))));
  } finally {
    lent = false;
  }
}

/** A fresh index of a design, sharing nothing with any other. */
export function indexDesign(design: Design): DesignIndex {
  return buildIndex(design, newPool());
}

/**
 * Builds the index of a design in one pass over it. Linear in the size of the design, and sparing
 * with maps: on large designs each map look-up is a cache miss, so adjacency lives on the entries, one
 * map per kind of entity is all there is, and each connection is looked up once at each end.
 */
function buildIndex(design: Design, pool: IndexPool): DesignIndex {
  const containerCount = containerCountOf(design);
  const run = startRun(pool, design, containerCount);
  const { podById, entryById, serviceById, externalById } = pool;
  // The pool may hold more entries than this design has: they stay for a later, larger design.
  const pooled: readonly PooledEntry[] = pool.entries;
  const entryNamed = (id: string) => live(entryById, id, run);
  const podNamed = (id: string) => live(podById, id, run);
  const serviceNamed = (id: string) => live(serviceById, id, run);
  const externalNamed = (id: string) => live(externalById, id, run);
  let position = 0;
  let nextEntry = 0;
  let distinctContainers = 0;
  let repeatedIds = false;
  for (let p = 0; p < design.pods.length; p++) {
    const pod = design.pods[p]!;
    const podEntry = podEntryAt(pool, p, run);
    podEntry.pod = pod;
    podEntry.position = position++;
    podEntry.first = nextEntry;
    claim(podById, pod.id, podEntry);
    for (const container of pod.containers) {
      const entry = entryAt(pool, nextEntry++, run);
      entry.position = position++;
      entry.pod = pod;
      entry.container = container;
      // A repeated id (a broken design) replaces the earlier entry: look entries up by id from then on.
      if (claim(entryById, container.id, entry)) distinctContainers++;
      else repeatedIds = true;
      podEntry.portCount += container.ports.length;
    }
  }
  const entryOfPort = (ref: PodPort): PooledEntry =>
    repeatedIds ? entryNamed(ref.container.id)! : (ref.entry as PooledEntry);
  let exposureCount = 0;
  for (let s = 0; s < design.services.length; s++) {
    const service = design.services[s]!;
    claim(serviceById, service.id, endpointAt(pool.services, s, run, service));
    const entry = service.pod ? podNamed(service.pod) : undefined;
    if (!entry) continue;
    entry.services = put(entry.services, entry.serviceCount++, service);
    for (const servicePort of service.ports) {
      const ref = portNamed(entry, pooled, servicePort.targetPort, scratchPort);
      if (!ref) continue;
      const owner = entryOfPort(ref);
      const exposure = exposureAt(pool, exposureCount++, service, servicePort, ref.port);
      owner.exposures = put(owner.exposures, owner.exposureCount++, exposure);
    }
  }

  for (let x = 0; x < design.externals.length; x++) {
    const external = design.externals[x]!;
    claim(externalById, external.id, endpointAt(pool.externals, x, run, external));
  }

  /** Where a connection to a service ends; `into` is a target of the pool's to write over. */
  const resolveService = (
    target: ResolvedTarget & { kind: 'service' },
    service: Service,
    portName: string,
  ): ResolvedTarget & { kind: 'service'; endpoint: PodPort | undefined } => {
    const servicePort = named(service.ports, portName);
    const podEntry = podNamed(service.pod);
    // The record is the target's own (never one another target or a pod's port map holds), so writing
    // over it next run changes nothing else.
    const own = (target.endpoint as PodPort | undefined) ?? blankPodPort();
    const endpoint =
      servicePort && podEntry ? portNamed(podEntry, pooled, servicePort.targetPort, own) : undefined;
    target.service = service;
    target.servicePort = servicePort;
    target.pod = podEntry?.pod;
    target.endpoint = endpoint;
    return target as ResolvedTarget & { kind: 'service'; endpoint: PodPort | undefined };
  };
  /** Where a connection ends, for a connection the index did not see (a fresh record). */
  const resolve = (connection: Connection): ResolvedTarget => {
    const to = connection.to;
    const ref = entryNamed(to.id);
    if (ref)
      return {
        kind: 'container',
        pod: ref.pod,
        container: ref.container,
        port: named(ref.container.ports, to.port),
      };
    const service = serviceNamed(to.id);
    if (service) {
      const target = {
        kind: 'service' as const,
        service: service.value,
        servicePort: undefined,
        pod: undefined,
      };
      return resolveService({ ...target, endpoint: undefined }, service.value, to.port);
    }
    const external = externalNamed(to.id);
    if (external)
      return { kind: 'external', external: external.value, port: named(external.value.ports, to.port) };
    return { kind: 'missing' };
  };

  const orphans: Connection[] = [];
  for (let k = 0; k < design.connections.length; k++) {
    const connection = design.connections[k]!;
    const fromEntry = entryNamed(connection.from);
    const to = connection.to;
    let target: ResolvedTarget;
    const toEntry = entryNamed(to.id);
    if (toEntry) {
      const port = named(toEntry.container.ports, to.port);
      target = containerTargetAt(pool, k, toEntry, port);
      toEntry.inbound = put(toEntry.inbound, toEntry.inCount++, connection);
      if (port) {
        const arrival = arrivalAt(pool, k, connection, fromEntry, port, undefined);
        toEntry.arrivals = put(toEntry.arrivals, toEntry.arrivalCount++, arrival);
      }
    } else {
      const service = serviceNamed(to.id);
      const external = service ? undefined : externalNamed(to.id);
      if (service) {
        const resolved = resolveService(
          serviceTargetAt(pool, k, service.value, undefined, undefined),
          service.value,
          to.port,
        );
        target = resolved;
        service.inbound = put(service.inbound, service.inCount++, connection);
        if (resolved.endpoint) {
          const owner = entryOfPort(resolved.endpoint);
          const arrival = arrivalAt(pool, k, connection, fromEntry, resolved.endpoint.port, service.value);
          owner.arrivals = put(owner.arrivals, owner.arrivalCount++, arrival);
        }
      } else if (external) {
        target = externalTargetAt(pool, k, external.value, named(external.value.ports, to.port));
        external.inbound = put(external.inbound, external.inCount++, connection);
      } else {
        target = pool.targets[k] = MISSING;
      }
    }
    if (fromEntry) {
      fromEntry.outbound = put(fromEntry.outbound, fromEntry.outCount, connection);
      fromEntry.targets = put(fromEntry.targets, fromEntry.outCount++, target);
    } else {
      orphans.push(connection);
    }
  }
  trimAll(pool, design, containerCount);
  // The design's own entries, in document order; a copy only when the pool holds more.
  const ownEntries: readonly ContainerEntry[] =
    pooled.length === containerCount ? pooled : pooled.slice(0, containerCount);

  let taken: Set<string> | undefined;
  // Positions of services, externals and connections, built only when a finding points at one.
  let otherPositions: Map<string, number> | undefined;
  let services: Map<string, Service> | undefined;
  let externals: Map<string, External> | undefined;
  const nameOf = (id: string): string =>
    entryNamed(id)?.container.name ??
    serviceNamed(id)?.value.name ??
    externalNamed(id)?.value.name ??
    podNamed(id)?.pod.name ??
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
    return (lastEntry = entryNamed(id));
  };
  const targetOf = (connection: Connection): ResolvedTarget => {
    const entry = entryOf(connection.from);
    const at = entry ? entry.outbound.indexOf(connection) : -1;
    return at >= 0 ? entry!.targets[at]! : resolve(connection);
  };

  return {
    design,
    pod: (id) => podNamed(id)?.pod,
    containers: {
      get: entryNamed,
      size: distinctContainers,
      values: () => (repeatedIds ? lastOfEachId(ownEntries, entryNamed) : ownEntries),
    },
    entries: ownEntries,
    orphans,
    // Only quick fixes list these, so they are built on first use.
    get services() {
      return (services ??= new Map(design.services.map((s) => [s.id, s])));
    },
    get externals() {
      return (externals ??= new Map(design.externals.map((e) => [e.id, e])));
    },
    kubernetes: parseKubernetesVersion(design.target?.kubernetes),
    outbound: (id) => entryOf(id)?.outbound ?? NONE,
    inbound: (id) => entryOf(id)?.inbound ?? serviceNamed(id)?.inbound ?? externalNamed(id)?.inbound ?? NONE,
    servicesOf: (podId) => podNamed(podId)?.services ?? NONE,
    podPort: (podId, portName) => {
      const entry = podNamed(podId);
      return entry ? portNamed(entry, pooled, portName) : undefined;
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
      if (target.kind === 'pod') return podNamed(target.id)?.position ?? Number.MAX_SAFE_INTEGER;
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

function containerCountOf(design: Design): number {
  let count = 0;
  for (const pod of design.pods) count += pod.containers.length;
  return count;
}

/** Every list this run wrote cut to what it wrote. */
function trimAll(pool: IndexPool, design: Design, containerCount: number): void {
  for (let i = 0; i < containerCount; i++) {
    const entry = pool.entries[i]!;
    entry.outbound = trim(entry.outbound, entry.outCount);
    entry.targets = trim(entry.targets, entry.outCount);
    entry.inbound = trim(entry.inbound, entry.inCount);
    entry.arrivals = trim(entry.arrivals, entry.arrivalCount);
    entry.exposures = trim(entry.exposures, entry.exposureCount);
  }
  for (let i = 0; i < design.pods.length; i++) {
    const entry = pool.pods[i]!;
    entry.services = trim(entry.services, entry.serviceCount);
  }
  for (let i = 0; i < design.services.length; i++) {
    const entry = pool.services[i]!;
    entry.inbound = trim(entry.inbound, entry.inCount);
  }
  for (let i = 0; i < design.externals.length; i++) {
    const entry = pool.externals[i]!;
    entry.inbound = trim(entry.inbound, entry.inCount);
  }
}

/**
 * With repeated ids, what a `Map` filled in document order would list: the entry each id ends with, at
 * the place where the id first appears.
 */
function* lastOfEachId(
  entries: readonly ContainerEntry[],
  entryNamed: (id: string) => ContainerEntry | undefined,
): Generator<ContainerEntry> {
  const seen = new Set<string>();
  for (const { container } of entries) {
    if (seen.has(container.id)) continue;
    seen.add(container.id);
    yield entryNamed(container.id)!;
  }
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
