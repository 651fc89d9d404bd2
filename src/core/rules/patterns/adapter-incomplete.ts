import { defineRule } from '../define';
import {
  appsOf,
  isObservabilityPort,
  leavesPod,
  OBSERVABILITY_PROTOCOLS,
  readsOwnPod,
  remoteApps,
} from '../relations';
import { containerTarget, quoteList } from '../targets';
import type { Finding } from '../types';

/** "prometheus, otlp, logs or health", for messages. */
const STANDARD = `${OBSERVABILITY_PROTOCOLS.slice(0, -1).join(', ')} or ${OBSERVABILITY_PROTOCOLS.at(-1)}`;

export default defineRule(
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
  ({ design, index }) => {
    const findings: Finding[] = [];
    for (const pod of design.pods) {
      const apps = appsOf(pod);
      if (apps.length === 0) continue; // helper-without-app reports it
      for (const adapter of pod.containers) {
        if (adapter.role !== 'adapter') continue;
        const data = { container: adapter.name, pod: pod.name };
        const target = containerTarget(adapter);
        // An adapter reading an app in another pod is helper-not-co-located's finding, not this one.
        if (!readsOwnPod(index, pod, adapter) && remoteApps(index, pod, adapter).length === 0) {
          findings.push({
            messageId: 'noInput',
            data: { ...data, app: apps.map((a) => `"${a.name}"`).join(' or ') },
            target,
          });
        }
        const reachable = adapter.ports.filter((p) => p.scope === 'pod');
        const pushes = index.outbound(adapter.id).some((c) => leavesPod(index, c, pod));
        if (reachable.some(isObservabilityPort) || pushes) continue;
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
    }
    return findings;
  },
);
