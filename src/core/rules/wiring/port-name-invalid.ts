import type { DesignChange } from '../../model/change-types';
import type { Container, External, Pod, Service } from '../../model/types';
import { portNameProblem, uniqueName } from '../../model/names';
import { definePodRule } from '../define';
import { containerTarget, externalTarget, serviceTarget } from '../targets';
import type { DiagnosticTarget, Finding } from '../types';

/** The port names of one naming scope (a pod, a service, an external), and how to point at and rename each. */
interface NamingScope {
  scope: string;
  names: readonly string[];
  owner(i: number): string;
  target(i: number): DiagnosticTarget;
  rename(i: number, name: string): DesignChange;
}

export default definePodRule(
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
  {
    pod({ pod }, _context, findings) {
      // Nearly every pod's port names are fine: told without building anything (see `podNamesFine`).
      if (!podNamesFine(pod)) checkPod(findings, pod);
    },
    rest({ design }, findings) {
      // Indexed loops, and the full check in functions of its own: the scopes are almost always fine,
      // and a `for…of` may allocate an iterator, a loop body with closures a context per item.
      const { services, externals } = design;
      for (let s = 0; s < services.length; s++)
        if (!namesFine(services[s]!.ports)) checkService(findings, services[s]!);
      for (let e = 0; e < externals.length; e++)
        if (!namesFine(externals[e]!.ports)) checkExternal(findings, externals[e]!);
    },
  },
);

function checkPod(findings: Finding[], pod: Pod): void {
  const owners: Container[] = [];
  const names: string[] = [];
  for (const container of pod.containers) {
    for (const port of container.ports) {
      owners.push(container);
      names.push(port.name);
    }
  }
  checkScope(findings, {
    scope: `pod "${pod.name}"`,
    names,
    owner: (i) => `container "${owners[i]!.name}" in pod "${pod.name}"`,
    target: (i) => containerTarget(owners[i]!),
    rename: (i, name) => ({
      type: 'updatePort',
      container: owners[i]!.id,
      port: names[i]!,
      patch: { name },
    }),
  });
}

function checkService(findings: Finding[], service: Service): void {
  checkScope(findings, {
    scope: `service "${service.name}"`,
    names: service.ports.map((p) => p.name),
    owner: () => `service "${service.name}"`,
    target: () => serviceTarget(service),
    rename: (i, name) => ({
      type: 'updateServicePort',
      service: service.id,
      port: service.ports[i]!.name,
      patch: { name },
    }),
  });
}

function checkExternal(findings: Finding[], external: External): void {
  checkScope(findings, {
    scope: `external "${external.name}"`,
    names: external.ports.map((p) => p.name),
    owner: () => `external "${external.name}"`,
    target: () => externalTarget(external),
    rename: (i, name) => ({
      type: 'updateExternalPort',
      external: external.id,
      port: external.ports[i]!.name,
      patch: { name },
    }),
  });
}

/** Findings of one naming scope: invalid names (with a rename when one is evident) and repeats. */
function checkScope(findings: Finding[], { scope, names, owner, target, rename }: NamingScope): void {
  const seen = new Set<string>();
  names.forEach((name, i) => {
    const problem = portNameProblem(name);
    if (problem) {
      const fixed = suggestName(name, names);
      findings.push({
        messageId: 'invalid',
        data: { port: name, owner: owner(i), problem },
        target: target(i),
        fix:
          fixed === undefined ? undefined : { title: `Rename it to "${fixed}"`, changes: [rename(i, fixed)] },
      });
    } else if (seen.has(name)) {
      // Which of the two a service or probe means is for a person to say: no quick fix.
      findings.push({ messageId: 'duplicate', data: { port: name, scope }, target: target(i) });
    }
    seen.add(name);
  });
}

/**
 * Whether a scope's port names are all valid and distinct, checked without building anything: nearly
 * every scope is, and the full check (lists, closures, messages) is kept for the few that are not.
 */
function namesFine(ports: readonly { name: string }[]): boolean {
  for (let i = 0; i < ports.length; i++) {
    const name = ports[i]!.name;
    if (!wellFormed(name)) return false;
    for (let j = 0; j < i; j++) if (ports[j]!.name === name) return false;
  }
  return true;
}

/** Names of one pod's ports, reused from pod to pod (only the first `count` entries count). */
const scratch: string[] = [];

/** `namesFine` over all the ports of a pod's containers, which share one naming scope. */
function podNamesFine(pod: Pod): boolean {
  let count = 0;
  const { containers } = pod;
  for (let c = 0; c < containers.length; c++) {
    const { ports } = containers[c]!;
    for (let p = 0; p < ports.length; p++) {
      const name = ports[p]!.name;
      if (!wellFormed(name)) return false;
      scratch[count++] = name;
    }
  }
  // Pairwise comparison is for the usual handful of ports; past that a set keeps it linear.
  if (count > 16) return new Set(scratch.slice(0, count)).size === count;
  for (let i = 1; i < count; i++) for (let j = 0; j < i; j++) if (scratch[i] === scratch[j]) return false;
  return true;
}

function wellFormed(name: unknown): boolean {
  return typeof name === 'string' && portNameProblem(name) === null;
}

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
