import type { DesignChange } from './change-types';
import {
  accept,
  refuse,
  replaceWhere,
  updatePod,
  withoutUndefined,
  type ChangeResult,
} from './change-result';
import { applyPortChange } from './changes-ports';
import { dnsLabelProblem, duplicateProblem } from './names';
import { findContainer, findPod, findService, targetPorts } from './queries';
import { removeEntities } from './remove';
import type { Design, LayoutEntry, Pod } from './types';

export type { ChangeError, ChangeResult } from './change-result';

/**
 * Applies one change and returns the new design, or says why the change is refused. A refused
 * change leaves nothing half-done: the caller keeps its design. Never mutates its input.
 */
export function tryApplyChange(design: Design, change: DesignChange): ChangeResult {
  switch (change.type) {
    case 'updateDesign':
      return accept(withoutUndefined({ ...design, ...change.patch }));
    case 'addPod': {
      if (idTaken(design, change.pod.id))
        return refuse('id-taken', `The id ${change.pod.id} is already used.`);
      const problem = podNameProblem(design, change.pod.name);
      if (problem) return refuse('name-invalid', problem);
      return accept(
        withLayout({ ...design, pods: [...design.pods, change.pod] }, change.pod.id, change.layout),
      );
    }
    case 'updatePod': {
      const pod = findPod(design, change.id);
      if (!pod) return refuse('not-found', 'That pod no longer exists.');
      if (change.patch.name !== undefined && change.patch.name !== pod.name) {
        const problem = podNameProblem(design, change.patch.name);
        if (problem) return refuse('name-invalid', problem);
      }
      const pods = replaceWhere(
        design.pods,
        (p) => p.id === pod.id,
        (p) => withoutUndefined({ ...p, ...change.patch }),
      );
      return accept({ ...design, pods });
    }
    case 'addContainer': {
      const pod = findPod(design, change.pod);
      if (!pod) return refuse('not-found', 'That pod no longer exists.');
      if (idTaken(design, change.container.id))
        return refuse('id-taken', `The id ${change.container.id} is already used.`);
      const problem = containerNameProblem(pod, change.container.name);
      if (problem) return refuse('name-invalid', problem);
      const next = updatePod(design, pod.id, (p) => ({
        ...p,
        containers: [...p.containers, change.container],
      }));
      return accept(withLayout(next, change.container.id, change.layout));
    }
    case 'updateContainer': {
      const ref = findContainer(design, change.id);
      if (!ref) return refuse('not-found', 'That container no longer exists.');
      if (change.patch.name !== undefined && change.patch.name !== ref.container.name) {
        const problem = containerNameProblem(ref.pod, change.patch.name);
        if (problem) return refuse('name-invalid', problem);
      }
      const patch = { ...change.patch };
      // Choosing a role, even the inferred one, confirms it.
      if (patch.role !== undefined) patch.roleInferred = undefined;
      return accept(
        updatePod(design, ref.pod.id, (p) => ({
          ...p,
          containers: replaceWhere(
            p.containers,
            (c) => c.id === change.id,
            (c) => withoutUndefined({ ...c, ...patch }),
          ),
        })),
      );
    }
    case 'moveContainer':
      return moveContainer(design, change.id, change.toPod, change.layout);
    case 'addService': {
      if (idTaken(design, change.service.id))
        return refuse('id-taken', `The id ${change.service.id} is already used.`);
      const problem = endpointNameProblem(design, change.service.name);
      if (problem) return refuse('name-invalid', problem);
      if (change.service.pod && !findPod(design, change.service.pod))
        return refuse('not-found', 'That pod no longer exists.');
      const next = { ...design, services: [...design.services, change.service] };
      return accept(withLayout(next, change.service.id, change.layout));
    }
    case 'updateService': {
      const service = findService(design, change.id);
      if (!service) return refuse('not-found', 'That service no longer exists.');
      if (change.patch.name !== undefined && change.patch.name !== service.name) {
        const problem = endpointNameProblem(design, change.patch.name);
        if (problem) return refuse('name-invalid', problem);
      }
      if (change.patch.pod && !findPod(design, change.patch.pod))
        return refuse('not-found', 'That pod no longer exists.');
      const services = replaceWhere(
        design.services,
        (s) => s.id === service.id,
        (s) => withoutUndefined({ ...s, ...change.patch }),
      );
      return accept({ ...design, services });
    }
    case 'addExternal': {
      if (idTaken(design, change.external.id))
        return refuse('id-taken', `The id ${change.external.id} is already used.`);
      const problem = endpointNameProblem(design, change.external.name);
      if (problem) return refuse('name-invalid', problem);
      const next = { ...design, externals: [...design.externals, change.external] };
      return accept(withLayout(next, change.external.id, change.layout));
    }
    case 'updateExternal': {
      const external = design.externals.find((x) => x.id === change.id);
      if (!external) return refuse('not-found', 'That external service no longer exists.');
      if (change.patch.name !== undefined && change.patch.name !== external.name) {
        const problem = endpointNameProblem(design, change.patch.name);
        if (problem) return refuse('name-invalid', problem);
      }
      const externals = replaceWhere(
        design.externals,
        (x) => x.id === external.id,
        (x) => withoutUndefined({ ...x, ...change.patch }),
      );
      return accept({ ...design, externals });
    }
    case 'addConnection': {
      const { connection } = change;
      if (idTaken(design, connection.id))
        return refuse('id-taken', `The id ${connection.id} is already used.`);
      const problem = connectionProblem(design, connection.from, connection.to);
      if (problem) return refuse('connection-invalid', problem);
      return accept({ ...design, connections: [...design.connections, connection] });
    }
    case 'updateConnection': {
      const connection = design.connections.find((c) => c.id === change.id);
      if (!connection) return refuse('not-found', 'That connection no longer exists.');
      const next = withoutUndefined({ ...connection, ...change.patch });
      const problem = connectionProblem(design, next.from, next.to);
      if (problem) return refuse('connection-invalid', problem);
      return accept({
        ...design,
        connections: replaceWhere(
          design.connections,
          (c) => c.id === change.id,
          () => next,
        ),
      });
    }
    case 'remove':
      return accept(removeEntities(design, change.ids));
    case 'setLayout':
      return accept({ ...design, layout: { ...design.layout, ...change.entries } });
    case 'replace':
      return accept(change.design);
    default:
      return applyPortChange(design, change);
  }
}

/** Applies a change, or returns the design unchanged when the change is refused. */
export function applyChange(design: Design, change: DesignChange): Design {
  const result = tryApplyChange(design, change);
  return result.ok ? result.design : design;
}

/** Applies changes in order, stopping at the first refusal (the whole batch is then refused). */
export function tryApplyChanges(design: Design, changes: readonly DesignChange[]): ChangeResult {
  let current = design;
  for (const change of changes) {
    const result = tryApplyChange(current, change);
    if (!result.ok) return result;
    current = result.design;
  }
  return accept(current);
}

function moveContainer(design: Design, id: string, toPod: string, layout?: LayoutEntry): ChangeResult {
  const ref = findContainer(design, id);
  const target = findPod(design, toPod);
  if (!ref || !target) return refuse('not-found', 'That container or pod no longer exists.');
  if (ref.pod.id === toPod) return accept(withLayout(design, id, layout));
  const problem = containerNameProblem(target, ref.container.name);
  if (problem) return refuse('name-invalid', problem);
  const targetPortNames = new Set(target.containers.flatMap((c) => c.ports.map((p) => p.name)));
  const clash = ref.container.ports.find((p) => targetPortNames.has(p.name));
  if (clash) return refuse('port-invalid', `Pod "${target.name}" already has a port named "${clash.name}".`);
  // The volumes it mounts go with it, so its mounts keep resolving in the new pod.
  const mounted = new Set(ref.container.mounts.map((m) => m.volume));
  const have = new Set(target.volumes.map((v) => v.name));
  const carried = ref.pod.volumes.filter((v) => mounted.has(v.name) && !have.has(v.name));
  let next = updatePod(design, ref.pod.id, (p) => ({
    ...p,
    containers: p.containers.filter((c) => c.id !== id),
  }));
  next = updatePod(next, toPod, (p) => ({
    ...p,
    containers: [...p.containers, ref.container],
    volumes: [...p.volumes, ...carried],
  }));
  return accept(withLayout(next, id, layout));
}

function withLayout(design: Design, id: string, entry: LayoutEntry | undefined): Design {
  return entry ? { ...design, layout: { ...design.layout, [id]: entry } } : design;
}

function idTaken(design: Design, id: string): boolean {
  return (
    design.pods.some((p) => p.id === id || p.containers.some((c) => c.id === id)) ||
    design.services.some((s) => s.id === id) ||
    design.externals.some((x) => x.id === id) ||
    design.connections.some((c) => c.id === id)
  );
}

function podNameProblem(design: Design, name: string): string | null {
  return (
    dnsLabelProblem(name) ??
    duplicateProblem(
      name,
      design.pods.map((p) => p.name),
      'by another pod',
    )
  );
}

function containerNameProblem(pod: Pod, name: string): string | null {
  return (
    dnsLabelProblem(name) ??
    duplicateProblem(
      name,
      pod.containers.map((c) => c.name),
      `in pod "${pod.name}"`,
    )
  );
}

/** Services and externals share one name space: both become DNS names that callers use. */
function endpointNameProblem(design: Design, name: string): string | null {
  const taken = [...design.services.map((s) => s.name), ...design.externals.map((x) => x.name)];
  return dnsLabelProblem(name) ?? duplicateProblem(name, taken, 'by another service or external');
}

function connectionProblem(design: Design, from: string, to: { id: string; port: string }): string | null {
  if (!findContainer(design, from)) return 'A connection must start at a container.';
  if (from === to.id) return 'A container cannot connect to itself.';
  const ports = targetPorts(design, to.id);
  if (
    !findContainer(design, to.id) &&
    !findService(design, to.id) &&
    !design.externals.some((x) => x.id === to.id)
  ) {
    return 'A connection must end at a container, a service or an external service.';
  }
  if (!ports.some((p) => p.name === to.port)) return `The target has no port named "${to.port}".`;
  return null;
}
