import type { Container, Pod, Port } from '../../model/types';
import type { DesignIndex, Exposure } from '../design-index';
import { definePodRule } from '../define';
import { appsOf, crossPodArrivals, isObservabilityPort } from '../relations';
import { containerTarget } from '../targets';
import type { Finding, QuickFix } from '../types';

export default definePodRule(
  {
    id: 'ambassador-exposed-outside-pod',
    description:
      "Disallow exposing an ambassador's ports outside its pod, through a service or by listening on the pod network.",
    category: 'patterns',
    severity: 'warning',
    why: "In the book's companion code the per-pod twemproxy ambassador listens on 127.0.0.1, while the shared shard router listens on 0.0.0.0 behind a Service: an exposed ambassador is really a shared router (a service of its own). Metrics and health ports are left out: the platform scrapes them.",
    upstream: [],
    messages: {
      service:
        'Service "{service}" exposes port "{port}" of ambassador "{container}" in pod "{pod}"; an ambassador serves only its own pod\'s app.',
      podNetwork:
        'Ambassador "{container}" in pod "{pod}" listens on port "{port}" on the pod network; bind it to localhost so that only its app can reach it.',
    },
  },
  {
    pod({ pod }, { index }, findings) {
      const { containers } = pod;
      for (let i = 0; i < containers.length; i++) {
        const ambassador = containers[i]!;
        // Most ambassadors: every port on localhost and behind no service, nothing to build.
        if (ambassador.role === 'ambassador' && isExposed(index, ambassador))
          reportAmbassador(index, pod, ambassador, findings);
      }
    },
  },
);

/** Whether any of the ambassador's ports (metrics and health aside) is exposed; allocates nothing. */
function isExposed(index: DesignIndex, ambassador: Container): boolean {
  const exposures = index.exposures(ambassador.id);
  const { ports } = ambassador;
  for (let i = 0; i < ports.length; i++) {
    const port = ports[i]!;
    if (isObservabilityPort(port)) continue;
    if (port.scope === 'pod') return true;
    for (let j = 0; j < exposures.length; j++) if (exposures[j]!.port === port) return true;
  }
  return false;
}

function reportAmbassador(index: DesignIndex, pod: Pod, ambassador: Container, findings: Finding[]): void {
  const exposures = index.exposures(ambassador.id);
  for (const port of ambassador.ports) {
    if (isObservabilityPort(port)) continue;
    if (port.scope !== 'pod' && !exposures.some((e) => e.port === port)) continue;
    const data = { container: ambassador.name, pod: pod.name, port: port.name };
    const target = containerTarget(ambassador);
    const mine = exposures.filter((e) => e.port === port);
    for (const exposure of mine) {
      findings.push({
        messageId: 'service',
        data: { ...data, service: exposure.service.name },
        target,
        fix: exposureFix(index, pod, exposure),
      });
    }
    if (mine.length === 0 && port.scope === 'pod') {
      findings.push({
        messageId: 'podNetwork',
        data,
        target,
        fix: localhostFix(index, pod, ambassador, port),
      });
    }
  }
}

/**
 * The service was most likely meant for the app: point it there when the app has exactly one port on the
 * pod network. Otherwise, when nothing calls that service port, remove it (or the service, if it is all
 * there is). When something does call it, the caller needs rethinking, which is not mechanical.
 */
function exposureFix(index: DesignIndex, pod: Pod, exposure: Exposure): QuickFix | undefined {
  const { service, servicePort } = exposure;
  const appPorts = appsOf(pod).flatMap((app) =>
    app.ports.filter((p) => p.scope === 'pod').map((port) => ({ app, port })),
  );
  const [only] = appPorts;
  if (appPorts.length === 1 && only) {
    return {
      title: `Point service "${service.name}" at port "${only.port.name}" of app "${only.app.name}"`,
      changes: [
        {
          type: 'updateServicePort',
          service: service.id,
          port: servicePort.name,
          patch: { targetPort: only.port.name },
        },
      ],
    };
  }
  if (index.inbound(service.id).some((c) => c.to.port === servicePort.name)) return undefined;
  if (service.ports.length === 1) {
    return { title: `Remove service "${service.name}"`, changes: [{ type: 'remove', ids: [service.id] }] };
  }
  return {
    title: `Remove port "${servicePort.name}" from service "${service.name}"`,
    changes: [{ type: 'removeServicePort', service: service.id, port: servicePort.name }],
  };
}

/** Binding to localhost is safe unless something outside the pod calls the port directly. */
function localhostFix(index: DesignIndex, pod: Pod, ambassador: Container, port: Port): QuickFix | undefined {
  if (crossPodArrivals(index, pod, ambassador).some((a) => a.port === port)) return undefined;
  return {
    title: `Listen on localhost only`,
    changes: [
      { type: 'updatePort', container: ambassador.id, port: port.name, patch: { scope: 'localhost' } },
    ],
  };
}
