import { definePodRule } from '../define';
import { podTarget } from '../targets';

export default definePodRule(
  {
    id: 'replicated-single-replica',
    description: 'Require a Deployment behind a service to run at least 2 replicas.',
    category: 'serving',
    severity: 'warning',
    why: 'Designing Distributed Systems, replicated load-balanced services: a single instance cannot be upgraded or fail without downtime, so a service needs at least two identical replicas. Mirrors kube-score deployment-replicas and Polaris deploymentMissingReplicas.',
    upstream: [
      'kube-score deployment-replicas',
      'Polaris deploymentMissingReplicas',
      'kube-linter minimum-three-replicas',
    ],
    messages: {
      single:
        'Pod "{pod}" serves service "{service}" with {replicas} replica; a replicated service needs at least 2, so that one can fail or be upgraded while another serves.',
    },
  },
  {
    pod({ pod }, { index }, findings) {
      if (pod.workload !== 'Deployment') return;
      const replicas = pod.replicas ?? 1;
      const [service] = index.servicesOf(pod.id);
      if (!service || replicas >= 2) return;
      findings.push({
        messageId: 'single',
        data: { pod: pod.name, service: service.name, replicas },
        target: podTarget(pod),
        fix: {
          title: 'Run 2 replicas',
          changes: [{ type: 'updatePod', id: pod.id, patch: { replicas: 2 } }],
        },
      });
    },
  },
);
