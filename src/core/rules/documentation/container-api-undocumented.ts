import { definePodRule } from '../define';
import { containerTarget, isBlank, isHelper, quoteList, roleWord } from '../targets';

export default definePodRule(
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
  {
    pod({ pod }, _context, findings) {
      for (const container of pod.containers) {
        const ports = undocumented(container.ports);
        const env = undocumented(container.env);
        if (!ports && !env) continue;
        const portItems = ports ? `port${ports.length > 1 ? 's' : ''} ${quoteList(ports)}` : '';
        const envItems = env ? `variable${env.length > 1 ? 's' : ''} ${quoteList(env)}` : '';
        const items = portItems && envItems ? `${portItems} or ${envItems}` : portItems || envItems;
        findings.push({
          messageId: 'undocumented',
          data: { role: roleWord(container.role), container: container.name, pod: pod.name, items },
          target: containerTarget(container),
          severity: isHelper(container) ? 'warning' : 'info',
        });
      }
    },
  },
);

/** Names of the items without a description, or undefined when every item has one (the usual case). */
function undocumented(items: readonly { name: string; description?: string }[]): string[] | undefined {
  let names: string[] | undefined;
  for (const item of items) {
    if (!isBlank(item.description)) continue;
    if (names) names.push(item.name);
    else names = [item.name];
  }
  return names;
}
