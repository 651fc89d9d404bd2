import { uniqueName } from '../../model/names';
import type { Pod, Service } from '../../model/types';
import type { DesignIndex } from '../design-index';
import { definePodRule } from '../define';
import { podTarget } from '../targets';
import type { QuickFix } from '../types';
import { headlessService } from './shards';

export default definePodRule(
  {
    id: 'sharded-without-stable-identity',
    description: 'Require shards to be StatefulSet members with a governing headless service.',
    category: 'serving',
    severity: 'error',
    why: 'Designing Distributed Systems, sharded services: each shard must be addressable on its own, which in Kubernetes means a StatefulSet (stable names such as sharded-redis-0) governed by a headless Service (companion code redis-shards.yaml and redis-service.yaml). Mirrors kube-score statefulset-has-servicename.',
    upstream: ['kube-score statefulset-has-servicename'],
    messages: {
      notStatefulSet:
        'Pod "{pod}" is reached through headless service "{service}" as {replicas} members, but the members of a {workload} have no stable names to shard by; make it a StatefulSet.',
      noHeadless:
        'StatefulSet "{pod}" runs {replicas} replicas but no headless service selects it, so its members have no stable DNS names.',
    },
  },
  {
    pod({ pod }, { index }, findings) {
      const replicas = pod.replicas ?? 1;
      if (replicas < 2) return;
      const headless = headlessService(index, pod);
      if (headless && pod.workload !== 'StatefulSet') {
        const fix: QuickFix | undefined =
          pod.workload === 'Deployment'
            ? {
                title: 'Make it a StatefulSet',
                changes: [{ type: 'updatePod', id: pod.id, patch: { workload: 'StatefulSet' } }],
              }
            : undefined;
        findings.push({
          messageId: 'notStatefulSet',
          data: { pod: pod.name, service: headless.name, replicas, workload: pod.workload },
          target: podTarget(pod),
          fix,
        });
      } else if (!headless && pod.workload === 'StatefulSet') {
        findings.push({
          messageId: 'noHeadless',
          data: { pod: pod.name, replicas },
          target: podTarget(pod),
          fix: headlessFix(index, pod),
        });
      }
    },
  },
);

/** A headless service over the pod's ports on the pod network, named after the pod when that is free. */
function headlessFix(index: DesignIndex, pod: Pod): QuickFix {
  const taken = [
    ...[...index.services.values()].map((s) => s.name),
    ...[...index.externals.values()].map((x) => x.name),
  ];
  const name = taken.includes(pod.name) ? uniqueName(`${pod.name}-headless`, taken) : pod.name;
  const ports = pod.containers
    .filter((c) => c.role !== 'init')
    .flatMap((c) => c.ports.filter((p) => p.scope === 'pod'))
    .map((p) => ({
      name: p.name,
      port: p.port,
      targetPort: p.name,
      ...(p.protocol === 'UDP' ? { protocol: p.protocol } : {}),
    }));
  const service: Service = {
    id: index.freshId('s', `${pod.id}-headless`),
    name,
    description: `Governing service of "${pod.name}": gives each member a stable DNS name (${pod.name}-0.${name}, …).`,
    type: 'Headless',
    pod: pod.id,
    ports,
  };
  return { title: `Add headless service "${name}"`, changes: [{ type: 'addService', service }] };
}
