import { definePodRule } from '../define';
import { containerTarget, isBlank, isHelper, roleWord } from '../targets';

export default definePodRule(
  {
    id: 'docs-link-missing',
    description: 'Require a documentation link on every sidecar, ambassador and adapter.',
    category: 'documentation',
    severity: 'warning',
    why: 'Helpers are the reusable parts of the single-node patterns, and Designing Distributed Systems asks that reusable containers be documented where people find them; the OCI annotation org.opencontainers.image.documentation exists for this link.',
    upstream: ['OCI org.opencontainers.image.documentation'],
    messages: {
      missing: '{role} "{container}" in pod "{pod}" has no documentation link; a reused helper needs one.',
    },
  },
  {
    pod({ pod }, _context, findings) {
      for (const container of pod.containers) {
        if (!isHelper(container) || !isBlank(container.docsUrl)) continue;
        findings.push({
          messageId: 'missing',
          data: { role: roleWord(container.role), container: container.name, pod: pod.name },
          target: containerTarget(container),
        });
      }
    },
  },
);
