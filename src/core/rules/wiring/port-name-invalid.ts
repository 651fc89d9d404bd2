import type { DesignChange } from '../../model/change-types';
import { portNameProblem, uniqueName } from '../../model/names';
import { defineRule } from '../define';
import { containerTarget, externalTarget, serviceTarget } from '../targets';
import type { DiagnosticTarget, Finding } from '../types';

/** One port name in a naming scope (a pod, a service, an external). */
interface NamedPort {
  name: string;
  owner: string;
  target: DiagnosticTarget;
  rename(name: string): DesignChange;
}

export default defineRule(
  {
    id: 'port-name-invalid',
    description: 'Require port names to be IANA service names, unique within their pod, service or external.',
    category: 'wiring',
    severity: 'error',
    why: 'Services and probes refer to container ports by name, and Kubernetes rejects names that are not IANA_SVC_NAME (at most 15 lower-case letters, digits and "-", with a letter) or that repeat in a pod. Mirrors kube-linter invalid-target-ports and kube-score container-ports-check.',
    upstream: ['kube-linter invalid-target-ports', 'kube-score container-ports-check'],
    messages: {
      invalid: 'Port "{port}" of {owner}: {problem}',
      duplicate: 'Port name "{port}" is used twice in {scope}; names must be unique there.',
    },
  },
  ({ design }) => {
    const findings: Finding[] = [];
    const check = (ports: readonly NamedPort[], scope: string) => {
      const names = ports.map((p) => p.name);
      const seen = new Set<string>();
      for (const port of ports) {
        const problem = portNameProblem(port.name);
        if (problem) {
          const fixed = suggestName(port.name, names);
          findings.push({
            messageId: 'invalid',
            data: { port: port.name, owner: port.owner, problem },
            target: port.target,
            fix:
              fixed === undefined
                ? undefined
                : { title: `Rename it to "${fixed}"`, changes: [port.rename(fixed)] },
          });
        } else if (seen.has(port.name)) {
          // Which of the two a service or probe means is for a person to say: no quick fix.
          findings.push({ messageId: 'duplicate', data: { port: port.name, scope }, target: port.target });
        }
        seen.add(port.name);
      }
    };
    for (const pod of design.pods) {
      const ports = pod.containers.flatMap((container) =>
        container.ports.map((port): NamedPort => ({
          name: port.name,
          owner: `container "${container.name}" in pod "${pod.name}"`,
          target: containerTarget(container),
          rename: (name) => ({
            type: 'updatePort',
            container: container.id,
            port: port.name,
            patch: { name },
          }),
        })),
      );
      check(ports, `pod "${pod.name}"`);
    }
    for (const service of design.services) {
      const ports = service.ports.map((port): NamedPort => ({
        name: port.name,
        owner: `service "${service.name}"`,
        target: serviceTarget(service),
        rename: (name) => ({
          type: 'updateServicePort',
          service: service.id,
          port: port.name,
          patch: { name },
        }),
      }));
      check(ports, `service "${service.name}"`);
    }
    for (const external of design.externals) {
      const ports = external.ports.map((port): NamedPort => ({
        name: port.name,
        owner: `external "${external.name}"`,
        target: externalTarget(external),
        rename: (name) => ({
          type: 'updateExternalPort',
          external: external.id,
          port: port.name,
          patch: { name },
        }),
      }));
      check(ports, `external "${external.name}"`);
    }
    return findings;
  },
);

/** A valid, unused port name close to `name`, or undefined when nothing sensible is left of it. */
export function suggestName(name: string, taken: readonly string[]): string | undefined {
  let base = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 15)
    .replace(/-+$/, '');
  if (base === '') return undefined;
  if (!/[a-z]/.test(base)) base = `port-${base}`.slice(0, 15).replace(/-+$/, '');
  const suggestion = uniqueName(base, taken, 15);
  return portNameProblem(suggestion) === null ? suggestion : undefined;
}
