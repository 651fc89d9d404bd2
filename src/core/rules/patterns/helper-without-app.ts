import type { Pod } from '../../model/types';
import { definePodRule } from '../define';
import { isHelper, podTarget } from '../targets';
import type { QuickFix } from '../types';

export default definePodRule(
  {
    id: 'helper-without-app',
    description:
      'Require every pod with a sidecar, ambassador or adapter to have an app container for it to help.',
    category: 'patterns',
    severity: 'error',
    why: 'The single-node patterns of Designing Distributed Systems are an app container plus helpers that augment it (sidecar), broker its traffic (ambassador) or conform its interface (adapter); a helper with no app helps nothing.',
    upstream: [],
    messages: {
      noApp:
        'Pod "{pod}" has {helpers} but no app container; a helper only makes sense next to the app it helps.',
    },
  },
  {
    pod({ pod }, _context, findings) {
      // Nearly every pod has an app, or no helper: told by one indexed loop, before any list is made.
      if (!helpersWithoutApp(pod)) return;
      const helpers = pod.containers.filter(isHelper);
      const running = pod.containers.filter((c) => c.role !== 'init');
      const [only] = running;
      // A pod whose only running container is a "helper" is most likely an app tagged by mistake.
      const fix: QuickFix | undefined =
        running.length === 1 && only
          ? {
              title: `Make "${only.name}" the app`,
              changes: [{ type: 'updateContainer', id: only.id, patch: { role: 'app' } }],
            }
          : undefined;
      const list = helpers.map((h) => `${h.role} "${h.name}"`);
      findings.push({
        messageId: 'noApp',
        data: {
          pod: pod.name,
          helpers: list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`,
        },
        target: podTarget(pod),
        fix,
      });
    },
  },
);

function helpersWithoutApp({ containers }: Pod): boolean {
  let helper = false;
  for (let i = 0; i < containers.length; i++) {
    if (containers[i]!.role === 'app') return false;
    helper ||= isHelper(containers[i]!);
  }
  return helper;
}
