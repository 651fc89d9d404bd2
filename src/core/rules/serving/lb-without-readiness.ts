import type { Container, Port, Probe } from '../../model/types';
import { definePodRule } from '../define';
import { containerTarget, roleWord } from '../targets';
import type { QuickFix } from '../types';
import { probeHandler } from './probes';

export default definePodRule(
  {
    id: 'lb-without-readiness',
    description: 'Require a readiness probe on every container that receives traffic from a service.',
    category: 'serving',
    severity: 'warning',
    why: 'Designing Distributed Systems: the load balancer must know when a replica can serve, which is what readiness probes tell it. Mirrors kube-score pod-probes (only for pods a Service targets), Polaris readinessProbeMissing and Checkov CKV_K8S_9; unlike them it also checks native sidecars on the traffic path.',
    upstream: [
      'kube-score pod-probes',
      'Polaris readinessProbeMissing',
      'Checkov CKV_K8S_9',
      'kube-linter no-readiness-probe',
    ],
    messages: {
      missing:
        '{role} "{container}" in pod "{pod}" receives traffic from service "{service}" but has no readiness probe, so the service sends requests to replicas that are not ready.',
    },
  },
  {
    pod({ entries }, _context, findings) {
      for (const { pod, container, exposures } of entries) {
        if (container.role === 'init' || container.probes?.readiness) continue;
        const [exposure] = exposures;
        if (!exposure) continue;
        findings.push({
          messageId: 'missing',
          data: {
            role: roleWord(container.role),
            container: container.name,
            pod: pod.name,
            service: exposure.service.name,
          },
          target: containerTarget(container),
          fix: readinessFix(container, exposure.port),
        });
      }
    },
  },
);

/**
 * A TCP check on the served port: ready once it accepts connections. When that would repeat the
 * liveness check, an HTTP `/readyz` for HTTP ports; otherwise a person has to choose.
 */
function readinessFix(container: Container, port: Port): QuickFix | undefined {
  if (port.scope !== 'pod') return undefined;
  const liveness = container.probes?.liveness;
  const tcp: Probe = { kind: 'tcp', port: port.name, periodSeconds: 10 };
  const http: Probe = { kind: 'http', port: port.name, path: '/readyz', periodSeconds: 10 };
  const isHttp = port.contract?.protocol === 'http';
  const candidates = isHttp ? [tcp, http] : [tcp];
  const probe = candidates.find((p) => !liveness || probeHandler(p) !== probeHandler(liveness));
  if (!probe) return undefined;
  return {
    title:
      probe.kind === 'http'
        ? `Add an HTTP readiness probe on ${port.name} /readyz`
        : `Add a TCP readiness probe on port "${port.name}"`,
    changes: [
      {
        type: 'updateContainer',
        id: container.id,
        patch: { probes: { ...container.probes, readiness: probe } },
      },
    ],
  };
}
