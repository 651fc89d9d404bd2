/**
 * Filling an index pool (index-build.ts) from a design, in one pass over it. Linear in the size of the
 * design, and sparing with maps: on large designs each map look-up is a cache miss, so adjacency lives
 * on the entries, one map per kind of entity is all there is, and each connection is looked up once at
 * each end. Plain functions of the pool, not closures made per run: V8 keeps the code it optimised for a
 * closure only while some closure of it lives, so closures made afresh every run were compiled afresh
 * after every collection.
 */
import type { Connection, Design, Pod, Service } from '../model/types';
import type { ContainerEntry, ResolvedTarget } from './design-index';
import {
  arrivalAt,
  claim,
  containerTargetAt,
  endpointAt,
  entryAt,
  exposureAt,
  externalTargetAt,
  live,
  podEntryAt,
  put,
  recall,
  serviceTargetAt,
  startRun,
  trim,
  type EndpointEntry,
  type IndexPool,
  type PodEntry,
  type PodPort,
  type PooledEntry,
} from './index-build';

/** What a fill found besides the pool's entries. */
export interface Filled {
  run: number;
  containerCount: number;
  distinctContainers: number;
  /** Whether container ids repeat (a broken design): then entries by id and in order differ. */
  repeatedIds: boolean;
  /** Whether pod ids repeat: then the pod entries by id and in order differ. */
  repeatedPodIds: boolean;
  /** Connections whose caller does not exist, which no container entry holds. */
  orphans: Connection[];
  /** The document position after the last container (services, externals and connections follow). */
  afterContainers: number;
  /** Whether every container has the id its entry had last run, so no container took or gave up an id. */
  sameContainerIds: boolean;
}

const LIST_LIMIT = 16;

export const MISSING: ResolvedTarget = Object.freeze({ kind: 'missing' });

export function containerCountOf(design: Design): number {
  let count = 0;
  for (const pod of design.pods) count += pod.containers.length;
  return count;
}

/** Fills the pool with the design's entries, lists and look-ups, for a new run. */
export function fillPool(pool: IndexPool, design: Design): Filled {
  const containerCount = containerCountOf(design);
  const run = startRun(pool, design, containerCount);
  const filled: Filled = {
    run,
    containerCount,
    distinctContainers: 0,
    repeatedIds: false,
    repeatedPodIds: false,
    orphans: [],
    afterContainers: 0,
    sameContainerIds: containerCount === pool.containerCount,
  };
  pool.containerCount = containerCount;
  fillPods(pool, design, filled);
  fillServices(pool, design, filled);
  for (let x = 0; x < design.externals.length; x++) {
    const external = design.externals[x]!;
    claim(pool.externalById, external.id, endpointAt(pool.externals, x, run, external));
  }
  for (let k = 0; k < design.connections.length; k++) fillConnection(pool, filled, k, design.connections[k]!);
  trimAll(pool, design, containerCount);
  return filled;
}

function fillPods(pool: IndexPool, design: Design, filled: Filled): void {
  const { run } = filled;
  let position = 0;
  let next = 0;
  for (let p = 0; p < design.pods.length; p++) {
    const pod = design.pods[p]!;
    const podEntry = podEntryAt(pool, p, run);
    podEntry.pod = pod;
    podEntry.position = position++;
    podEntry.first = next;
    if (!claim(pool.podById, pod.id, podEntry)) filled.repeatedPodIds = true;
    for (const container of pod.containers) {
      const entry = entryAt(pool, next++, run);
      entry.position = position++;
      entry.pod = pod;
      entry.container = container;
      if (entry.key !== container.id) filled.sameContainerIds = false;
      // A repeated id (a broken design) replaces the earlier entry: look entries up by id from then on.
      if (claim(pool.entryById, container.id, entry)) filled.distinctContainers++;
      else filled.repeatedIds = true;
    }
  }
  filled.afterContainers = position;
}

function fillServices(pool: IndexPool, design: Design, filled: Filled): void {
  const { run } = filled;
  let exposures = 0;
  for (let s = 0; s < design.services.length; s++) {
    const service = design.services[s]!;
    // The pod it selected last run, if the service still names it, is the pod it selects.
    const selected = pool.services[s]?.selects;
    const endpoint = endpointAt(pool.services, s, run, service);
    claim(pool.serviceById, service.id, endpoint);
    const podEntry =
      selected !== undefined && selected.key === service.pod
        ? selected.run === run
          ? selected
          : undefined
        : live(pool.podById, service.pod, run);
    endpoint.selects = podEntry;
    const exposing = service.pod ? podEntry : undefined;
    if (exposing) exposing.services = put(exposing.services, exposing.serviceCount++, service);
    const { ports } = service;
    for (let j = 0; j < ports.length; j++) {
      const servicePort = ports[j]!;
      const ref = podEntry
        ? portNamed(podEntry, pool.entries, servicePort.targetPort, podPortAt(endpoint, j))
        : undefined;
      endpoint.endpoints = put(endpoint.endpoints, j, ref);
      if (!ref || !exposing) continue;
      const owner = entryOfPort(pool, filled, ref);
      const exposure = exposureAt(pool, exposures++, service, servicePort, ref.port);
      owner.exposures = put(owner.exposures, owner.exposureCount++, exposure);
    }
    endpoint.endpoints = trim(endpoint.endpoints, ports.length);
  }
}

/** The service's own record for the container port that answers its port `j`. */
function podPortAt(endpoint: EndpointEntry<Service>, j: number): PodPort {
  const records = (endpoint.records ??= []);
  return (records[j] ??= blankPodPort());
}

function fillConnection(pool: IndexPool, filled: Filled, k: number, connection: Connection): void {
  const { run } = filled;
  const fromEntry = recall(pool.callers, k, pool.entryById, connection.from, run);
  const to = connection.to;
  let target: ResolvedTarget;
  // A service called last run is called again without looking for a container of that id first, if
  // the containers' ids are last run's: none had it then.
  const calledService = pool.calledServices[k];
  let toEntry: PooledEntry | undefined;
  let service: EndpointEntry<Service> | undefined;
  if (filled.sameContainerIds && calledService !== undefined && calledService.key === to.id) {
    service = calledService.run === run ? calledService : undefined;
  } else {
    toEntry = recall(pool.callees, k, pool.entryById, to.id, run);
    service = toEntry ? undefined : live(pool.serviceById, to.id, run);
    pool.calledServices[k] = service;
  }
  if (toEntry) {
    const port = named(toEntry.container.ports, to.port);
    target = containerTargetAt(pool, k, toEntry, port);
    toEntry.inbound = put(toEntry.inbound, toEntry.inCount++, connection);
    if (port) {
      const arrival = arrivalAt(pool, k, connection, fromEntry, port, undefined);
      toEntry.arrivals = put(toEntry.arrivals, toEntry.arrivalCount++, arrival);
    }
  } else {
    const external = service ? undefined : live(pool.externalById, to.id, run);
    if (service) {
      const resolved = resolveService(
        serviceTargetAt(pool, k, service.value, undefined, undefined),
        service,
        to.port,
      );
      target = resolved;
      service.inbound = put(service.inbound, service.inCount++, connection);
      if (resolved.endpoint) {
        const owner = entryOfPort(pool, filled, resolved.endpoint);
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
    filled.orphans.push(connection);
  }
}

/** The entry that holds a port: the one found in the pod, unless ids repeat (then the one its id names). */
function entryOfPort(pool: IndexPool, filled: Filled, ref: PodPort): PooledEntry {
  return filled.repeatedIds
    ? live(pool.entryById, ref.container.id, filled.run)!
    : (ref.entry as PooledEntry);
}

/** Where a connection to a service ends, written into `target` (a record of the pool or a fresh one). */
export function resolveService(
  target: ResolvedTarget & { kind: 'service' },
  entry: EndpointEntry<Service>,
  portName: string,
): ResolvedTarget & { kind: 'service'; endpoint: PodPort | undefined } {
  const service = entry.value;
  const at = indexNamed(service.ports, portName);
  // The container port behind each service port was found when the services were indexed.
  target.service = service;
  target.servicePort = at < 0 ? undefined : service.ports[at];
  target.pod = entry.selects?.pod;
  target.endpoint = at < 0 ? undefined : entry.endpoints[at];
  return target as ResolvedTarget & { kind: 'service'; endpoint: PodPort | undefined };
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
 * The pod's first port of this name, with the entry of the container that declares it; written into
 * `into` when given (a record the index owns and reuses), else a new record.
 */
export function portNamed(
  entry: PodEntry,
  entries: readonly ContainerEntry[],
  name: string,
  into?: PodPort,
): PodPort | undefined {
  // Counted on first use rather than while filling: most pods are asked, and then the scan below reads
  // the same ports at once.
  if (entry.portCount < 0) entry.portCount = portsOf(entry.pod);
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

function portsOf(pod: Pod): number {
  let count = 0;
  for (let c = 0; c < pod.containers.length; c++) count += pod.containers[c]!.ports.length;
  return count;
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

/** `list.find((p) => p.name === name)` without a closure or an iterator per call. */
export function named<T extends { name: string }>(list: readonly T[], name: string): T | undefined {
  for (let i = 0; i < list.length; i++) if (list[i]!.name === name) return list[i];
  return undefined;
}

/** `list.findIndex((p) => p.name === name)`, likewise. */
function indexNamed(list: readonly { name: string }[], name: string): number {
  for (let i = 0; i < list.length; i++) if (list[i]!.name === name) return i;
  return -1;
}
