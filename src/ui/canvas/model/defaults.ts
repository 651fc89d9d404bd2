import {
  makeContainer,
  uniqueName,
  type Container,
  type Design,
  type Pod,
  type Port,
  type Role,
  type ServicePort,
} from '../../../core';

/**
 * What a new entity starts as, so a design made only by dragging is already plausible: each role
 * gets the port its pattern usually offers, and names never clash.
 */

const ROLE_PORTS: Record<Role, Port[]> = {
  app: [{ name: 'http', port: 8080, protocol: 'TCP', scope: 'pod' }],
  sidecar: [{ name: 'https', port: 8443, protocol: 'TCP', scope: 'pod' }],
  // The app reaches the outside world through the ambassador on localhost.
  ambassador: [{ name: 'proxy', port: 9000, protocol: 'TCP', scope: 'localhost' }],
  adapter: [
    {
      name: 'metrics',
      port: 9100,
      protocol: 'TCP',
      scope: 'pod',
      contract: { name: 'prometheus-metrics', version: '1.0.0', protocol: 'prometheus' },
    },
  ],
  init: [],
};

/** Port names must be unique in a pod and numbers cannot be bound twice in one network namespace. */
export function defaultPorts(role: Role, pod: Pod | undefined): Port[] {
  const names = new Set(pod?.containers.flatMap((c) => c.ports.map((p) => p.name)) ?? []);
  const numbers = new Set(pod?.containers.flatMap((c) => c.ports.map((p) => p.port)) ?? []);
  return ROLE_PORTS[role].map((template) => {
    const name = uniqueName(template.name, names, 15);
    let port = template.port;
    while (numbers.has(port) && port < 65535) port += 1;
    names.add(name);
    numbers.add(port);
    return { ...template, name, port };
  });
}

/** Container names only need to be unique in their pod, but unique in the design reads better. */
export function newContainer(design: Design, role: Role, pod: Pod | undefined): Container {
  const base = makeContainer(role);
  const taken = design.pods.flatMap((p) => p.containers.map((c) => c.name));
  return { ...base, name: uniqueName(base.name, taken), ports: defaultPorts(role, pod) };
}

export function podNames(design: Design): string[] {
  return design.pods.map((p) => p.name);
}

/** Services and externals share a name space: both are DNS names callers use. */
export function endpointNames(design: Design): string[] {
  return [...design.services.map((s) => s.name), ...design.externals.map((x) => x.name)];
}

/**
 * The port a Service should send traffic to: the first port of the pod reachable on the pod IP
 * (a localhost port cannot be reached by a Service).
 */
export function firstPodPort(pod: Pod): Port | undefined {
  for (const container of pod.containers) {
    const port = container.ports.find((p) => p.scope === 'pod');
    if (port) return port;
  }
  return undefined;
}

/** A Service port for a container port: the well-known number for HTTP(S), else the same number. */
export function servicePortFor(target: Port, taken: readonly ServicePort[] = []): ServicePort {
  const protocol = target.contract?.protocol ?? target.name;
  const wellKnown = protocol === 'https' ? 443 : protocol === 'http' ? 80 : target.port;
  const names = taken.map((p) => p.name);
  const numbers = new Set(taken.map((p) => p.port));
  let port = wellKnown;
  while (numbers.has(port) && port < 65535) port += 1;
  return { name: uniqueName(target.name, names, 15), port, targetPort: target.name };
}
