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
      const { containers } = pod;
      for (let c = 0; c < containers.length; c++) {
        const container = containers[c]!;
        const portItems = undocumented(container.ports, 'port');
        const envItems = undocumented(container.env, 'variable');
        if (!portItems && !envItems) continue;
        const items = portItems && envItems ? `${portItems} or ${envItems}` : (portItems ?? envItems ?? '');
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

/**
 * The items without a description for a message (`port "a"`, `variables "A" and "B"`), or undefined
 * when every item has one (the usual case). A single item, the usual finding, needs no list: on a large
 * design thousands of containers have one, and every object made for a message is copied if it is
 * alive when the young generation is collected.
 */
function undocumented(
  items: readonly { name: string; description?: string }[],
  word: string,
): string | undefined {
  let first: string | undefined;
  let names: string[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!isBlank(item.description)) continue;
    if (first === undefined) first = item.name;
    else (names ??= [first]).push(item.name);
  }
  if (first === undefined) return undefined;
  return names ? `${word}s ${quoteList(names)}` : `${word} "${first}"`;
}
