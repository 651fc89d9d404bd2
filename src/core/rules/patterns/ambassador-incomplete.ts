import type { DesignChange } from '../../model/change-types';
import { uniqueName } from '../../model/names';
import type { Connection, Container, Pod, Port } from '../../model/types';
import type { DesignIndex } from '../design-index';
import { definePodRule } from '../define';
import {
  appsOf,
  freePortNumber,
  hasApp,
  leavesPod,
  targetContract,
  targetName,
  targetPortNumber,
} from '../relations';
import { containerTarget } from '../targets';
import type { QuickFix } from '../types';

export default definePodRule(
  {
    id: 'ambassador-incomplete',
    description:
      'Require every ambassador to be called by its app over localhost and to connect to something outside the pod.',
    category: 'patterns',
    severity: 'error',
    why: 'Designing Distributed Systems: an ambassador brokers interactions between the app and the rest of the world (a sharding proxy, a service broker, a request splitter). Without an upstream it brokers nothing (error); without the app calling it, it is unused (warning).',
    upstream: [],
    messages: {
      noUpstream:
        'Ambassador "{container}" in pod "{pod}" has no outbound connection to a service or external outside the pod, so it brokers nothing.',
      noClient:
        'Ambassador "{container}" in pod "{pod}" is not called by app {app}; connect the app to it over localhost.',
    },
  },
  {
    pod({ pod }, { index }, findings) {
      // Most ambassadors have an upstream and are called by an app: nothing is built for those pods.
      if (everyAmbassadorComplete(index, pod)) return;
      const apps = appsOf(pod);
      for (const ambassador of pod.containers) {
        if (ambassador.role !== 'ambassador') continue;
        if (!index.outbound(ambassador.id).some((c) => leavesPod(index, c, pod))) {
          findings.push({
            messageId: 'noUpstream',
            data: { container: ambassador.name, pod: pod.name },
            target: containerTarget(ambassador),
            fix: routeFix(index, pod, ambassador),
          });
        }
        if (apps.length === 0) continue; // helper-without-app reports it
        const called = index.inbound(ambassador.id).some((c) => apps.some((a) => a.id === c.from));
        if (!called) {
          const target = containerTarget(ambassador);
          findings.push({
            messageId: 'noClient',
            data: {
              container: ambassador.name,
              pod: pod.name,
              app: apps.map((a) => `"${a.name}"`).join(' or '),
            },
            target,
            severity: 'warning',
            fix: clientFix(index, apps, ambassador),
          });
        }
      }
    },
  },
);

/**
 * Whether every ambassador of the pod has an upstream and (when the pod has an app) an app calling it,
 * decided with indexed loops that allocate nothing: the check runs on every pod and nearly all pass.
 */
function everyAmbassadorComplete(index: DesignIndex, pod: Pod): boolean {
  const { containers } = pod;
  for (let i = 0; i < containers.length; i++) {
    const ambassador = containers[i]!;
    if (ambassador.role !== 'ambassador') continue;
    const outbound = index.outbound(ambassador.id);
    let upstream = false;
    for (let j = 0; j < outbound.length && !upstream; j++) upstream = leavesPod(index, outbound[j]!, pod);
    if (!upstream) return false;
    const inbound = index.inbound(ambassador.id);
    let called = false;
    for (let j = 0; j < inbound.length && !called; j++) called = isAppOf(containers, inbound[j]!.from);
    if (!called && hasApp(pod)) return false;
  }
  return true;
}

function isAppOf(containers: readonly Container[], id: string): boolean {
  for (let i = 0; i < containers.length; i++) {
    if (containers[i]!.role === 'app' && containers[i]!.id === id) return true;
  }
  return false;
}

/**
 * When the pod's app has exactly one connection leaving the pod, the ambassador evidently should carry
 * it: give the ambassador that upstream and point the app's connection at the ambassador instead.
 */
function routeFix(index: DesignIndex, pod: Pod, ambassador: Container): QuickFix | undefined {
  const outgoing: Connection[] = appsOf(pod).flatMap((app) =>
    index.outbound(app.id).filter((c) => leavesPod(index, c, pod)),
  );
  const [connection] = outgoing;
  if (outgoing.length !== 1 || !connection || ambassador.ports.length > 1) return undefined;
  const resolved = index.target(connection);
  const changes: DesignChange[] = [];
  let port: Port | undefined = ambassador.ports[0];
  if (!port) {
    const taken = pod.containers.flatMap((c) => c.ports.map((p) => p.name));
    const contract = targetContract(resolved);
    port = {
      name: uniqueName(connection.to.port, taken, 15),
      port: freePortNumber(pod, targetPortNumber(resolved) ?? 8080),
      protocol: 'TCP',
      scope: 'localhost',
      ...(contract ? { contract } : {}),
    };
    changes.push({ type: 'addPort', container: ambassador.id, port });
  }
  const from = index.containers.get(connection.from)!.container;
  changes.push(
    {
      type: 'addConnection',
      connection: {
        id: index.freshId('e', `${ambassador.id}-upstream`),
        from: ambassador.id,
        to: { ...connection.to },
        ...(connection.requires ? { requires: connection.requires } : {}),
      },
    },
    { type: 'updateConnection', id: connection.id, patch: { to: { id: ambassador.id, port: port.name } } },
  );
  return {
    title: `Route "${from.name}"'s connection to "${targetName(resolved)}" through "${ambassador.name}"`,
    changes,
  };
}

/** With one app and one ambassador port, the missing connection is evident. */
function clientFix(
  index: DesignIndex,
  apps: readonly Container[],
  ambassador: Container,
): QuickFix | undefined {
  const [app] = apps;
  const [port] = ambassador.ports;
  if (apps.length !== 1 || !app || ambassador.ports.length !== 1 || !port) return undefined;
  return {
    title: `Connect "${app.name}" to "${ambassador.name}" port ${port.name}`,
    changes: [
      {
        type: 'addConnection',
        connection: {
          id: index.freshId('e', `${app.id}-${ambassador.id}`),
          from: app.id,
          to: { id: ambassador.id, port: port.name },
        },
      },
    ],
  };
}
