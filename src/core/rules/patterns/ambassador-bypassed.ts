import type { Connection, Container, Pod } from '../../model/types';
import type { DesignIndex } from '../design-index';
import { definePodRule } from '../define';
import { appsOf, leavesPod, targetName } from '../relations';
import { connectionTarget } from '../targets';
import type { QuickFix } from '../types';

export default definePodRule(
  {
    id: 'ambassador-bypassed',
    description: 'Disallow an app connecting directly to a backend that an ambassador in its pod fronts.',
    category: 'patterns',
    severity: 'warning',
    why: "Designing Distributed Systems: the app sees only the ambassador's local endpoint, and the ambassador alone decides where traffic goes. A direct path beside it defeats sharding, request splitting and service brokering.",
    upstream: [],
    messages: {
      bypass:
        'App "{app}" in pod "{pod}" connects to "{backend}" directly, bypassing ambassador "{ambassador}", which fronts it.',
    },
  },
  {
    pod({ pod }, { index }, findings) {
      // Only an app's call out of a pod with an ambassador can bypass it; most pods' apps make none.
      if (!mayBypass(index, pod)) return;
      const apps = appsOf(pod);
      const ambassadors = pod.containers.filter((c) => c.role === 'ambassador');
      // What each ambassador fronts, by the endpoint its traffic ends at.
      const fronted = new Map<string, Container>();
      for (const ambassador of ambassadors) {
        for (const c of index.outbound(ambassador.id)) {
          const key = endpointKey(index, c);
          if (key && leavesPod(index, c, pod) && !fronted.has(key)) fronted.set(key, ambassador);
        }
      }
      for (const app of apps) {
        for (const connection of index.outbound(app.id)) {
          const key = endpointKey(index, connection);
          const ambassador = key ? fronted.get(key) : undefined;
          if (!ambassador || !leavesPod(index, connection, pod)) continue;
          findings.push({
            messageId: 'bypass',
            data: {
              app: app.name,
              pod: pod.name,
              backend: targetName(index.target(connection)),
              ambassador: ambassador.name,
            },
            target: connectionTarget(index, connection),
            fix: bypassFix(index, app, ambassador, connection),
          });
        }
      }
    },
  },
);

/** Whether the pod has an ambassador and an app calling out of the pod: indexed loops, nothing allocated. */
function mayBypass(index: DesignIndex, pod: Pod): boolean {
  const { containers } = pod;
  let ambassador = false;
  for (let i = 0; i < containers.length && !ambassador; i++)
    ambassador = containers[i]!.role === 'ambassador';
  if (!ambassador) return false;
  for (let i = 0; i < containers.length; i++) {
    if (containers[i]!.role !== 'app') continue;
    const outbound = index.outbound(containers[i]!.id);
    for (let j = 0; j < outbound.length; j++) if (leavesPod(index, outbound[j]!, pod)) return true;
  }
  return false;
}

/** The endpoint traffic ends at: the pod behind a service or container, else the external or service. */
function endpointKey(index: DesignIndex, connection: Connection): string | undefined {
  const pod = index.targetPod(connection);
  if (pod) return `pod:${pod.id}`;
  const target = index.target(connection);
  if (target.kind === 'external') return `external:${target.external.id}`;
  if (target.kind === 'service') return `service:${target.service.id}`;
  return undefined;
}

function bypassFix(
  index: DesignIndex,
  app: Container,
  ambassador: Container,
  direct: Connection,
): QuickFix | undefined {
  if (index.outbound(app.id).some((c) => c.to.id === ambassador.id)) {
    return {
      title: `Remove the direct connection; "${app.name}" already goes through "${ambassador.name}"`,
      changes: [{ type: 'remove', ids: [direct.id] }],
    };
  }
  const [port] = ambassador.ports;
  if (ambassador.ports.length !== 1 || !port) return undefined;
  return {
    title: `Send it through "${ambassador.name}" port ${port.name}`,
    changes: [
      { type: 'updateConnection', id: direct.id, patch: { to: { id: ambassador.id, port: port.name } } },
    ],
  };
}
