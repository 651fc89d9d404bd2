import type { Container } from '../../model/types';
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
      if (!pod.containers.some((c) => c.role === 'sidecar')) return;
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
