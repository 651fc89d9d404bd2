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
import { newPool, poolFor, type IndexPool } from './index-build';
import { containerCountOf } from './index-fill';
import { IndexView } from './index-view';
import type { KubernetesVersion } from './k8s-version';

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
  /** The pod a service selects: `pod(service.pod)`, found when the index was built. */
  podOf(service: Service): Pod | undefined;
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
  /**
   * The pod whose container entries the rules are about to ask for (see `forEachPod`), and where it
   * stands in `design.pods`; no entries to end the visit.
   */
  focus(entries: readonly ContainerEntry[], podIndex?: number): void;
  exposures(containerId: string): readonly Exposure[];
  arrivals(containerId: string): readonly Arrival[];
  /** Where a finding's entity stands in the document, for a stable order of findings (the design: -1). */
  position(target: { kind: string; id: string }): number;
  /** An id not used in the design, derived from `basis` so that the same design gives the same fix. */
  freshId(prefix: string, basis: string): string;
  /** A display name for a connection: `"web" → "redis" port redis`. */
  connectionName(connection: Connection): string;
}

/** Whether a run has the pools now. */
let lent = false;
/** The view made once for each pool (see index-view.ts). */
const views = new WeakMap<IndexPool, IndexView>();

/**
 * Indexes a design for `use`, in the entries kept from earlier runs (see index-build.ts). The index is
 * valid only inside `use`: a later run rewrites it. A run inside a run (which the rules never start)
 * gets a fresh index of its own.
 */
export function withIndex<T>(design: Design, use: (index: DesignIndex) => T): T {
  if (lent) return use(indexDesign(design));
  lent = true;
  try {
    const pool = poolFor(containerCountOf(design));
    let view = views.get(pool);
    if (!view) views.set(pool, (view = new IndexView(pool)));
    return use(view.refill(design));
  } finally {
    lent = false;
  }
}

/** A fresh index of a design, sharing nothing with any other. */
export function indexDesign(design: Design): DesignIndex {
  return new IndexView(newPool()).refill(design);
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
