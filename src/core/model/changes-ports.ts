import type { DesignChange } from './change-types';
import {
  accept,
  refuse,
  replaceWhere,
  updatePod,
  withoutUndefined,
  type ChangeResult,
} from './change-result';
import { dnsLabelProblem, duplicateProblem, portNameProblem, portNumberProblem } from './names';
import { findContainer, findPod, findService } from './queries';
import type { Connection, Container, Design, Probe, Probes } from './types';

type PortChange = Exclude<
  DesignChange,
  {
    type:
      | 'updateDesign'
      | 'addPod'
      | 'updatePod'
      | 'addContainer'
      | 'updateContainer'
      | 'moveContainer'
      | 'addService'
      | 'updateService'
      | 'addExternal'
      | 'updateExternal'
      | 'addConnection'
      | 'updateConnection'
      | 'remove'
      | 'setLayout'
      | 'replace';
  }
>;

/**
 * Ports and volumes: the names other things refer to. Renames cascade to every reference;
 * removing a port removes the connections that targeted it.
 */
export function applyPortChange(design: Design, change: PortChange): ChangeResult {
  switch (change.type) {
    case 'addPort':
    case 'updatePort':
    case 'removePort':
      return containerPortChange(design, change);
    case 'addVolume':
    case 'updateVolume':
    case 'removeVolume':
      return volumeChange(design, change);
    case 'addServicePort':
    case 'updateServicePort':
    case 'removeServicePort':
      return servicePortChange(design, change);
    case 'addExternalPort':
    case 'updateExternalPort':
    case 'removeExternalPort':
      return externalPortChange(design, change);
  }
}

function portProblem(name: string, port: number, takenNames: string[], scope: string): string | null {
  return portNameProblem(name) ?? duplicateProblem(name, takenNames, scope) ?? portNumberProblem(port);
}

function containerPortChange(
  design: Design,
  change: Extract<PortChange, { type: 'addPort' | 'updatePort' | 'removePort' }>,
): ChangeResult {
  const ref = findContainer(design, change.container);
  if (!ref) return refuse('not-found', 'That container no longer exists.');
  // Kubernetes requires port names to be unique across all containers of a pod.
  const podPortNames = ref.pod.containers.flatMap((c) => c.ports.map((p) => p.name));
  const setPorts = (update: (c: Container) => Container) =>
    updatePod(design, ref.pod.id, (pod) => ({
      ...pod,
      containers: replaceWhere(pod.containers, (c) => c.id === change.container, update),
    }));

  if (change.type === 'addPort') {
    const problem = portProblem(change.port.name, change.port.port, podPortNames, `in pod "${ref.pod.name}"`);
    if (problem) return refuse('port-invalid', problem);
    return accept(setPorts((c) => ({ ...c, ports: [...c.ports, change.port] })));
  }
  const current = ref.container.ports.find((p) => p.name === change.port);
  if (!current) return refuse('not-found', `Container "${ref.container.name}" has no port "${change.port}".`);
  if (change.type === 'removePort') {
    const next = setPorts((c) => ({ ...c, ports: c.ports.filter((p) => p.name !== change.port) }));
    return accept(dropConnectionsTo(next, change.container, change.port));
  }
  const updated = withoutUndefined({ ...current, ...change.patch });
  const others = podPortNames.filter((n) => n !== current.name);
  const problem = portProblem(updated.name, updated.port, others, `in pod "${ref.pod.name}"`);
  if (problem) return refuse('port-invalid', problem);
  let next = setPorts((c) => ({
    ...c,
    ports: replaceWhere(
      c.ports,
      (p) => p.name === current.name,
      () => updated,
    ),
    ...(c.probes ? { probes: renameProbePorts(c.probes, current.name, updated.name) } : {}),
  }));
  if (updated.name !== current.name) {
    next = renameConnectionPort(next, change.container, current.name, updated.name);
    next = {
      ...next,
      services: next.services.map((s) =>
        s.pod !== ref.pod.id
          ? s
          : {
              ...s,
              ports: replaceWhere(
                s.ports,
                (sp) => sp.targetPort === current.name,
                (sp) => ({ ...sp, targetPort: updated.name }),
              ),
            },
      ),
    };
  }
  return accept(next);
}

function volumeChange(
  design: Design,
  change: Extract<PortChange, { type: 'addVolume' | 'updateVolume' | 'removeVolume' }>,
): ChangeResult {
  const pod = findPod(design, change.pod);
  if (!pod) return refuse('not-found', 'That pod no longer exists.');
  const names = pod.volumes.map((v) => v.name);
  if (change.type === 'addVolume') {
    const problem =
      dnsLabelProblem(change.volume.name) ??
      duplicateProblem(change.volume.name, names, `in pod "${pod.name}"`);
    if (problem) return refuse('name-invalid', problem);
    return accept(updatePod(design, pod.id, (p) => ({ ...p, volumes: [...p.volumes, change.volume] })));
  }
  const current = pod.volumes.find((v) => v.name === change.volume);
  if (!current) return refuse('not-found', `Pod "${pod.name}" has no volume "${change.volume}".`);
  if (change.type === 'removeVolume') {
    return accept(
      updatePod(design, pod.id, (p) => ({
        ...p,
        volumes: p.volumes.filter((v) => v.name !== change.volume),
        containers: p.containers.map((c) => ({
          ...c,
          mounts: c.mounts.filter((m) => m.volume !== change.volume),
        })),
      })),
    );
  }
  const updated = withoutUndefined({ ...current, ...change.patch });
  if (updated.name !== current.name) {
    const problem =
      dnsLabelProblem(updated.name) ??
      duplicateProblem(
        updated.name,
        names.filter((n) => n !== current.name),
        `in pod "${pod.name}"`,
      );
    if (problem) return refuse('name-invalid', problem);
  }
  return accept(
    updatePod(design, pod.id, (p) => ({
      ...p,
      volumes: replaceWhere(
        p.volumes,
        (v) => v.name === current.name,
        () => updated,
      ),
      containers: p.containers.map((c) => ({
        ...c,
        mounts: replaceWhere(
          c.mounts,
          (m) => m.volume === current.name,
          (m) => ({ ...m, volume: updated.name }),
        ),
      })),
    })),
  );
}

function servicePortChange(
  design: Design,
  change: Extract<PortChange, { type: 'addServicePort' | 'updateServicePort' | 'removeServicePort' }>,
): ChangeResult {
  const service = findService(design, change.service);
  if (!service) return refuse('not-found', 'That service no longer exists.');
  const names = service.ports.map((p) => p.name);
  const setPorts = (ports: typeof service.ports) => ({
    ...design,
    services: replaceWhere(
      design.services,
      (s) => s.id === service.id,
      (s) => ({ ...s, ports }),
    ),
  });
  if (change.type === 'addServicePort') {
    const problem = portProblem(change.port.name, change.port.port, names, `by service "${service.name}"`);
    if (problem) return refuse('port-invalid', problem);
    return accept(setPorts([...service.ports, change.port]));
  }
  const current = service.ports.find((p) => p.name === change.port);
  if (!current) return refuse('not-found', `Service "${service.name}" has no port "${change.port}".`);
  if (change.type === 'removeServicePort') {
    return accept(
      dropConnectionsTo(
        setPorts(service.ports.filter((p) => p.name !== change.port)),
        service.id,
        change.port,
      ),
    );
  }
  const updated = withoutUndefined({ ...current, ...change.patch });
  const problem = portProblem(
    updated.name,
    updated.port,
    names.filter((n) => n !== current.name),
    `by service "${service.name}"`,
  );
  if (problem) return refuse('port-invalid', problem);
  const next = setPorts(
    replaceWhere(
      service.ports,
      (p) => p.name === current.name,
      () => updated,
    ),
  );
  return accept(renameConnectionPort(next, service.id, current.name, updated.name));
}

function externalPortChange(
  design: Design,
  change: Extract<PortChange, { type: 'addExternalPort' | 'updateExternalPort' | 'removeExternalPort' }>,
): ChangeResult {
  const external = design.externals.find((x) => x.id === change.external);
  if (!external) return refuse('not-found', 'That external service no longer exists.');
  const names = external.ports.map((p) => p.name);
  const setPorts = (ports: typeof external.ports) => ({
    ...design,
    externals: replaceWhere(
      design.externals,
      (x) => x.id === external.id,
      (x) => ({ ...x, ports }),
    ),
  });
  if (change.type === 'addExternalPort') {
    const problem = portProblem(change.port.name, change.port.port, names, `by "${external.name}"`);
    if (problem) return refuse('port-invalid', problem);
    return accept(setPorts([...external.ports, change.port]));
  }
  const current = external.ports.find((p) => p.name === change.port);
  if (!current) return refuse('not-found', `"${external.name}" has no port "${change.port}".`);
  if (change.type === 'removeExternalPort') {
    return accept(
      dropConnectionsTo(
        setPorts(external.ports.filter((p) => p.name !== change.port)),
        external.id,
        change.port,
      ),
    );
  }
  const updated = withoutUndefined({ ...current, ...change.patch });
  const problem = portProblem(
    updated.name,
    updated.port,
    names.filter((n) => n !== current.name),
    `by "${external.name}"`,
  );
  if (problem) return refuse('port-invalid', problem);
  const next = setPorts(
    replaceWhere(
      external.ports,
      (p) => p.name === current.name,
      () => updated,
    ),
  );
  return accept(renameConnectionPort(next, external.id, current.name, updated.name));
}

function dropConnectionsTo(design: Design, targetId: string, port: string): Design {
  const keep = (c: Connection) => !(c.to.id === targetId && c.to.port === port);
  return { ...design, connections: design.connections.filter(keep) };
}

function renameConnectionPort(design: Design, targetId: string, from: string, to: string): Design {
  if (from === to) return design;
  return {
    ...design,
    connections: replaceWhere(
      design.connections,
      (c) => c.to.id === targetId && c.to.port === from,
      (c) => ({ ...c, to: { ...c.to, port: to } }),
    ),
  };
}

function renameProbePorts(probes: Probes, from: string, to: string): Probes {
  const rename = (probe: Probe | undefined) =>
    probe && probe.port === from ? { ...probe, port: to } : probe;
  return withoutUndefined({
    liveness: rename(probes.liveness),
    readiness: rename(probes.readiness),
    startup: rename(probes.startup),
  });
}
