import type { Connection, Container, Pod, Service } from '../../model/types';
import type { DesignIndex, ResolvedTarget } from '../design-index';
import { definePodRule } from '../define';
import { targetContract, targetPortNumber } from '../relations';
import { connectionTarget, serviceTarget } from '../targets';
import { headlessService } from './shards';

export default definePodRule(
  {
    id: 'sharded-without-router',
    description:
      'Require callers to reach shards through a router, never through a load-balancing service or on their own.',
    category: 'serving',
    severity: 'error',
    why: "Designing Distributed Systems, sharded services: a sharding function decides which shard holds a key, applied by a router (a twemproxy ambassador in the caller's pod, or a shared router service). A round-robin Service over the shards, or a caller without the function, sends requests to the wrong shard.",
    upstream: [],
    messages: {
      loadBalanced:
        'Service "{service}" load-balances over the {replicas} shards of "{pod}", so each request lands on a random shard; reach them through a router and headless service "{headless}".',
      direct:
        '"{caller}" in pod "{callerPod}" calls the shards of "{pod}" itself; route through an ambassador (or a shared router) that applies the sharding function.',
    },
  },
  {
    pod({ pod }, { index }, findings) {
      // Most pods are no shard set; of those that are, most are reached only through routers.
      if ((pod.replicas ?? 1) < 2 || !hasHeadless(index, pod) || !misrouted(index, pod)) return;
      const headless = headlessService(index, pod)!;
      const data = { pod: pod.name, replicas: pod.replicas ?? 1, headless: headless.name };
      for (const service of index.servicesOf(pod.id)) {
        if (service.type !== 'Headless' && index.inbound(service.id).length > 0) {
          findings.push({
            messageId: 'loadBalanced',
            data: { ...data, service: service.name },
            target: serviceTarget(service),
          });
        }
      }
      const callers = [...index.inbound(headless.id), ...pod.containers.flatMap((c) => index.inbound(c.id))];
      for (const connection of callers) {
        if (!isDirect(index, pod, connection)) continue;
        const from = index.containers.get(connection.from)!;
        findings.push({
          messageId: 'direct',
          data: { ...data, caller: from.container.name, callerPod: from.pod.name },
          target: connectionTarget(index, connection),
        });
      }
    },
  },
);

/** `isShardSet`'s look for a headless service, without a closure. */
function hasHeadless(index: DesignIndex, pod: Pod): boolean {
  const services = index.servicesOf(pod.id);
  for (let i = 0; i < services.length; i++) if (services[i]!.type === 'Headless') return true;
  return false;
}

/**
 * Whether a shard set has any finding: a load-balancing service that something calls, or a caller
 * from another pod that is no router. Indexed loops over what the findings would list, nothing built.
 */
function misrouted(index: DesignIndex, pod: Pod): boolean {
  const services = index.servicesOf(pod.id);
  let headless: Service | undefined;
  for (let i = 0; i < services.length; i++) {
    const service = services[i]!;
    if (service.type !== 'Headless' && index.inbound(service.id).length > 0) return true;
    if (!headless && service.type === 'Headless') headless = service;
  }
  if (headless && anyDirect(index, pod, index.inbound(headless.id))) return true;
  const { containers } = pod;
  for (let i = 0; i < containers.length; i++)
    if (anyDirect(index, pod, index.inbound(containers[i]!.id))) return true;
  return false;
}

function anyDirect(index: DesignIndex, pod: Pod, connections: readonly Connection[]): boolean {
  for (let i = 0; i < connections.length; i++) if (isDirect(index, pod, connections[i]!)) return true;
  return false;
}

/** A call into the shard set from another pod by a container that is no router. */
function isDirect(index: DesignIndex, pod: Pod, connection: Connection): boolean {
  const from = index.containers.get(connection.from);
  return from !== undefined && from.pod.id !== pod.id && !isRouter(index, from.container, connection);
}

/**
 * A router is an ambassador, or a shared router: a container that itself serves what it routes (the
 * same contract protocol or, without contracts, the same port number), as the book's shared twemproxy.
 */
function isRouter(index: DesignIndex, caller: Container, connection: Connection): boolean {
  if (caller.role === 'ambassador') return true;
  const target: ResolvedTarget = index.target(connection);
  const protocol = targetContract(target)?.protocol;
  const number = targetPortNumber(target);
  const { ports } = caller;
  for (let i = 0; i < ports.length; i++) {
    const port = ports[i]!;
    if (protocol && port.contract ? port.contract.protocol === protocol : port.port === number) return true;
  }
  return false;
}
