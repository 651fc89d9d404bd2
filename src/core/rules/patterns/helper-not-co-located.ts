import { definePodRule } from '../define';
import type { Pod } from '../../model/types';
import type { Arrival } from '../design-index';
import { isCrossPod, readsOwnPod, remoteApps } from '../relations';
import { containerTarget, quoteList } from '../targets';

export default definePodRule(
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
  {
    pod({ pod }, { index }, findings) {
      for (const container of pod.containers) {
        if (container.role === 'ambassador' || container.role === 'sidecar') {
          // A service in front of a sidecar is the TLS-terminator case and fine; an ambassador never is.
          const callers = crossPodCallers(index.arrivals(container.id), pod, container.role === 'sidecar');
          if (!callers) continue;
          const data = { container: container.name, pod: pod.name };
          const pods = quoteList([...new Set(callers.map((a) => a.from!.pod.name))]);
          findings.push({
            messageId: container.role,
            data: { ...data, pods },
            target: containerTarget(container),
          });
        } else if (container.role === 'adapter') {
          const remote = remoteApps(index, pod, container);
          if (remote.length > 0 && !readsOwnPod(index, pod, container)) {
            const data = { container: container.name, pod: pod.name };
            findings.push({
              messageId: 'adapter',
              data: { ...data, apps: quoteList(remote) },
              target: containerTarget(container),
            });
          }
        }
      }
    },
  },
);

/** Arrivals from other pods (for a sidecar, only direct ones), or undefined when there are none. */
function crossPodCallers(arrivals: readonly Arrival[], pod: Pod, directOnly: boolean): Arrival[] | undefined {
  let callers: Arrival[] | undefined;
  for (const a of arrivals) {
    if (!isCrossPod(a, pod) || (directOnly && a.via)) continue;
    if (callers) callers.push(a);
    else callers = [a];
  }
  return callers;
}
