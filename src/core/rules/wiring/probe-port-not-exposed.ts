import type { Container, Port, Probe, Probes } from '../../model/types';
import { definePodRule } from '../define';
import { containerTarget } from '../targets';
import type { QuickFix } from '../types';

const PROBE_KINDS = ['liveness', 'readiness', 'startup'] as const;

export default definePodRule(
  {
    id: 'probe-port-not-exposed',
    description: 'Require every network probe to use a port its own container declares on the pod network.',
    category: 'wiring',
    severity: 'error',
    why: 'The kubelet probes the pod IP on a named port of the same container; a probe on an undeclared port is rejected, and one on a port bound to localhost always fails, so the container is restarted or never becomes ready. Mirrors kube-linter liveness-port, readiness-port and startup-port.',
    upstream: ['kube-linter liveness-port', 'kube-linter readiness-port', 'kube-linter startup-port'],
    messages: {
      noPort: 'The {probe} probe of container "{container}" in pod "{pod}" is a {kind} probe without a port.',
      undeclared:
        'The {probe} probe of container "{container}" in pod "{pod}" uses port "{port}", which the container does not declare.',
      localhost:
        'The {probe} probe of container "{container}" in pod "{pod}" uses port "{port}", which listens on localhost only; the kubelet probes the pod IP, so the probe always fails.',
    },
  },
  {
    pod({ pod }, _context, findings) {
      for (const container of pod.containers) {
        const probes = container.probes;
        if (!probes) continue;
        for (const probeKind of PROBE_KINDS) {
          const probe = probes[probeKind];
          if (!probe || probe.kind === 'exec') continue;
          const port = probe.port ? findPort(container, probe.port) : undefined;
          // The usual case, a probe on a port of the pod network, costs no finding's data.
          if (port && port.scope !== 'localhost') continue;
          const data = {
            probe: probeKind,
            container: container.name,
            pod: pod.name,
            kind: probe.kind,
            port: probe.port ?? '',
          };
          const target = containerTarget(container);
          if (!probe.port) {
            findings.push({
              messageId: 'noPort',
              data,
              target,
              fix: onlyPortFix(container, probes, probeKind, probe),
            });
          } else if (!port) {
            findings.push({
              messageId: 'undeclared',
              data,
              target,
              fix: onlyPortFix(container, probes, probeKind, probe),
            });
          } else if (port.scope === 'localhost') {
            findings.push({ messageId: 'localhost', data, target });
          }
        }
      }
    },
  },
);

/** When the container serves exactly one port on the pod network, the probe evidently means it. */
function onlyPortFix(
  container: Container,
  probes: Probes,
  probeKind: (typeof PROBE_KINDS)[number],
  probe: Probe,
): QuickFix | undefined {
  const reachable = container.ports.filter((p) => p.scope === 'pod');
  const [only] = reachable;
  if (reachable.length !== 1 || !only) return undefined;
  return {
    title: `Probe port "${only.name}"`,
    changes: [
      {
        type: 'updateContainer',
        id: container.id,
        patch: { probes: { ...probes, [probeKind]: { ...probe, port: only.name } } },
      },
    ],
  };
}

function findPort(container: Container, name: string): Port | undefined {
  for (const port of container.ports) if (port.name === name) return port;
  return undefined;
}
