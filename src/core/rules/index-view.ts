/**
 * The questions rules ask of a design index, answered from a filled pool (index-fill.ts). One view per
 * pool, made once and refilled each run: its methods are compiled once, not once per run's closures.
 */
import type { Connection, Design, External, Pod, Service } from '../model/types';
import {
  documentIds,
  targetPodOf,
  type Arrival,
  type ContainerEntry,
  type ContainerLookup,
  type DesignIndex,
  type Exposure,
  type PortRef,
  type ResolvedTarget,
} from './design-index';
import { EMPTY, live, type EndpointEntry, type IndexPool, type PodEntry } from './index-build';
import { fillPool, MISSING, named, portNamed, resolveService, type Filled } from './index-fill';
import { parseKubernetesVersion, type KubernetesVersion } from './k8s-version';

/** The index's shared empty list (see EMPTY in index-build.ts). */
const NONE: readonly never[] = EMPTY;

export class IndexView implements DesignIndex {
  design: Design = undefined as never;
  kubernetes: KubernetesVersion | undefined = undefined;
  entries: readonly ContainerEntry[] = NONE;
  orphans: readonly Connection[] = NONE;
  readonly containers: ContainerLookup;
  private filled: Filled = undefined as never;
  // The container asked about last, and the pod the rules are visiting. A rule asks several questions
  // about one container in a row (its outbound connections, their targets, its arrivals), and the rules
  // visiting a pod ask about its few containers in turn: each answer found here spares a look-up in a
  // map that, on a large design, misses the cache (a third of a 5,000-pod run went to those).
  private lastId: string | undefined = undefined;
  private lastEntry: ContainerEntry | undefined = undefined;
  private focused: readonly ContainerEntry[] = NONE;
  /** The entry of the pod being visited: the rules ask about its services several times each. */
  private focusedPod: PodEntry | undefined = undefined;
  /** Where in the pool's services the entry of the next service asked about probably is. */
  private nextService = 0;
  // Built on first use: only findings on services, externals and connections, and quick fixes, need them.
  private otherPositions: Map<string, number> | undefined = undefined;
  private taken: Set<string> | undefined = undefined;
  private serviceMap: Map<string, Service> | undefined = undefined;
  private externalMap: Map<string, External> | undefined = undefined;

  constructor(private readonly pool: IndexPool) {
    this.containers = new EntriesById(this);
  }

  /** How many container ids the design has (fewer than entries when ids repeat). */
  get distinctContainers(): number {
    return this.filled.distinctContainers;
  }

  /** The entries by id in document order: each id's last entry, where the id first appears. */
  entriesById(): Iterable<ContainerEntry> {
    return this.filled.repeatedIds ? lastOfEachId(this.entries, this) : this.entries;
  }

  /** Fills the pool from `design` and answers for it from now on. */
  refill(design: Design): this {
    this.filled = fillPool(this.pool, design);
    this.design = design;
    this.kubernetes = parseKubernetesVersion(design.target?.kubernetes);
    // The design's own entries, in document order; a copy only when the pool holds more.
    const { entries } = this.pool;
    const count = this.filled.containerCount;
    this.entries = entries.length === count ? entries : entries.slice(0, count);
    this.orphans = this.filled.orphans;
    this.lastId = this.lastEntry = this.otherPositions = this.taken = undefined;
    this.serviceMap = this.externalMap = undefined;
    this.focused = NONE;
    this.focusedPod = undefined;
    this.nextService = 0;
    return this;
  }

  entryNamed(id: string): ContainerEntry | undefined {
    return live(this.pool.entryById, id, this.filled.run);
  }

  private podNamed(id: string) {
    return live(this.pool.podById, id, this.filled.run);
  }

  private serviceNamed(id: string) {
    return live(this.pool.serviceById, id, this.filled.run);
  }

  private externalNamed(id: string) {
    return live(this.pool.externalById, id, this.filled.run);
  }

  private entryOf(id: string): ContainerEntry | undefined {
    if (id === this.lastId) return this.lastEntry;
    this.lastId = id;
    const focused = this.focused;
    for (let i = 0; i < focused.length; i++) {
      if (focused[i]!.container.id === id) return (this.lastEntry = focused[i]);
    }
    return (this.lastEntry = this.entryNamed(id));
  }

  pod(id: string): Pod | undefined {
    const focused = this.focusedPod;
    return focused !== undefined && focused.key === id ? focused.pod : this.podNamed(id)?.pod;
  }

  podOf(service: Service): Pod | undefined {
    const entry = this.entryOfService(service);
    return entry !== undefined ? entry.selects?.pod : this.pod(service.pod);
  }

  /**
   * The service's own entry. Rules ask about the services in document order, so the entry after the
   * last one found, or the first, is usually it: no look-up by id (a cache miss each on a large design).
   */
  private entryOfService(service: Service): EndpointEntry<Service> | undefined {
    const { services } = this.pool;
    const { run } = this.filled;
    let at = this.nextService;
    let entry = services[at];
    if (entry === undefined || entry.value !== service || entry.run !== run) {
      at = 0;
      entry = services[0];
      if (entry === undefined || entry.value !== service || entry.run !== run) {
        // Its own id finds it without comparing strings; a repeated id finds another service.
        const named = this.serviceNamed(service.id);
        return named !== undefined && named.value === service ? named : undefined;
      }
    }
    this.nextService = at + 1;
    return entry;
  }

  // Only quick fixes list these, so they are built on first use.
  get services(): ReadonlyMap<string, Service> {
    return (this.serviceMap ??= new Map(this.design.services.map((s) => [s.id, s])));
  }

  get externals(): ReadonlyMap<string, External> {
    return (this.externalMap ??= new Map(this.design.externals.map((e) => [e.id, e])));
  }

  outbound(id: string): readonly Connection[] {
    return this.entryOf(id)?.outbound ?? NONE;
  }

  inbound(id: string): readonly Connection[] {
    return (
      this.entryOf(id)?.inbound ?? this.serviceNamed(id)?.inbound ?? this.externalNamed(id)?.inbound ?? NONE
    );
  }

  servicesOf(podId: string): readonly Service[] {
    const focused = this.focusedPod;
    if (focused !== undefined && focused.key === podId) return focused.services;
    return this.podNamed(podId)?.services ?? NONE;
  }

  podPort(podId: string, portName: string): PortRef | undefined {
    const entry = this.podNamed(podId);
    return entry ? portNamed(entry, this.pool.entries, portName) : undefined;
  }

  target(connection: Connection): ResolvedTarget {
    const entry = this.entryOf(connection.from);
    const at = entry ? entry.outbound.indexOf(connection) : -1;
    return at >= 0 ? entry!.targets[at]! : this.resolve(connection);
  }

  targetPod(connection: Connection): Pod | undefined {
    return targetPodOf(this.target(connection));
  }

  focus(entries: readonly ContainerEntry[], podIndex?: number): void {
    // With repeated ids a pod's own entries are not always those its container ids name.
    this.focused = this.filled.repeatedIds ? NONE : entries;
    const pod = podIndex === undefined || this.filled.repeatedPodIds ? undefined : this.pool.pods[podIndex];
    this.focusedPod = pod !== undefined && pod.run === this.filled.run ? pod : undefined;
  }

  exposures(id: string): readonly Exposure[] {
    return this.entryOf(id)?.exposures ?? NONE;
  }

  arrivals(id: string): readonly Arrival[] {
    return this.entryOf(id)?.arrivals ?? NONE;
  }

  position(target: { kind: string; id: string }): number {
    if (target.kind === 'design') return -1;
    if (target.kind === 'container') return this.entryOf(target.id)?.position ?? Number.MAX_SAFE_INTEGER;
    if (target.kind === 'pod') return this.podNamed(target.id)?.position ?? Number.MAX_SAFE_INTEGER;
    if (!this.otherPositions) {
      const positions = new Map<string, number>();
      let at = 0;
      for (const id of documentIds(this.design)) {
        if (at >= this.filled.afterContainers) positions.set(id, at);
        at++;
      }
      this.otherPositions = positions;
    }
    return this.otherPositions.get(target.id) ?? Number.MAX_SAFE_INTEGER;
  }

  freshId(prefix: string, basis: string): string {
    // Only quick fixes need this, so the set of taken ids is built on first use.
    const taken = (this.taken ??= new Set(documentIds(this.design)));
    const base = `${prefix}-fix-${basis}`;
    let id = base;
    for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
    return id;
  }

  connectionName(connection: Connection): string {
    return `"${this.nameOf(connection.from)}" → "${this.nameOf(connection.to.id)}" port ${connection.to.port}`;
  }

  private nameOf(id: string): string {
    return (
      this.entryNamed(id)?.container.name ??
      this.serviceNamed(id)?.value.name ??
      this.externalNamed(id)?.value.name ??
      this.podNamed(id)?.pod.name ??
      id
    );
  }

  /** Where a connection ends, for a connection the index did not see (a fresh record). */
  private resolve(connection: Connection): ResolvedTarget {
    const to = connection.to;
    const ref = this.entryNamed(to.id);
    if (ref)
      return {
        kind: 'container',
        pod: ref.pod,
        container: ref.container,
        port: named(ref.container.ports, to.port),
      };
    const service = this.serviceNamed(to.id);
    if (service) {
      const fresh = {
        kind: 'service' as const,
        service: service.value,
        servicePort: undefined,
        pod: undefined,
        endpoint: undefined,
      };
      return resolveService(fresh, service, to.port);
    }
    const external = this.externalNamed(to.id);
    if (external)
      return { kind: 'external', external: external.value, port: named(external.value.ports, to.port) };
    return MISSING;
  }
}

/** `index.containers`: the part of a `Map` of entries by id that the rules use. */
class EntriesById implements ContainerLookup {
  constructor(private readonly view: IndexView) {}

  get(id: string): ContainerEntry | undefined {
    return this.view.entryNamed(id);
  }

  get size(): number {
    return this.view.distinctContainers;
  }

  values(): Iterable<ContainerEntry> {
    return this.view.entriesById();
  }
}

/**
 * With repeated ids, what a `Map` filled in document order would list: the entry each id ends with, at
 * the place where the id first appears.
 */
function* lastOfEachId(entries: readonly ContainerEntry[], view: IndexView): Generator<ContainerEntry> {
  const seen = new Set<string>();
  for (const { container } of entries) {
    if (seen.has(container.id)) continue;
    seen.add(container.id);
    yield view.entryNamed(container.id)!;
  }
}
