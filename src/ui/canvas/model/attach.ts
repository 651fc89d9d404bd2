import type { DesignChange, Pod, Service } from '../../../core';
import { firstPodPort, servicePortFor } from './defaults';

export interface AttachPlan {
  changes: DesignChange[];
  /** Something the person should know (the pod offers no port a Service can reach). */
  notice?: string;
}

/**
 * Points a Service at a pod. A Service with no ports gets one aimed at the pod's first pod-scoped
 * port; ports that named a port the new pod lacks are re-aimed at it, so the Service keeps working.
 * The inspector edits the ports afterwards.
 */
export function attachChanges(service: Service, pod: Pod): AttachPlan {
  const changes: DesignChange[] = [];
  if (service.pod !== pod.id) changes.push({ type: 'updateService', id: service.id, patch: { pod: pod.id } });
  const target = firstPodPort(pod);
  if (!target) {
    return {
      changes,
      notice: `Service "${service.name}" now selects pod "${pod.name}", which has no port reachable from outside the pod yet: add one, then aim the Service at it.`,
    };
  }
  const podPorts = new Set(pod.containers.flatMap((c) => c.ports.map((p) => p.name)));
  if (service.ports.length === 0) {
    changes.push({ type: 'addServicePort', service: service.id, port: servicePortFor(target) });
  } else {
    for (const port of service.ports) {
      if (!podPorts.has(port.targetPort)) {
        changes.push({
          type: 'updateServicePort',
          service: service.id,
          port: port.name,
          patch: { targetPort: target.name },
        });
      }
    }
  }
  return { changes };
}
