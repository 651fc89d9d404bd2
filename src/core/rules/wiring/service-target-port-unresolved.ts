import type { Pod, Service, ServicePort } from '../../model/types';
import { definePodRule } from '../define';
import type { DesignIndex } from '../design-index';
import { serviceTarget } from '../targets';
import type { Finding, QuickFix } from '../types';

export default definePodRule(
  {
    id: 'service-target-port-unresolved',
    description:
      'Require every service port to target a port that a running container of the selected pod serves on the pod network.',
    category: 'wiring',
    severity: 'error',
    why: "A Service port whose targetPort names no container port (or one bound to localhost) sends traffic nowhere. Kubernetes accepts it silently and no common linter checks it (kube-linter invalid-target-ports only checks the name's syntax).",
    upstream: ['kube-linter invalid-target-ports (name syntax only)'],
    messages: {
      unresolved:
        'Service "{service}" port "{servicePort}" targets port "{targetPort}", which no container of pod "{pod}" declares.',
      localhost:
        'Service "{service}" port "{servicePort}" targets port "{targetPort}" of container "{container}", which listens on localhost only, so the service cannot reach it.',
      init: 'Service "{service}" port "{servicePort}" targets port "{targetPort}" of init container "{container}", which exits before the pod serves.',
    },
  },
  {
    // Each service is checked with the pod it selects, while the walk over the pods has that pod's ports
    // in the cache: a loop over the services after the walk read every pod from memory once more.
    pod({ pod }, { index }, findings) {
      const services = index.servicesOf(pod.id);
      // With a repeated pod id, the services select the last pod of that id.
      if (services.length === 0 || index.pod(pod.id) !== pod) return;
      for (let s = 0; s < services.length; s++) checkService(findings, index, pod, services[s]!);
    },
  },
);

function checkService(findings: Finding[], index: DesignIndex, pod: Pod, service: Service): void {
  for (let p = 0; p < service.ports.length; p++) {
    const servicePort = service.ports[p]!;
    // Most target ports are served: told by a scan of the pod's few ports, no reference built.
    if (servesPodNetwork(pod, servicePort.targetPort)) continue;
    const ref = index.podPort(pod.id, servicePort.targetPort);
    if (ref && ref.container.role !== 'init' && ref.port.scope !== 'localhost') continue;
    const data = {
      service: service.name,
      servicePort: servicePort.name,
      targetPort: servicePort.targetPort,
      pod: pod.name,
    };
    const target = serviceTarget(service);
    if (!ref) {
      findings.push({
        messageId: 'unresolved',
        data,
        target,
        fix: retargetFix(pod, service, servicePort),
      });
    } else if (ref.container.role === 'init') {
      findings.push({ messageId: 'init', data: { ...data, container: ref.container.name }, target });
    } else if (ref.port.scope === 'localhost') {
      findings.push({ messageId: 'localhost', data: { ...data, container: ref.container.name }, target });
    }
  }
}

/** How many ports `servesPodNetwork` reads before leaving the answer to the index's look-up. */
const SCAN_LIMIT = 16;

/**
 * Whether the pod's first port of this name is one a running container serves on the pod network (as
 * `index.podPort` finds it), read in place. False when it is not, is missing, or the pod has more ports
 * than are worth scanning: the full check then asks the index, which keeps a large pod linear.
 */
function servesPodNetwork(pod: Pod, name: string): boolean {
  let scanned = 0;
  const { containers } = pod;
  for (let c = 0; c < containers.length; c++) {
    const { role, ports } = containers[c]!;
    for (let p = 0; p < ports.length; p++) {
      if (++scanned > SCAN_LIMIT) return false;
      const port = ports[p]!;
      if (port.name === name) return role !== 'init' && port.scope !== 'localhost';
    }
  }
  return false;
}

/** The one port the service port evidently means: the only one with its number, else the pod's only one. */
function retargetFix(pod: Pod, service: Service, servicePort: ServicePort): QuickFix | undefined {
  const reachable = pod.containers
    .filter((c) => c.role !== 'init')
    .flatMap((c) => c.ports.filter((p) => p.scope === 'pod').map((port) => ({ container: c, port })));
  const sameNumber = reachable.filter((r) => r.port.port === servicePort.port);
  const choice = sameNumber.length === 1 ? sameNumber[0] : reachable.length === 1 ? reachable[0] : undefined;
  if (!choice) return undefined;
  return {
    title: `Target port "${choice.port.name}" of container "${choice.container.name}"`,
    changes: [
      {
        type: 'updateServicePort',
        service: service.id,
        port: servicePort.name,
        patch: { targetPort: choice.port.name },
      },
    ],
  };
}
