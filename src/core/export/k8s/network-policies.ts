/**
 * NetworkPolicies derived from the connections (an option): each pod that receives connections from
 * other pods admits ingress only from those pods, on those ports. Ports that a NodePort or
 * LoadBalancer Service publishes stay open to all, since their callers are outside the design.
 */
import type { Connection, Design, Pod } from '../../model/types';
import type { DesignLookup } from '../lookup';
import type { YamlDocumentSpec } from '../yaml';
import type { K8sContext } from './context';
import { podLabels, selectorLabels } from './labels';
import { objectMeta } from './objects';

interface PortRef {
  name: string;
  protocol: 'TCP' | 'UDP';
}

interface Inbound {
  /** Source pod id -> the port names it may reach, in first-seen order. */
  from: Map<string, Set<string>>;
  /** Ports open to anyone (published by a NodePort or LoadBalancer Service). */
  open: Set<string>;
}

/** The pod and container port a connection lands on, if it lands on a pod of the design. */
function landing(lookup: DesignLookup, connection: Connection): { pod: Pod; port: string } | undefined {
  const container = lookup.container(connection.to.id);
  if (container) return { pod: container.pod, port: connection.to.port };
  const service = lookup.service(connection.to.id);
  const pod = service ? lookup.pod(service.pod) : undefined;
  const servicePort = service?.ports.find((p) => p.name === connection.to.port);
  return pod && servicePort ? { pod, port: servicePort.targetPort } : undefined;
}

function collectInbound(design: Design, lookup: DesignLookup): Map<string, Inbound> {
  const inbound = new Map<string, Inbound>();
  const entry = (podId: string) => {
    let found = inbound.get(podId);
    if (!found) inbound.set(podId, (found = { from: new Map(), open: new Set() }));
    return found;
  };
  for (const connection of design.connections) {
    const source = lookup.container(connection.from);
    const target = landing(lookup, connection);
    if (!source || !target || source.pod.id === target.pod.id) continue;
    const from = entry(target.pod.id).from;
    if (!from.has(source.pod.id)) from.set(source.pod.id, new Set());
    from.get(source.pod.id)!.add(target.port);
  }
  for (const service of design.services) {
    if ((service.type !== 'NodePort' && service.type !== 'LoadBalancer') || !lookup.pod(service.pod))
      continue;
    for (const port of service.ports) entry(service.pod).open.add(port.targetPort);
  }
  return inbound;
}

/** The pod's ports in container order, for a stable order of policy ports. */
function podPorts(pod: Pod): PortRef[] {
  return pod.containers
    .filter((c) => c.role !== 'init')
    .flatMap((c) => c.ports.map((p) => ({ name: p.name, protocol: p.protocol })));
}

function policyPorts(known: readonly PortRef[], names: Set<string>): Record<string, unknown>[] {
  const ordered = [
    ...known.filter((p) => names.has(p.name)),
    ...[...names]
      .filter((n) => !known.some((p) => p.name === n))
      .map((name): PortRef => ({ name, protocol: 'TCP' })),
  ];
  const seen = new Set<string>();
  return ordered
    .filter((p) => !seen.has(p.name) && seen.add(p.name))
    .map((p) => ({ ...(p.protocol === 'UDP' ? { protocol: 'UDP' } : {}), port: p.name }));
}

/**
 * A localhost port never crosses the network, and a health port that only its own container's probes
 * use is reached by the kubelet, which NetworkPolicies do not stop: neither needs a note.
 */
function probeOnly(pod: Pod, portName: string): boolean {
  for (const container of pod.containers) {
    const port = container.ports.find((p) => p.name === portName);
    if (!port) continue;
    if (port.scope === 'localhost') return true;
    const probed = Object.values(container.probes ?? {}).some((probe) => probe?.port === portName);
    return probed && port.contract?.protocol === 'health';
  }
  return false;
}

/** One NetworkPolicy document per pod that receives connections, keyed by pod id. */
export function networkPolicyDocuments(ctx: K8sContext): Map<string, YamlDocumentSpec> {
  const docs = new Map<string, YamlDocumentSpec>();
  const order = new Map(ctx.design.pods.map((pod, index) => [pod.id, index]));
  for (const [podId, inbound] of collectInbound(ctx.design, ctx.lookup)) {
    const pod = ctx.lookup.pod(podId)!;
    const ingress: Record<string, unknown>[] = [];
    const known = podPorts(pod);
    const reached = new Set(inbound.open);
    if (inbound.open.size > 0) ingress.push({ ports: policyPorts(known, inbound.open) });
    const sources = [...inbound.from.keys()].sort((a, b) => order.get(a)! - order.get(b)!);
    for (const sourceId of sources) {
      const source = ctx.lookup.pod(sourceId)!;
      const ports = inbound.from.get(sourceId)!;
      for (const port of ports) reached.add(port);
      ingress.push({
        from: [{ podSelector: { matchLabels: selectorLabels(ctx, source) } }],
        ports: policyPorts(known, ports),
      });
    }
    for (const port of known) {
      if (reached.has(port.name) || probeOnly(pod, port.name)) continue;
      ctx.notes.add(
        'network-policy-closes-port',
        'info',
        `No connection of the design reaches port ${port.name} of ${pod.name}, so its NetworkPolicy blocks it (a Prometheus scraping an adapter, say). Add the caller to the design or edit the policy.`,
        pod.id,
      );
    }
    docs.set(podId, {
      value: {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: objectMeta(ctx, pod.name, podLabels(ctx, pod)),
        spec: { podSelector: { matchLabels: selectorLabels(ctx, pod) }, policyTypes: ['Ingress'], ingress },
      },
      comment: `Ingress to ${pod.name}: only from the pods that connect to it, on those ports.`,
      ids: [pod.id],
    });
  }
  return docs;
}
