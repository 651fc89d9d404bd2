import type { Container, Pod, Port } from '../../model/types';
import { definePodRule } from '../define';
import { containerTarget } from '../targets';

export default definePodRule(
  {
    id: 'port-conflict-in-pod',
    description: 'Disallow two long-running containers of one pod binding the same port number and protocol.',
    category: 'wiring',
    severity: 'error',
    why: 'The containers of a pod share one network namespace, so two of them cannot listen on the same port (127.0.0.1 and 0.0.0.0 collide too): the second fails to start. Init containers run one at a time before the others and are left out.',
    upstream: [],
    messages: {
      conflict:
        'Containers "{first}" and "{second}" of pod "{pod}" both bind {protocol} port {number}; only one of them can start.',
      twice: 'Container "{first}" in pod "{pod}" declares {protocol} port {number} twice.',
    },
  },
  {
    pod({ pod }, _context, findings) {
      if (bindsDistinct(pod)) return;
      const bound = new Map<number, { container: Container; port: Port }>();
      for (const container of pod.containers) {
        if (container.role === 'init') continue;
        for (const port of container.ports) {
          // One number per (protocol, port): cheaper than a string key on large designs.
          const key = bindingKey(port);
          const first = bound.get(key);
          if (!first) {
            bound.set(key, { container, port });
            continue;
          }
          const data = {
            first: first.container.name,
            second: container.name,
            pod: pod.name,
            protocol: port.protocol,
            number: port.port,
          };
          findings.push({
            messageId: first.container === container ? 'twice' : 'conflict',
            data,
            target: containerTarget(container),
          });
        }
      }
    },
  },
);

/** One number per (protocol, port), as the rule keys its map. */
function bindingKey(port: Port): number {
  return port.protocol === 'UDP' ? -port.port : port.port;
}

/** Keys of one pod's bindings, reused from pod to pod (only the first `count` entries count). */
const scratch: number[] = [];

/**
 * Whether no two running containers of the pod bind the same key, checked without a map: nearly every
 * pod does not, and it has a handful of ports. Equality is the map's (NaN equals NaN).
 */
function bindsDistinct(pod: Pod): boolean {
  let count = 0;
  for (const container of pod.containers) {
    if (container.role === 'init') continue;
    for (const port of container.ports) scratch[count++] = bindingKey(port);
  }
  if (count > 16) return new Set(scratch.slice(0, count)).size === count;
  for (let i = 1; i < count; i++) {
    const key = scratch[i]!;
    for (let j = 0; j < i; j++) {
      const other = scratch[j]!;
      if (other === key || (other !== other && key !== key)) return false;
    }
  }
  return true;
}
