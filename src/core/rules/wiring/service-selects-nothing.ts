import type { Container, Pod, Service } from '../../model/types';
import { defineRule } from '../define';
import { serviceTarget } from '../targets';
import type { Finding, QuickFix } from '../types';

export default defineRule(
  {
    id: 'service-selects-nothing',
    description: 'Require every service to select an existing pod that has running containers.',
    category: 'wiring',
    severity: 'error',
    why: 'A Service that matches no pod has no endpoints, so every call to it fails. Mirrors kube-linter dangling-service and kube-score service-targets-pod; the book\'s own companion code has one ("memecache").',
    upstream: ['kube-linter dangling-service', 'kube-score service-targets-pod'],
    messages: {
      noPod: 'Service "{service}" selects no pod, so it has no endpoints and every call to it fails.',
      missingPod: 'Service "{service}" selects a pod that does not exist, so it has no endpoints.',
      emptyPod: 'Service "{service}" selects pod "{pod}", which has no running container to send traffic to.',
    },
  },
  ({ design, index }) => {
    const findings: Finding[] = [];
    for (const service of design.services) {
      const target = serviceTarget(service);
      if (!service.pod) {
        findings.push({
          messageId: 'noPod',
          data: { service: service.name },
          target,
          fix: selectFix(design.pods, service),
        });
        continue;
      }
      const pod = index.podOf(service);
      if (!pod) {
        findings.push({
          messageId: 'missingPod',
          data: { service: service.name },
          target,
          fix: selectFix(design.pods, service),
        });
      } else if (!pod.containers.some(isRunning)) {
        findings.push({ messageId: 'emptyPod', data: { service: service.name, pod: pod.name }, target });
      }
    }
    return findings;
  },
);

/**
 * The one pod the service is evidently meant for: the only pod declaring every port it targets, or,
 * for a service without ports, the only pod of the same name.
 */
function selectFix(pods: readonly Pod[], service: Service): QuickFix | undefined {
  const candidates =
    service.ports.length > 0
      ? pods.filter((pod) => {
          const names = new Set(
            pod.containers.filter((c) => c.role !== 'init').flatMap((c) => c.ports.map((p) => p.name)),
          );
          return service.ports.every((sp) => names.has(sp.targetPort));
        })
      : pods.filter((pod) => pod.name === service.name);
  const [pod] = candidates;
  if (candidates.length !== 1 || !pod) return undefined;
  return {
    title: `Select pod "${pod.name}"`,
    changes: [{ type: 'updateService', id: service.id, patch: { pod: pod.id } }],
  };
}

/** Whether the container runs with the pod (init containers exit first). */
const isRunning = (container: Container): boolean => container.role !== 'init';
