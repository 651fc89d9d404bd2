import type { Pod } from '../../model/types';
import { definePodRule } from '../define';
import { appsOf } from '../relations';
import { podTarget, quoteList } from '../targets';

export default definePodRule(
  {
    id: 'pod-multiple-app-containers',
    description: 'Disallow more than one app container in a pod.',
    category: 'patterns',
    severity: 'warning',
    why: 'Kubernetes: "typically, you only have one app container in a Pod"; Designing Distributed Systems groups containers in a pod only when they are symbiotic. Two apps in one pod scale, fail and deploy together for no reason.',
    upstream: [],
    messages: {
      several:
        'Pod "{pod}" has {count} app containers ({apps}); split them into pods of their own, or mark the ones that help the main app as sidecar, ambassador or adapter.',
    },
  },
  {
    pod({ pod }, _context, findings) {
      // Nearly every pod has one app: counted first, so the list is built only for a finding.
      if (appCount(pod) < 2) return;
      const apps = appsOf(pod);
      findings.push({
        messageId: 'several',
        data: { pod: pod.name, count: apps.length, apps: quoteList(apps.map((a) => a.name)) },
        target: podTarget(pod),
      });
    },
  },
);

function appCount({ containers }: Pod): number {
  let count = 0;
  for (let i = 0; i < containers.length; i++) if (containers[i]!.role === 'app') count++;
  return count;
}
