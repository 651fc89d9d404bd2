import {
  servicePorts,
  type Container,
  type Design,
  type Pod,
  type Service,
  type TargetPort,
} from '../../../core';

/**
 * Look-ups by id over one design value, built once per design (designs are immutable), so mapping
 * hundreds of edges stays linear instead of scanning every pod for every edge. The ports of each object
 * are the same array from one design to the next while the object is unchanged, so an edge can use
 * them to tell whether its label must be made again.
 */
export interface DesignIndex {
  name(id: string): string | undefined;
  container(id: string): Container | undefined;
  /** The ports a connection may target on a container, Service or external. */
  ports(id: string): readonly TargetPort[];
}

const cache = new WeakMap<Design, DesignIndex>();

/** A Service's ports, kept while the Service and the pod it selects are the same objects. */
const servicePortsCache = new WeakMap<Service, { pod: Pod | undefined; ports: readonly TargetPort[] }>();

function portsOfService(service: Service, pod: Pod | undefined): readonly TargetPort[] {
  const known = servicePortsCache.get(service);
  if (known && known.pod === pod) return known.ports;
  const found = servicePorts(service, pod);
  // Most changes to the pod (an image, a description) leave these ports as they were: keep the array,
  // or every edge into the Service is made again, and React Flow then re-reads all its edges.
  const ports = known && samePorts(known.ports, found) ? known.ports : found;
  servicePortsCache.set(service, { pod, ports });
  return ports;
}

function samePorts(a: readonly TargetPort[], b: readonly TargetPort[]): boolean {
  return (
    a.length === b.length &&
    a.every((port, i) => {
      const other = b[i]!;
      return (
        port.name === other.name &&
        port.port === other.port &&
        port.protocol === other.protocol &&
        port.contract === other.contract
      );
    })
  );
}

export function indexOf(design: Design): DesignIndex {
  let index = cache.get(design);
  if (!index) {
    index = buildIndex(design);
    cache.set(design, index);
  }
  return index;
}

function buildIndex(design: Design): DesignIndex {
  const names = new Map<string, string>();
  const ports = new Map<string, readonly TargetPort[]>();
  const pods = new Map<string, Pod>();
  const containers = new Map<string, Container>();
  for (const pod of design.pods) {
    pods.set(pod.id, pod);
    names.set(pod.id, pod.name);
    for (const container of pod.containers) {
      containers.set(container.id, container);
      names.set(container.id, container.name);
      ports.set(container.id, container.ports);
    }
  }
  for (const external of design.externals) {
    names.set(external.id, external.name);
    ports.set(external.id, external.ports);
  }
  for (const service of design.services) {
    names.set(service.id, service.name);
    ports.set(service.id, portsOfService(service, pods.get(service.pod)));
  }
  return {
    name: (id) => names.get(id),
    container: (id) => containers.get(id),
    ports: (id) => ports.get(id) ?? NO_PORTS,
  };
}

const NO_PORTS: readonly TargetPort[] = [];
