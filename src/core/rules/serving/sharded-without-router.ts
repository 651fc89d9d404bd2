import type { Connection, Container } from '../../model/types';
import type { DesignIndex, ResolvedTarget } from '../design-index';
import { definePodRule } from '../define';
import { targetContract, targetPortNumber } from '../relations';
import { connectionTarget, serviceTarget } from '../targets';
import { headlessService, isShardSet } from './shards';

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
      if (!isShardSet(index, pod)) return;
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
        const from = index.containers.get(connection.from);
        if (!from || from.pod.id === pod.id || isRouter(index, from.container, connection)) continue;
        findings.push({
          messageId: 'direct',
          data: { ...data, caller: from.container.name, callerPod: from.pod.name },
          target: connectionTarget(index, connection),
        });
      }
    },
  },
);

/**
 * A router is an ambassador, or a shared router: a container that itself serves what it routes (the
 * same contract protocol or, without contracts, the same port number), as the book's shared twemproxy.
 */
function isRouter(index: DesignIndex, caller: Container, connection: Connection): boolean {
  if (caller.role === 'ambassador') return true;
  const target: ResolvedTarget = index.target(connection);
  const protocol = targetContract(target)?.protocol;
  const number = targetPortNumber(target);
  return caller.ports.some((p) =>
    protocol && p.contract ? p.contract.protocol === protocol : p.port === number,
  );
}
