import type { Container, Pod } from '../../model/types';
import type { DesignIndex } from '../design-index';
import { definePodRule } from '../define';
import { appsOf, sharesVolume } from '../relations';
import { containerTarget } from '../targets';

export default definePodRule(
  {
    id: 'sidecar-no-shared-resource',
    description: 'Require every sidecar to share a volume or a localhost connection with an app of its pod.',
    category: 'patterns',
    severity: 'warning',
    why: 'Designing Distributed Systems defines a sidecar by what it shares with the app: part of the filesystem (git-sync, log shipping) or the network (a TLS terminator proxying to localhost). A sidecar sharing nothing is an unrelated container in the wrong place.',
    upstream: [],
    messages: {
      alone:
        'Sidecar "{container}" in pod "{pod}" shares no volume and no connection with app {app}; mount a volume they both use, or connect them over localhost.',
    },
  },
  {
    pod({ pod }, { index }, findings) {
      // Most sidecars share a volume or a connection with an app: nothing is built for those pods.
      if (everySidecarLinked(index, pod)) return;
      const apps = appsOf(pod);
      if (apps.length === 0) return; // helper-without-app reports it
      // A pod has an app or two: a set of their ids pays only past a few.
      const appIds = apps.length > 8 ? new Set(apps.map((a) => a.id)) : undefined;
      for (const sidecar of pod.containers) {
        if (sidecar.role !== 'sidecar') continue;
        const linked =
          apps.some((app) => sharesVolume(app, sidecar)) ||
          index.outbound(sidecar.id).some((c) => isAppId(apps, appIds, c.to.id)) ||
          index.inbound(sidecar.id).some((c) => isAppId(apps, appIds, c.from));
        if (linked) continue;
        findings.push({
          messageId: 'alone',
          data: { container: sidecar.name, pod: pod.name, app: apps.map((a) => `"${a.name}"`).join(' or ') },
          target: containerTarget(sidecar),
        });
      }
    },
  },
);

function isAppId(apps: readonly Container[], appIds: Set<string> | undefined, id: string): boolean {
  return appIds ? appIds.has(id) : apps.some((a) => a.id === id);
}

/** Past this many apps the full check's set of their ids keeps a pod linear: the pre-check leaves it that. */
const PAIRWISE_APPS = 8;

/**
 * Whether every sidecar of the pod is linked to one of its apps, decided without allocating (indexed
 * loops, no closures): the check runs on every pod and nearly every one passes. False sends the pod to
 * the full check, which also handles pods with many apps.
 */
function everySidecarLinked(index: DesignIndex, pod: Pod): boolean {
  const { containers } = pod;
  let apps = 0;
  for (let i = 0; i < containers.length; i++) if (containers[i]!.role === 'app') apps++;
  for (let i = 0; i < containers.length; i++) {
    const sidecar = containers[i]!;
    if (sidecar.role !== 'sidecar') continue;
    if (apps === 0 || apps > PAIRWISE_APPS || !linkedToApp(index, containers, sidecar)) return false;
  }
  return true;
}

function linkedToApp(index: DesignIndex, containers: readonly Container[], sidecar: Container): boolean {
  for (let i = 0; i < containers.length; i++) {
    const app = containers[i]!;
    if (app.role === 'app' && sharesVolume(app, sidecar)) return true;
  }
  const outbound = index.outbound(sidecar.id);
  for (let i = 0; i < outbound.length; i++) if (isAppOf(containers, outbound[i]!.to.id)) return true;
  const inbound = index.inbound(sidecar.id);
  for (let i = 0; i < inbound.length; i++) if (isAppOf(containers, inbound[i]!.from)) return true;
  return false;
}

function isAppOf(containers: readonly Container[], id: string): boolean {
  for (let i = 0; i < containers.length; i++) {
    if (containers[i]!.role === 'app' && containers[i]!.id === id) return true;
  }
  return false;
}
