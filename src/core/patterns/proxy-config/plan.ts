import { findContainer, findExternal, findPod, findService } from '../../model/queries';
import type { Connection, Container, ContractProtocol, Design, Pod, Port } from '../../model/types';

/** The proxies whose configuration Podwright writes from the design. */
export type ProxyFlavour = 'nginx' | 'envoy' | 'twemproxy';

/** One backend of a listener: where a connection of the proxy goes, and its share of the traffic. */
export interface Upstream {
  connectionId: string;
  /** A DNS name or address the proxy can resolve: a service name, an external host, a StatefulSet member. */
  host: string;
  port: number;
  /** The connection's weight, when the design gives weights (request splitting). */
  weight?: number;
  /** The backend speaks TLS (an `https` contract): the proxy originates it. */
  tls: boolean;
}

/** A port the proxy listens on for its app, with the backends it forwards that traffic to. */
export interface Listener {
  port: Port;
  protocol: ContractProtocol | undefined;
  upstreams: Upstream[];
}

/** Everything a renderer needs, read from the design once. */
export interface ProxyPlan {
  flavour: ProxyFlavour;
  pod: Pod;
  container: Container;
  listeners: Listener[];
  /** Ports with a `health` contract: the proxy answers them itself. */
  health: Port[];
  /** What the configuration leaves out, and why, for the person who reads it. */
  notes: string[];
}

export type PlanResult = { ok: true; plan: ProxyPlan } | { ok: false; reason: string };

const SAFE_HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])$/;
const SAFE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Telemetry ports are served by the proxy's own machinery, not forwarded anywhere. */
const OWN_PROTOCOLS: readonly ContractProtocol[] = ['prometheus', 'otlp', 'logs', 'health'];

/** The proxy an image runs, judged by its name (the design has no other evidence). */
export function proxyFlavour(image: string): ProxyFlavour | undefined {
  const name = image.toLowerCase().split('@')[0]!;
  if (/envoy/.test(name)) return 'envoy';
  if (/twemproxy|nutcracker/.test(name)) return 'twemproxy';
  if (/nginx|openresty/.test(name)) return 'nginx';
  return undefined;
}

/**
 * Reads what a proxy container's configuration must say: its listening ports (the ports its app
 * calls) and, for each, the backends its outbound connections reach, with their weights.
 */
export function planProxy(design: Design, containerId: string): PlanResult {
  const ref = findContainer(design, containerId);
  if (!ref) return { ok: false, reason: 'That container no longer exists.' };
  const { pod, container } = ref;
  const flavour = proxyFlavour(container.image);
  if (!flavour) {
    return {
      ok: false,
      reason: `Podwright writes configuration for nginx, envoy and twemproxy; "${container.name}" runs ${container.image}.`,
    };
  }
  const notes: string[] = [];
  // Telemetry ports are the proxy's own, unless a caller uses one: then it forwards that interface too.
  const called = new Set(design.connections.filter((c) => c.to.id === containerId).map((c) => c.to.port));
  const own = (p: Port) =>
    p.contract !== undefined && OWN_PROTOCOLS.includes(p.contract.protocol) && !called.has(p.name);
  const listenerPorts = container.ports.filter((p) => !own(p));
  const health = container.ports.filter((p) => own(p) && p.contract?.protocol === 'health');
  for (const port of container.ports) {
    if (own(port) && port.contract?.protocol !== 'health') {
      notes.push(
        `Port "${port.name}" (${port.contract!.protocol}) is the proxy's own; it is not configured here.`,
      );
    }
  }
  if (listenerPorts.length === 0) {
    return { ok: false, reason: `"${container.name}" has no port for its app to call; add one first.` };
  }
  const outbound = design.connections.filter((c) => c.from === container.id);
  const listeners: Listener[] = listenerPorts.map((port) => ({
    port,
    protocol: port.contract?.protocol,
    upstreams: [],
  }));
  for (const connection of outbound) {
    const listener = listenerFor(listeners, connection, design);
    if (!listener) {
      notes.push(
        `Connection to "${connection.to.id}" matches none of the listening ports' contracts; it is left out.`,
      );
      continue;
    }
    const resolved = resolveUpstreams(design, pod, connection, flavour);
    if (typeof resolved === 'string') notes.push(resolved);
    else {
      // Names come from an untrusted file: only plain host names reach a configuration file.
      for (const upstream of resolved) {
        if (SAFE_HOST.test(upstream.host)) listener.upstreams.push(upstream);
        else notes.push(`"${upstream.host}" is not a host name a proxy can dial; it is left out.`);
      }
    }
  }
  const safe = listeners.filter((l) => SAFE_NAME.test(l.port.name));
  if (safe.length < listeners.length) notes.push('Ports with names that are not port names are left out.');
  return { ok: true, plan: { flavour, pod, container, listeners: safe, health, notes } };
}

/** With one listener every connection feeds it; with several, the connection's contract picks one. */
function listenerFor(listeners: Listener[], connection: Connection, design: Design): Listener | undefined {
  if (listeners.length === 1) return listeners[0];
  const wanted = connection.requires?.contract ?? targetContractName(design, connection);
  return listeners.find((l) => wanted !== undefined && l.port.contract?.name === wanted);
}

function targetContractName(design: Design, connection: Connection): string | undefined {
  const service = findService(design, connection.to.id);
  if (service) {
    const sp = service.ports.find((p) => p.name === connection.to.port);
    const pod = findPod(design, service.pod);
    const port = pod?.containers.flatMap((c) => c.ports).find((p) => p.name === sp?.targetPort);
    return port?.contract?.name;
  }
  const external = findExternal(design, connection.to.id);
  if (external) return external.ports.find((p) => p.name === connection.to.port)?.contract?.name;
  return findContainer(design, connection.to.id)?.container.ports.find((p) => p.name === connection.to.port)
    ?.contract?.name;
}

/**
 * Where a connection goes, as addresses the proxy can dial. A headless service over a StatefulSet
 * becomes its members for twemproxy, which must address each shard by name to hash over them.
 * Returns a note instead when the target has no address a proxy could use.
 */
function resolveUpstreams(
  design: Design,
  pod: Pod,
  connection: Connection,
  flavour: ProxyFlavour,
): Upstream[] | string {
  const base = {
    connectionId: connection.id,
    ...(connection.weight !== undefined ? { weight: connection.weight } : {}),
  };
  const service = findService(design, connection.to.id);
  if (service) {
    const servicePort = service.ports.find((p) => p.name === connection.to.port);
    if (!servicePort) return `Service "${service.name}" has no port "${connection.to.port}"; left out.`;
    const selected = findPod(design, service.pod);
    const target = selected?.containers
      .flatMap((c) => c.ports)
      .find((p) => p.name === servicePort.targetPort);
    const tls = target?.contract?.protocol === 'https';
    if (flavour === 'twemproxy' && service.type === 'Headless' && selected?.workload === 'StatefulSet') {
      const members = Math.max(1, selected.replicas ?? 1);
      return Array.from({ length: members }, (_, i) => ({
        ...base,
        host: `${selected.name}-${i}.${service.name}`,
        port: servicePort.port,
        tls,
      }));
    }
    return [{ ...base, host: service.name, port: servicePort.port, tls }];
  }
  const external = findExternal(design, connection.to.id);
  if (external) {
    const port = external.ports.find((p) => p.name === connection.to.port);
    if (!port) return `"${external.name}" has no port "${connection.to.port}"; left out.`;
    return [
      {
        ...base,
        host: external.host || external.name,
        port: port.port,
        tls: port.contract?.protocol === 'https',
      },
    ];
  }
  const target = findContainer(design, connection.to.id);
  if (target) {
    const port = target.container.ports.find((p) => p.name === connection.to.port);
    if (!port) return `"${target.container.name}" has no port "${connection.to.port}"; left out.`;
    if (target.pod.id !== pod.id) {
      return `"${target.container.name}" in pod "${target.pod.name}" has no stable address; reach it through a service.`;
    }
    return [{ ...base, host: '127.0.0.1', port: port.port, tls: port.contract?.protocol === 'https' }];
  }
  return `Connection ${connection.id} ends nowhere; left out.`;
}

/** Weights as small whole numbers with the same ratios (90/10 -> 9/1); undefined when none is given. */
export function relativeWeights(upstreams: readonly Upstream[]): number[] | undefined {
  if (upstreams.every((u) => u.weight === undefined)) return undefined;
  // Two decimals are plenty for a traffic share; whole numbers are what proxies accept.
  const scaled = upstreams.map((u) => {
    const weight = u.weight ?? 0;
    return Number.isFinite(weight) ? Math.round(Math.min(Math.max(weight, 0), 1e6) * 100) : 0;
  });
  const divisor = scaled.reduce((g, w) => (w === 0 ? g : gcd(g, w)), 0) || 1;
  return scaled.map((w) => w / divisor);
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
