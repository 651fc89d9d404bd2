/**
 * Look-ups over the design under construction, built once: the model's queries scan every pod per
 * call, which makes a 1,000-pod import quadratic where it looks things up per connection.
 */
import type { Container, Design, External, Pod, Service } from '../../model/types';

export interface NamedPort {
  name: string;
  port: number;
}

export class DesignLookup {
  readonly containers = new Map<string, { pod: Pod; container: Container }>();
  readonly services = new Map<string, Service>();
  readonly servicesByName = new Map<string, Service>();
  readonly externals = new Map<string, External>();
  readonly externalsByName = new Map<string, External>();
  readonly externalsByHost = new Map<string, External>();
  private readonly pods = new Map<string, Pod>();

  constructor(design: Design) {
    for (const pod of design.pods) {
      this.pods.set(pod.id, pod);
      for (const container of pod.containers) this.containers.set(container.id, { pod, container });
    }
    for (const service of design.services) {
      this.services.set(service.id, service);
      if (!this.servicesByName.has(service.name)) this.servicesByName.set(service.name, service);
    }
    for (const external of design.externals) this.addExternal(external);
  }

  addExternal(external: External): void {
    this.externals.set(external.id, external);
    if (!this.externalsByName.has(external.name)) this.externalsByName.set(external.name, external);
    if (external.host && !this.externalsByHost.has(external.host))
      this.externalsByHost.set(external.host, external);
  }

  /** The ports a connection may end at on a container, service or external; undefined for an unknown id. */
  portsOf(id: string): NamedPort[] | undefined {
    return (
      this.containers.get(id)?.container.ports ??
      this.services.get(id)?.ports ??
      this.externals.get(id)?.ports
    );
  }

  /** The number of the container port a service port targets. */
  targetNumber(service: Service, portName: string): number | undefined {
    const pod = this.pods.get(service.pod);
    const target = service.ports.find((p) => p.name === portName)?.targetPort;
    if (!pod || !target) return undefined;
    for (const container of pod.containers) {
      const port = container.ports.find((p) => p.name === target);
      if (port) return port.port;
    }
    return undefined;
  }

  describe(id: string, port: string): string {
    const named = this.services.get(id) ?? this.externals.get(id);
    if (named) return `${named.name}:${port}`;
    const container = this.containers.get(id)?.container;
    return container ? `${container.name}:${port} (localhost)` : id;
  }
}
