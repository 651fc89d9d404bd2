import { definePodRule } from '../define';
import { containerTarget } from '../targets';
import { probeHandler } from './probes';

export default definePodRule(
  {
    id: 'probes-identical',
    description: 'Disallow liveness and readiness probes that run the same check.',
    category: 'serving',
    severity: 'warning',
    why: 'Readiness takes a replica out of rotation (for instance while a dependency is down); liveness restarts it. With one check for both, a dependency blip restarts every replica instead of draining it. Mirrors kube-score pod-probes-identical, which compares the handler, not the timings.',
    upstream: ['kube-score pod-probes-identical'],
    messages: {
      same: 'Container "{container}" in pod "{pod}" uses the same {kind} check for liveness and readiness, so a passing hiccup restarts it instead of taking it out of rotation.',
    },
  },
  {
    pod({ pod }, _context, findings) {
      for (const container of pod.containers) {
        const liveness = container.probes?.liveness;
        const readiness = container.probes?.readiness;
        if (!liveness || !readiness || probeHandler(liveness) !== probeHandler(readiness)) continue;
        findings.push({
          messageId: 'same',
          data: {
            container: container.name,
            pod: pod.name,
            kind: liveness.kind === 'exec' ? 'exec' : liveness.kind.toUpperCase(),
          },
          target: containerTarget(container),
        });
      }
    },
  },
);
