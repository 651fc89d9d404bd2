/**
 * The last stage before the design is handed out: every port named and unique in its pod, probe
 * ports resolved to names, and the design's invariants checked. An invariant the import broke is an
 * error, never a design on screen that the rest of the app cannot trust.
 */
import { integrityIssues } from '../model/integrity';
import { portNameProblem } from '../model/names';
import type { Design } from '../model/types';
import type { Draft } from './draft';
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
  for (const issue of integrityIssues(design).slice(0, 20)) {
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
