import { defineRule } from '../define';
import { crossPodArrivals, readsOwnPod, remoteApps } from '../relations';
import { containerTarget, quoteList } from '../targets';
import type { Finding } from '../types';

export default defineRule(
  {
    id: 'helper-not-co-located',
    description: 'Require each helper to serve the app of its own pod, not an app in another pod.',
    category: 'patterns',
    severity: 'error',
    why: "The single-node patterns of Designing Distributed Systems rely on co-scheduling: helper and app share a pod, its network and volumes. A helper whose partner app lives in another pod is a separate service in disguise, with none of the pattern's guarantees.",
    upstream: [],
    messages: {
      ambassador:
        'Ambassador "{container}" in pod "{pod}" is called from pod {pods}; an ambassador brokers the traffic of its own pod\'s app, so give each caller its own ambassador or make this a service.',
      sidecar:
        'Sidecar "{container}" in pod "{pod}" is called directly from pod {pods}; a sidecar augments the app of its own pod, so make it a service of its own or put a sidecar in each pod.',
      adapter:
        'Adapter "{container}" in pod "{pod}" reads app {apps} in another pod and nothing in its own; an adapter must sit in the pod of the app it adapts.',
    },
  },
  ({ design, index }) => {
    const findings: Finding[] = [];
    for (const pod of design.pods) {
      for (const container of pod.containers) {
        const data = { container: container.name, pod: pod.name };
        if (container.role === 'ambassador' || container.role === 'sidecar') {
          // A service in front of a sidecar is the TLS-terminator case and fine; an ambassador never is.
          const callers = crossPodArrivals(index, pod, container).filter(
            (a) => container.role === 'ambassador' || !a.via,
          );
          if (callers.length === 0) continue;
          const pods = quoteList([...new Set(callers.map((a) => a.from!.pod.name))]);
          findings.push({
            messageId: container.role,
            data: { ...data, pods },
            target: containerTarget(container),
          });
        } else if (container.role === 'adapter') {
          const remote = remoteApps(index, pod, container);
          if (remote.length > 0 && !readsOwnPod(index, pod, container)) {
            findings.push({
              messageId: 'adapter',
              data: { ...data, apps: quoteList(remote) },
              target: containerTarget(container),
            });
          }
        }
      }
    }
    return findings;
  },
);
