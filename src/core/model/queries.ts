import type { Connection, Container, Design, EntityKind, External, Pod, Service } from './types';

/** Read-only look-ups over a design. All are linear scans: designs are small next to their cost. */

export interface ContainerRef {
  pod: Pod;
  container: Container;
}

export function findPod(design: Design, id: string): Pod | undefined {
  return design.pods.find((pod) => pod.id === id);
}

export function findContainer(design: Design, id: string): ContainerRef | undefined {
  for (const pod of design.pods) {
    const container = pod.containers.find((c) => c.id === id);
    if (container) return { pod, container };
  }
  return undefined;
}

export function findService(design: Design, id: string): Service | undefined {
  return design.services.find((service) => service.id === id);
}

export function findExternal(design: Design, id: string): External | undefined {
  return design.externals.find((external) => external.id === id);
}

export function findConnection(design: Design, id: string): Connection | undefined {
  return design.connections.find((connection) => connection.id === id);
}

export function allContainers(design: Design): ContainerRef[] {
  return design.pods.flatMap((pod) => pod.containers.map((container) => ({ pod, container })));
}

/** What kind of entity an id names, or undefined when it names none. */
export function entityKind(design: Design, id: string): EntityKind | undefined {
  if (findPod(design, id)) return 'pod';
  if (findContainer(design, id)) return 'container';
  if (findService(design, id)) return 'service';
  if (findExternal(design, id)) return 'external';
  if (findConnection(design, id)) return 'connection';
  return undefined;
}

/** The user-visible name of any entity, for messages and labels. */
export function entityName(design: Design, id: string): string | undefined {
  return (
    findPod(design, id)?.name ??
    findContainer(design, id)?.container.name ??
    findService(design, id)?.name ??
    findExternal(design, id)?.name
  );
}

/** A port any connection can target, whatever kind of entity offers it. */
export interface TargetPort {
  name: string;
  port: number;
  protocol: 'TCP' | 'UDP';
  contract?: { name: string; version: string; protocol: string };
}

/**
 * The ports a connection may target on a container, service or external. A service port takes its
 * contract from the container port it targets, since that container is what answers.
 */
export function targetPorts(design: Design, id: string): TargetPort[] {
  const container = findContainer(design, id)?.container;
  if (container) return container.ports;
  const external = findExternal(design, id);
  if (external) return external.ports;
  const service = findService(design, id);
  if (service) return servicePorts(service, findPod(design, service.pod));
  return [];
}

/**
 * The ports a connection may target on a Service, given the pod it selects: each takes its protocol and
 * contract from the container port it sends traffic to.
 */
export function servicePorts(service: Service, pod: Pod | undefined): TargetPort[] {
  return service.ports.map((sp) => {
    const target = pod?.containers.flatMap((c) => c.ports).find((p) => p.name === sp.targetPort);
    return {
      name: sp.name,
      port: sp.port,
      protocol: sp.protocol ?? target?.protocol ?? 'TCP',
      ...(target?.contract ? { contract: target.contract } : {}),
    };
  });
}

export function servicesSelecting(design: Design, podId: string): Service[] {
  return design.services.filter((service) => service.pod === podId);
}

export function connectionsFrom(design: Design, containerId: string): Connection[] {
  return design.connections.filter((connection) => connection.from === containerId);
}

export function connectionsTo(design: Design, id: string): Connection[] {
  return design.connections.filter((connection) => connection.to.id === id);
}

/** The container a service port sends traffic to, with its port, if it resolves. */
export function serviceTarget(
  design: Design,
  service: Service,
  portName: string,
): { container: Container; port: Container['ports'][number] } | undefined {
  const servicePort = service.ports.find((p) => p.name === portName);
  const pod = findPod(design, service.pod);
  if (!servicePort || !pod) return undefined;
  for (const container of pod.containers) {
    const port = container.ports.find((p) => p.name === servicePort.targetPort);
    if (port) return { container, port };
  }
  return undefined;
}
