import { defineRule } from '../define';
import { containerTarget, isBlank, isHelper, quoteList, roleWord } from '../targets';
import type { Finding } from '../types';

export default defineRule(
  {
    id: 'container-api-undocumented',
    description:
      'Require a description on every port and environment variable of a container, strictly for helpers.',
    category: 'documentation',
    severity: 'warning',
    why: 'Designing Distributed Systems, designing sidecars for reuse: parameterise the container, treat every port, variable and file as its API, and document that API. Helpers are meant to be reused, so an undocumented helper is a warning; an undocumented app is only noted (info).',
    upstream: [],
    messages: {
      undocumented:
        '{role} "{container}" in pod "{pod}" does not describe {items}; ports and variables are a container\'s API.',
    },
  },
  ({ design }) => {
    const findings: Finding[] = [];
    for (const pod of design.pods) {
      for (const container of pod.containers) {
        if (
          container.ports.every((p) => !isBlank(p.description)) &&
          container.env.every((e) => !isBlank(e.description))
        )
          continue;
        const ports = container.ports.filter((p) => isBlank(p.description)).map((p) => p.name);
        const env = container.env.filter((e) => isBlank(e.description)).map((e) => e.name);
        if (ports.length === 0 && env.length === 0) continue;
        const items = [
          ports.length > 0 ? `port${ports.length > 1 ? 's' : ''} ${quoteList(ports)}` : '',
          env.length > 0 ? `variable${env.length > 1 ? 's' : ''} ${quoteList(env)}` : '',
        ]
          .filter(Boolean)
          .join(' or ');
        findings.push({
          messageId: 'undocumented',
          data: { role: roleWord(container.role), container: container.name, pod: pod.name, items },
          target: containerTarget(container),
          severity: isHelper(container) ? 'warning' : 'info',
        });
      }
    }
    return findings;
  },
);
