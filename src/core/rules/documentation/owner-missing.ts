import { definePodRule } from '../define';
import { isBlank, podTarget } from '../targets';

export default definePodRule(
  {
    id: 'owner-missing',
    description: 'Require an owner (a team or a person) on every pod.',
    category: 'documentation',
    severity: 'warning',
    why: "Designing Distributed Systems splits systems into containers partly so that each has one owning team; someone must be paged when it breaks. Mirrors kube-linter required-label-owner and Backstage's required spec.owner.",
    upstream: [
      'kube-linter required-label-owner',
      'kube-linter required-annotation-email',
      'Backstage spec.owner',
    ],
    messages: {
      missing: 'Pod "{pod}" has no owner: name the team or person who runs it.',
    },
  },
  {
    pod({ pod }, _context, findings) {
      if (isBlank(pod.owner))
        findings.push({ messageId: 'missing', data: { pod: pod.name }, target: podTarget(pod) });
    },
  },
);
