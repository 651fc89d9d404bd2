/**
 * Building the design index's entries, into objects kept from one run to the next.
 *
 * On a 5,000-pod design the index is some 10 MB of small objects, all alive until the run ends. Made
 * fresh each run, they were copied by the young-generation collection the run's findings set off, then
 * promoted into memory pages faulted in fresh, and their maps grew through tables too large for V8's
 * ordinary pages: the index cost 30-40 times as much as on 500 pods. Kept in a pool, the entries, their
 * lists and the maps stay where the first run put them, and a run on a design like the last one (the
 * usual case: the checks re-run after every edit) rewrites them in place. The index answers exactly as
 * a fresh one would: every entry, list and look-up is rewritten or checked against this run.
 */
import type { Connection, Design, External, Pod, Port, Service, ServicePort } from '../model/types';
import type { Arrival, ContainerEntry, Exposure, PortRef, ResolvedTarget } from './design-index';

/** A port of a pod, with the entry of the container that declares it. */
export interface PodPort extends PortRef {
  entry: ContainerEntry;
}

/** A container entry as the pool keeps it: the run that last wrote it, and how full its lists are. */
export interface PooledEntry extends ContainerEntry, Keyed {
  run: number;
  outbound: Connection[];
  targets: ResolvedTarget[];
  inbound: Connection[];
  arrivals: Arrival[];
  exposures: Exposure[];
  outCount: number;
  inCount: number;
  arrivalCount: number;
  exposureCount: number;
}

/**
 * A pod, where its containers' entries start, and which services select it. Its ports are found by
 * scanning its containers (a pod has a handful of ports): no list or map per pod, and no record per port.
 */
export interface PodEntry extends Keyed {
  run: number;
  pod: Pod;
  position: number;
  /** Where the entries of the pod's containers start in `entries`. */
  first: number;
  /** How many ports its containers declare in all; -1 until first needed. */
  portCount: number;
  /** Built on first use past LIST_LIMIT ports, so a pod with thousands of ports stays linear. */
  byName: Map<string, PodPort> | undefined;
  services: Service[];
  serviceCount: number;
}

/** A service or an external, with the connections that end at it. */
export interface EndpointEntry<T extends { id: string }> extends Keyed {
  run: number;
  value: T;
  inbound: Connection[];
  inCount: number;
  /** For a service, the entry of the pod it selects, if that pod exists. */
  selects: PodEntry | undefined;
  /** For a service, the container port behind each of its ports (by their order), if one answers. */
  endpoints: (PodPort | undefined)[];
  /** The records `endpoints` points to, kept for the next run. */
  records: PodPort[] | undefined;
}

/**
 * Most entities have no connections of some kind: their lists all share this one empty array until
 * the first item arrives. It is made from a literal of one non-number and emptied, not frozen: V8
 * inlines a `for…of` over arrays only when they all have the same elements kind, and a frozen or
 * number-kinded empty array beside the lists of objects makes every loop over an index list call the
 * generic iterator, which allocates a result object per item. Nothing is ever written into it.
 */
const EMPTY_LIST: never[] = [undefined as never];
EMPTY_LIST.length = 0;
export const EMPTY: never[] = EMPTY_LIST;

/**
 * Writes `item` at `count` of a pooled list: over what an earlier run left there, or at the end. The
 * list is trimmed to its count once the index is built (`trim`). Emptying it first would not do: V8
 * drops an emptied array's storage, and the next push allocates room for sixteen.
 */
export function put<T>(list: T[], count: number, item: T): T[] {
  if (list === EMPTY) return [item];
  if (count < list.length) list[count] = item;
  else list.push(item);
  return list;
}

/** The list cut to what this run wrote into it. */
export function trim<T>(list: T[], count: number): T[] {
  if (count === 0) return EMPTY;
  if (list.length !== count) list.length = count;
  return list;
}

/** Everything the index keeps between runs. */
export interface IndexPool {
  run: number;
  /** When a run last used it (see `poolFor`). */
  lastUsed: number;
  pods: PodEntry[];
  entries: PooledEntry[];
  services: EndpointEntry<Service>[];
  externals: EndpointEntry<External>[];
  /** Where each connection ended last run, reused when it ends at the same kind of thing. */
  targets: ResolvedTarget[];
  arrivals: Arrival[];
  exposures: Exposure[];
  /** The entries of each connection's caller and callee found last run (see `recall`). */
  callers: (PooledEntry | undefined)[];
  callees: (PooledEntry | undefined)[];
  /** The service each connection called last run, if it called one (see fillConnection). */
  calledServices: (EndpointEntry<Service> | undefined)[];
  /** How many containers the last run's design had. */
  containerCount: number;
  /** By id; a value counts only if it was written this run for that id (see `live`). */
  podById: Map<string, PodEntry>;
  entryById: Map<string, PooledEntry>;
  serviceById: Map<string, EndpointEntry<Service>>;
  externalById: Map<string, EndpointEntry<External>>;
}

export function newPool(): IndexPool {
  return {
    run: 0,
    lastUsed: 0,
    pods: [],
    entries: [],
    services: [],
    externals: [],
    targets: [],
    arrivals: [],
    exposures: [],
    callers: [],
    callees: [],
    calledServices: [],
    containerCount: -1,
    podById: new Map(),
    entryById: new Map(),
    serviceById: new Map(),
    externalById: new Map(),
  };
}

/**
 * A map of the pool holds the ids of earlier designs too. Past this many per entry the pool keeps, it is
 * started afresh, so a stream of unrelated designs cannot grow it without end.
 */
const STALE_LIMIT = 2;
/** Starts a run in a pool: maps grown stale are started afresh. */
export function startRun(pool: IndexPool, design: Design, containerCount: number): number {
  pool.podById = fresh(pool.podById, design.pods.length, pool.pods);
  pool.entryById = fresh(pool.entryById, containerCount, pool.entries);
  pool.serviceById = fresh(pool.serviceById, design.services.length, pool.services);
  pool.externalById = fresh(pool.externalById, design.externals.length, pool.externals);
  return ++pool.run;
}

/** The map, or a new one if it holds too many ids of earlier designs; its entries then forget their ids. */
function fresh<E extends Keyed>(map: Map<string, E>, needed: number, kept: readonly E[]): Map<string, E> {
  if (map.size <= STALE_LIMIT * Math.max(needed, kept.length) + 64) return map;
  for (const entry of kept) entry.key = undefined;
  return new Map();
}

/**
 * Pools by size class, each for designs of 2^k to 2^(k+1) containers. A pool keeps room for the largest
 * design of its class, so checks that switch between designs of different sizes (or a benchmark's two
 * sizes) each rewrite their own pool. Classes are narrow because a design run in a pool made for one
 * several times larger is slower than in its own: with classes of 4x, a 500-pod design in the pool of a
 * 1,000-pod one took 8-9 ms instead of 6-7. A pool that no run has used for IDLE_RUNS runs is let go,
 * with the earlier designs it holds.
 */
const pools: (IndexPool | undefined)[] = [];
const IDLE_RUNS = 16;
let runs = 0;

/** The pool for a design of this many containers. */
export function poolFor(containerCount: number): IndexPool {
  runs++;
  for (let k = 0; k < pools.length; k++) {
    if (pools[k] && runs - pools[k]!.lastUsed > IDLE_RUNS) pools[k] = undefined;
  }
  const sizeClass = Math.floor(Math.log2(containerCount + 1));
  const pool = (pools[sizeClass] ??= newPool());
  pool.lastUsed = runs;
  return pool;
}

/** The pool's entry for the container at `at`, cleared for this run. */
export function entryAt(pool: IndexPool, at: number, run: number): PooledEntry {
  let entry = pool.entries[at];
  if (!entry) {
    entry = {
      run,
      key: undefined,
      position: 0,
      pod: undefined as never,
      container: undefined as never,
      outbound: EMPTY,
      targets: EMPTY,
      inbound: EMPTY,
      arrivals: EMPTY,
      exposures: EMPTY,
      outCount: 0,
      inCount: 0,
      arrivalCount: 0,
      exposureCount: 0,
    };
    pool.entries.push(entry);
  }
  entry.run = run;
  entry.outCount = entry.inCount = entry.arrivalCount = entry.exposureCount = 0;
  return entry;
}

export function podEntryAt(pool: IndexPool, at: number, run: number): PodEntry {
  let entry = pool.pods[at];
  if (!entry) {
    entry = {
      run,
      key: undefined,
      pod: undefined as never,
      position: 0,
      first: 0,
      portCount: 0,
      byName: undefined,
      services: EMPTY,
      serviceCount: 0,
    };
    pool.pods.push(entry);
  }
  entry.run = run;
  entry.portCount = -1;
  entry.serviceCount = 0;
  entry.byName = undefined;
  return entry;
}

export function endpointAt<T extends { id: string }>(
  list: EndpointEntry<T>[],
  at: number,
  run: number,
  value: T,
): EndpointEntry<T> {
  let entry = list[at];
  if (!entry) {
    entry = {
      run,
      key: undefined,
      value,
      inbound: EMPTY,
      inCount: 0,
      selects: undefined,
      endpoints: EMPTY,
      records: undefined,
    };
    list.push(entry);
  }
  entry.run = run;
  entry.value = value;
  entry.inCount = 0;
  entry.selects = undefined;
  return entry;
}

/** What the maps of the pool hold: an entry knows the id it is recorded under, and the run that did it. */
export interface Keyed {
  run: number;
  key: string | undefined;
}

/**
 * Records `entry` under `id` for this run; false when another entry of this run already had the id.
 * An entry's `key` and its map agree both ways: `entry.key === id` exactly when the map holds `entry`
 * under `id`. An entry that changes id leaves its old one, and one that loses its id to another entry
 * forgets it. So an entry that keeps its id from run to run (the usual case) is recorded without a
 * look-up, and a look-up needs no comparison of ids, only of runs (see `live`, `recall`): on a large
 * design each look-up in a map of thousands of ids is a cache miss or two, and they were a fifth of a
 * 5,000-pod run.
 */
export function claim<E extends Keyed>(map: Map<string, E>, id: string, entry: E): boolean {
  if (entry.key === id) return true;
  if (entry.key !== undefined) map.delete(entry.key);
  entry.key = id;
  const known = map.get(id);
  map.set(id, entry);
  if (known === undefined) return true;
  known.key = undefined;
  return known.run !== entry.run;
}

/** The entry recorded under `id` this run, if any. */
export function live<E extends Keyed>(map: Map<string, E>, id: string, run: number): E | undefined {
  const entry = map.get(id);
  return entry !== undefined && entry.run === run ? entry : undefined;
}

/**
 * `live(map, id, run)`, remembered at `memo[k]`: the entry found there last time answers without a
 * look-up if it still holds `id` (then the map holds it under `id`, see `claim`).
 */
export function recall<E extends Keyed>(
  memo: (E | undefined)[],
  k: number,
  map: Map<string, E>,
  id: string,
  run: number,
): E | undefined {
  const remembered = memo[k];
  if (remembered !== undefined && remembered.key === id)
    return remembered.run === run ? remembered : undefined;
  const found = live(map, id, run);
  memo[k] = found;
  return found;
}

/** A container-kind target for connection `k`, reusing last run's when it was one too. */
export function containerTargetAt(
  pool: IndexPool,
  k: number,
  entry: ContainerEntry,
  port: Port | undefined,
): ResolvedTarget {
  const old = pool.targets[k];
  if (old && old.kind === 'container') {
    old.pod = entry.pod;
    old.container = entry.container;
    old.port = port;
    return old;
  }
  return (pool.targets[k] = { kind: 'container', pod: entry.pod, container: entry.container, port });
}

/** A service-kind target for connection `k`; its endpoint is written into last run's record when there is one. */
export function serviceTargetAt(
  pool: IndexPool,
  k: number,
  service: Service,
  servicePort: ServicePort | undefined,
  pod: Pod | undefined,
): ResolvedTarget & { kind: 'service' } {
  const old = pool.targets[k];
  if (old && old.kind === 'service') {
    old.service = service;
    old.servicePort = servicePort;
    old.pod = pod;
    return old;
  }
  const target = { kind: 'service' as const, service, servicePort, pod, endpoint: undefined };
  pool.targets[k] = target;
  return target;
}

export function externalTargetAt(
  pool: IndexPool,
  k: number,
  external: External,
  port: External['ports'][number] | undefined,
): ResolvedTarget {
  const old = pool.targets[k];
  if (old && old.kind === 'external') {
    old.external = external;
    old.port = port;
    return old;
  }
  return (pool.targets[k] = { kind: 'external', external, port });
}

/** The arrival of connection `k`, reusing last run's record. */
export function arrivalAt(
  pool: IndexPool,
  k: number,
  connection: Connection,
  from: ContainerEntry | undefined,
  port: Port,
  via: Service | undefined,
): Arrival {
  const old = pool.arrivals[k];
  if (old) {
    old.connection = connection;
    old.from = from;
    old.port = port;
    old.via = via;
    return old;
  }
  return (pool.arrivals[k] = { connection, from, port, via });
}

/** Exposure number `x` of this run (service ports in document order), reusing last run's record. */
export function exposureAt(
  pool: IndexPool,
  x: number,
  service: Service,
  servicePort: ServicePort,
  port: Port,
): Exposure {
  const old = pool.exposures[x];
  if (old) {
    old.service = service;
    old.servicePort = servicePort;
    old.port = port;
    return old;
  }
  const exposure = { service, servicePort, port };
  pool.exposures[x] = exposure;
  return exposure;
}
