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
 * Every look-up the rules need, built once per run in linear time, so that no rule scans the design
 * inside a loop over the design.
 */
export interface DesignIndex {
  design: Design;
  pods: ReadonlyMap<string, Pod>;
  containers: ReadonlyMap<string, ContainerRef>;
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
  /** Position of an entity in the document, for a stable order of findings (the design itself is -1). */
  order(id: string): number;
  /** An id not used in the design, derived from `basis` so that the same design gives the same fix. */
  freshId(prefix: string, basis: string): string;
  /** A display name for a connection: `"web" → "redis" port redis`. */
  connectionName(connection: Connection): string;
}

const NONE: readonly never[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the index of a design. Linear in the size of the design. */
export function indexDesign(design: Design): DesignIndex {
  const pods = new Map<string, Pod>();
  const containers = new Map<string, ContainerRef>();
  const services = new Map<string, Service>();
  const externals = new Map<string, External>();
  const podPorts = new Map<string, Map<string, PortRef>>();
  // Document position of every id; also the set of ids taken, for fresh ids in quick fixes.
  const order = new Map<string, number>();
  let position = 0;
  const place = (id: string) => {
    if (!order.has(id)) order.set(id, position++);
  };

  for (const pod of design.pods) {
    pods.set(pod.id, pod);
    place(pod.id);
    const ports = new Map<string, PortRef>();
    podPorts.set(pod.id, ports);
    for (const container of pod.containers) {
      containers.set(container.id, { pod, container });
      place(container.id);
      for (const port of container.ports)
        if (!ports.has(port.name)) ports.set(port.name, { pod, container, port });
    }
  }
  const servicesByPod = new Map<string, Service[]>();
  const exposures = new Map<string, Exposure[]>();
  for (const service of design.services) {
    services.set(service.id, service);
    place(service.id);
    if (!service.pod) continue;
    push(servicesByPod, service.pod, service);
    const ports = podPorts.get(service.pod);
    for (const servicePort of service.ports) {
      const ref = ports?.get(servicePort.targetPort);
      if (ref) push(exposures, ref.container.id, { service, servicePort, port: ref.port });
    }
  }
  for (const external of design.externals) {
    externals.set(external.id, external);
    place(external.id);
  }

  const outbound = new Map<string, Connection[]>();
  const inbound = new Map<string, Connection[]>();
  // Keyed by the connection object itself: identity hashing is cheaper than hashing ids.
  const targets = new Map<Connection, ResolvedTarget>();
  const arrivals = new Map<string, Arrival[]>();
  const resolve = (connection: Connection): ResolvedTarget => {
    const to = connection.to;
    const ref = containers.get(to.id);
    if (ref) return { kind: 'container', ...ref, port: ref.container.ports.find((p) => p.name === to.port) };
    const service = services.get(to.id);
    if (service) {
      const servicePort = service.ports.find((p) => p.name === to.port);
      const endpoint = servicePort ? podPorts.get(service.pod)?.get(servicePort.targetPort) : undefined;
      return { kind: 'service', service, servicePort, pod: pods.get(service.pod), endpoint };
    }
    const external = externals.get(to.id);
    if (external) return { kind: 'external', external, port: external.ports.find((p) => p.name === to.port) };
    return { kind: 'missing' };
  };
  for (const connection of design.connections) {
    place(connection.id);
    push(outbound, connection.from, connection);
    push(inbound, connection.to.id, connection);
    const target = resolve(connection);
    targets.set(connection, target);
    const from = containers.get(connection.from);
    if (target.kind === 'container' && target.port) {
      push(arrivals, target.container.id, { connection, from, port: target.port });
    } else if (target.kind === 'service' && target.endpoint) {
      push(arrivals, target.endpoint.container.id, {
        connection,
        from,
        port: target.endpoint.port,
        via: target.service,
      });
    }
  }

  const nameOf = (id: string): string =>
    containers.get(id)?.container.name ??
    services.get(id)?.name ??
    externals.get(id)?.name ??
    pods.get(id)?.name ??
    id;

  return {
    design,
    pods,
    containers,
    services,
    externals,
    kubernetes: parseKubernetesVersion(design.target?.kubernetes),
    outbound: (id) => outbound.get(id) ?? NONE,
    inbound: (id) => inbound.get(id) ?? NONE,
    servicesOf: (podId) => servicesByPod.get(podId) ?? NONE,
    podPort: (podId, portName) => podPorts.get(podId)?.get(portName),
    target: (connection) => targets.get(connection) ?? resolve(connection),
    targetPod(connection) {
      const target = targets.get(connection) ?? resolve(connection);
      if (target.kind === 'container') return target.pod;
      if (target.kind === 'service') return target.pod;
      return undefined;
    },
    exposures: (id) => exposures.get(id) ?? NONE,
    arrivals: (id) => arrivals.get(id) ?? NONE,
    order: (id) => order.get(id) ?? (id === '' ? -1 : position),
    freshId(prefix, basis) {
      const base = `${prefix}-fix-${basis}`;
      let id = base;
      for (let i = 2; order.has(id); i++) id = `${base}-${i}`;
      return id;
    },
    connectionName: (connection) =>
      `"${nameOf(connection.from)}" → "${nameOf(connection.to.id)}" port ${connection.to.port}`,
  };
}
