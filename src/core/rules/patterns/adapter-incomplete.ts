import type { Container, Pod } from '../../model/types';
import { definePodRule } from '../define';
import type { DesignIndex } from '../design-index';
import {
  appsOf,
  hasApp,
  isObservabilityPort,
  leavesPod,
  OBSERVABILITY_PROTOCOLS,
  readsOwnPod,
  remoteApps,
} from '../relations';
import { containerTarget, quoteList } from '../targets';

/** "prometheus, otlp, logs or health", for messages. */
const STANDARD = `${OBSERVABILITY_PROTOCOLS.slice(0, -1).join(', ')} or ${OBSERVABILITY_PROTOCOLS.at(-1)}`;

export default definePodRule(
  {
    id: 'adapter-incomplete',
    description:
      'Require every adapter to read its app and to offer a standard interface (metrics, telemetry, logs or health).',
    category: 'patterns',
    severity: 'warning',
    why: 'Designing Distributed Systems: an adapter conforms the app to an interface every app is expected to have (Prometheus metrics from redis_exporter, normalised logs from fluentd, a rich MySQL health check). One without input from the app is a standalone exporter; one without a standard output adapts to nothing.',
    upstream: ['kube-linter dangling-servicemonitor (the consumer side)'],
    messages: {
      noInput:
        'Adapter "{container}" in pod "{pod}" has no input from app {app}: connect it to the app over localhost, or mount a volume the app writes.',
      noOutput: `Adapter "{container}" in pod "{pod}" offers no standard interface: give it a port on the pod network with a ${STANDARD} contract, or connect it to where it sends its output.`,
      uncontracted: `Adapter "{container}" in pod "{pod}" serves {ports} without a standard contract; say which interface it conforms to (${STANDARD}).`,
    },
  },
  {
    pod({ pod }, { index }, findings) {
      if (!hasApp(pod)) return; // helper-without-app reports it
      for (const adapter of pod.containers) {
        if (adapter.role !== 'adapter') continue;
        // An adapter reading an app in another pod is helper-not-co-located's finding, not this one.
        if (!readsOwnPod(index, pod, adapter) && remoteApps(index, pod, adapter).length === 0) {
          const data = { container: adapter.name, pod: pod.name };
          const target = containerTarget(adapter);
          findings.push({
            messageId: 'noInput',
            data: {
              ...data,
              app: appsOf(pod)
                .map((a) => `"${a.name}"`)
                .join(' or '),
            },
            target,
          });
        }
        if (offersStandard(adapter) || pushesOut(index, adapter, pod)) continue;
        const data = { container: adapter.name, pod: pod.name };
        const target = containerTarget(adapter);
        const reachable = adapter.ports.filter((p) => p.scope === 'pod');
        const plain = reachable.filter((p) => !p.contract);
        if (plain.length > 0) {
          findings.push({
            messageId: 'uncontracted',
            data: { ...data, ports: `port ${quoteList(plain.map((p) => p.name))}` },
            target,
          });
        } else {
          findings.push({ messageId: 'noOutput', data, target });
        }
      }
    },
  },
);

/** A port on the pod network with a standard contract. */
function offersStandard(adapter: Container): boolean {
  for (const port of adapter.ports) if (port.scope === 'pod' && isObservabilityPort(port)) return true;
  return false;
}

/** A connection that takes the adapter's output out of the pod. */
function pushesOut(index: DesignIndex, adapter: Container, pod: Pod): boolean {
  for (const connection of index.outbound(adapter.id)) if (leavesPod(index, connection, pod)) return true;
  return false;
}
