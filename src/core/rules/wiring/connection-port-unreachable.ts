import { definePodRule } from '../define';
import { connectionTarget } from '../targets';

export default definePodRule(
  {
    id: 'connection-port-unreachable',
    description:
      'Disallow connections from another pod to a port bound to localhost, and connections to init containers.',
    category: 'wiring',
    severity: 'error',
    why: 'A port with scope localhost is bound to 127.0.0.1 and only containers of its own pod can reach it; an init container has exited before anything calls it. Such a connection cannot work as drawn.',
    upstream: [],
    messages: {
      localhost:
        'Connection {connection} comes from pod "{fromPod}" but port "{port}" of "{container}" listens on localhost only, so only pod "{pod}" can reach it.',
      init: 'Connection {connection} ends at init container "{container}", which exits before the pod runs.',
    },
  },
  {
    pod({ entries }, { index }, findings) {
      for (const from of entries) {
        for (let i = 0; i < from.outbound.length; i++) {
          const connection = from.outbound[i]!;
          const target = from.targets[i]!;
          if (target.kind !== 'container' || !target.port) continue;
          const init = target.container.role === 'init';
          if (!init && (target.port.scope !== 'localhost' || from.pod.id === target.pod.id)) continue;
          const data = {
            connection: index.connectionName(connection),
            port: target.port.name,
            container: target.container.name,
            pod: target.pod.name,
            fromPod: from.pod.name,
          };
          findings.push({
            messageId: init ? 'init' : 'localhost',
            data,
            target: connectionTarget(index, connection),
          });
        }
      }
    },
  },
);
