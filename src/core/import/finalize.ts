/**
 * The last stage before the design is handed out: every port named and unique in its pod, probe
 * ports resolved to names, and the design's invariants checked. An invariant the import broke is an
 * error, never a design on screen that the rest of the app cannot trust.
 */
import { integrityIssues, type IntegrityIssue } from '../model/integrity';
import { portNameProblem } from '../model/names';
import type { Design } from '../model/types';
import type { Draft } from './draft';
import { DesignLookup } from './infer/lookup';
import { freePortName, toPortName } from './names';

/** Names unnamed ports and renames duplicates, pod by pod; run before anything refers to ports by name. */
export function namePorts(draft: Draft): void {
  for (const pod of draft.design.pods) {
    const taken = new Set<string>();
    for (const container of pod.containers) {
      for (const port of container.ports) {
        if (!port.name) continue;
        if (taken.has(port.name)) {
          const renamed = freePortName(port.port, taken, port.name);
          draft.notes.warn(
            'port-name-duplicate',
            `Port name "${port.name}" is used twice in pod ${pod.name}; the one of ${container.name} becomes "${renamed}".`,
            draft.placeOf(container.id) ?? draft.podOrigins.get(pod.id)!.place,
            container.id,
          );
          port.name = renamed;
        }
        taken.add(port.name);
      }
    }
    for (const container of pod.containers) {
      for (const port of container.ports) {
        if (port.name) continue;
        port.name = freePortName(port.port, taken);
        taken.add(port.name);
      }
    }
  }
}

/** Probe ports as the input wrote them (numbers or names) become names of the container's ports. */
export function resolveProbePorts(draft: Draft): void {
  for (const pending of draft.probePorts) {
    const { container, raw, probe } = pending;
    if (typeof raw === 'number') {
      let port = container.ports.find((p) => p.port === raw);
      if (!port) {
        const taken = new Set(pending.pod.containers.flatMap((c) => c.ports.map((p) => p.name)));
        port = { name: freePortName(raw, taken), port: raw, protocol: 'TCP', scope: 'pod' };
        container.ports.push(port);
        draft.notes.info(
          'port-declared',
          `The ${pending.which} probe of ${container.name} checks port ${raw}, which the container does not declare; it is declared as "${port.name}".`,
          pending.place,
          container.id,
        );
      }
      probe.port = port.name;
      continue;
    }
    const byName =
      container.ports.find((p) => p.name === raw) ?? container.ports.find((p) => p.name === toPortName(raw));
    if (byName) {
      probe.port = byName.name;
    } else if (portNameProblem(raw) === null) {
      probe.port = raw;
      draft.notes.warn(
        'probe-port-unknown',
        `The ${pending.which} probe of ${container.name} checks port "${raw}", which the container does not declare.`,
        pending.place,
        container.id,
      );
    } else {
      draft.notes.warn(
        'probe-port-unknown',
        `The ${pending.which} probe of ${container.name} checks port "${raw}", which is not a port name; the probe keeps no port.`,
        pending.place,
        container.id,
      );
    }
  }
}

/** Reports every broken invariant as an error note: the import must not hand out such a design. */
export function checkIntegrity(draft: Draft, design: Design): void {
  // The model's check looks each connection's target up with linear queries; on a 1,000-pod import
  // that is most of the import's own time. The same invariants, with the connections checked here
  // over one index: ids unique, both ends present, the port present at the target.
  const issues = [...integrityIssues({ ...design, connections: [] }), ...connectionIssues(design)];
  for (const issue of issues.slice(0, 20)) {
    const entity = entityAt(design, issue.path);
    const place = (entity && draft.placeOf(entity)) ?? anyPlace(draft);
    if (!place) continue;
    draft.notes.error(
      'integrity',
      `The imported design breaks an invariant (${issue.code}): ${issue.message}`,
      place,
      entity,
    );
  }
}

function connectionIssues(design: Design): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const lookup = new DesignLookup(design);
  const ids = new Set<string>([
    ...lookup.containers.keys(),
    ...lookup.services.keys(),
    ...lookup.externals.keys(),
  ]);
  for (const pod of design.pods) ids.add(pod.id);
  design.connections.forEach((connection, i) => {
    const at = (...rest: (string | number)[]) => ['connections', i, ...rest];
    if (ids.has(connection.id))
      issues.push({
        code: 'id-duplicate',
        message: `The id "${connection.id}" is used twice.`,
        path: at('id'),
      });
    ids.add(connection.id);
    if (!lookup.containers.has(connection.from)) {
      issues.push({
        code: 'connection-from-missing',
        message: 'A connection starts at a container that does not exist.',
        path: at('from'),
      });
    }
    const ports = lookup.portsOf(connection.to.id);
    if (!ports) {
      issues.push({
        code: 'connection-to-missing',
        message: 'A connection ends at something that does not exist.',
        path: at('to', 'id'),
      });
    } else if (!ports.some((p) => p.name === connection.to.port)) {
      issues.push({
        code: 'connection-port-missing',
        message: `A connection ends at port "${connection.to.port}", which its target does not have.`,
        path: at('to', 'port'),
      });
    }
  });
  return issues;
}

function entityAt(design: Design, path: readonly (string | number)[]): string | undefined {
  const [collection, index, sub, subIndex] = path;
  if (typeof index !== 'number') return undefined;
  if (collection === 'pods') {
    const pod = design.pods[index];
    if (sub === 'containers' && typeof subIndex === 'number') return pod?.containers[subIndex]?.id ?? pod?.id;
    return pod?.id;
  }
  if (collection === 'services') return design.services[index]?.id;
  if (collection === 'externals') return design.externals[index]?.id;
  if (collection === 'connections') return design.connections[index]?.from;
  return undefined;
}

function anyPlace(draft: Draft) {
  return draft.podOrigins.values().next().value?.place ?? draft.entityPlaces.values().next().value;
}
