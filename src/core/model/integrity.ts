import { dnsLabelProblem, portNameProblem, portNumberProblem } from './names';
import { targetPorts } from './queries';
import type { Design } from './types';

/** A broken invariant, with the JSON path of the offending value. */
export interface IntegrityIssue {
  code: string;
  message: string;
  path: (string | number)[];
}

/**
 * The invariants every design keeps: ids unique, names valid and unique in their scope, and every
 * reference by id resolving. Port *names* that a Service targets may dangle (a check reports it),
 * but a connection always ends at a port that exists. Parsing refuses a file that breaks these;
 * the property tests assert that no sequence of changes can break them.
 */
export function integrityIssues(design: Design): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const report = (code: string, message: string, path: (string | number)[]) =>
    issues.push({ code, message, path });
  const ids = new Set<string>();
  const claim = (id: string, path: (string | number)[]) => {
    if (ids.has(id)) report('id-duplicate', `The id "${id}" is used twice.`, path);
    ids.add(id);
  };
  const unique = (names: string[], scope: string, path: (i: number) => (string | number)[]) => {
    const seen = new Set<string>();
    names.forEach((name, i) => {
      if (seen.has(name)) report('name-duplicate', `"${name}" is used twice ${scope}.`, path(i));
      seen.add(name);
    });
  };
  const name = (value: string, path: (string | number)[]) => {
    const problem = dnsLabelProblem(value);
    if (problem) report('name-invalid', problem, path);
  };
  const port = (portName: string, number: number, path: (string | number)[]) => {
    const problem = portNameProblem(portName) ?? portNumberProblem(number);
    if (problem) report('port-invalid', problem, path);
  };

  unique(
    design.pods.map((p) => p.name),
    'as a pod name',
    (i) => ['pods', i, 'name'],
  );
  design.pods.forEach((pod, pi) => {
    claim(pod.id, ['pods', pi, 'id']);
    name(pod.name, ['pods', pi, 'name']);
    unique(
      pod.containers.map((c) => c.name),
      `in pod "${pod.name}"`,
      (i) => ['pods', pi, 'containers', i, 'name'],
    );
    unique(
      pod.volumes.map((v) => v.name),
      `as a volume of pod "${pod.name}"`,
      (i) => ['pods', pi, 'volumes', i, 'name'],
    );
    const volumes = new Set(pod.volumes.map((v) => v.name));
    const podPorts: string[] = [];
    pod.containers.forEach((container, ci) => {
      const at = ['pods', pi, 'containers', ci];
      claim(container.id, [...at, 'id']);
      name(container.name, [...at, 'name']);
      container.ports.forEach((p, i) => {
        port(p.name, p.port, [...at, 'ports', i]);
        podPorts.push(p.name);
      });
      container.mounts.forEach((m, i) => {
        if (!volumes.has(m.volume)) {
          report(
            'mount-unresolved',
            `Container "${container.name}" mounts "${m.volume}", which pod "${pod.name}" does not have.`,
            [...at, 'mounts', i, 'volume'],
          );
        }
      });
    });
    unique(podPorts, `as a port name in pod "${pod.name}"`, () => ['pods', pi, 'containers']);
  });
  const podIds = new Set(design.pods.map((p) => p.id));
  unique(
    [...design.services.map((s) => s.name), ...design.externals.map((x) => x.name)],
    'as a service or external name',
    (i) =>
      i < design.services.length
        ? ['services', i, 'name']
        : ['externals', i - design.services.length, 'name'],
  );
  design.services.forEach((service, si) => {
    claim(service.id, ['services', si, 'id']);
    name(service.name, ['services', si, 'name']);
    if (service.pod && !podIds.has(service.pod)) {
      report('service-pod-missing', `Service "${service.name}" selects a pod that does not exist.`, [
        'services',
        si,
        'pod',
      ]);
    }
    unique(
      service.ports.map((p) => p.name),
      `by service "${service.name}"`,
      (i) => ['services', si, 'ports', i, 'name'],
    );
    service.ports.forEach((p, i) => port(p.name, p.port, ['services', si, 'ports', i]));
  });
  design.externals.forEach((external, xi) => {
    claim(external.id, ['externals', xi, 'id']);
    name(external.name, ['externals', xi, 'name']);
    unique(
      external.ports.map((p) => p.name),
      `by "${external.name}"`,
      (i) => ['externals', xi, 'ports', i, 'name'],
    );
    external.ports.forEach((p, i) => port(p.name, p.port, ['externals', xi, 'ports', i]));
  });
  const containerIds = new Set(design.pods.flatMap((p) => p.containers.map((c) => c.id)));
  design.connections.forEach((connection, i) => {
    claim(connection.id, ['connections', i, 'id']);
    if (!containerIds.has(connection.from)) {
      report('connection-from-missing', 'A connection starts at a container that does not exist.', [
        'connections',
        i,
        'from',
      ]);
    }
    const ports = targetPorts(design, connection.to.id);
    const targetExists =
      containerIds.has(connection.to.id) ||
      design.services.some((s) => s.id === connection.to.id) ||
      design.externals.some((x) => x.id === connection.to.id);
    if (!targetExists) {
      report('connection-to-missing', 'A connection ends at something that does not exist.', [
        'connections',
        i,
        'to',
        'id',
      ]);
    } else if (!ports.some((p) => p.name === connection.to.port)) {
      report(
        'connection-port-missing',
        `A connection ends at port "${connection.to.port}", which its target does not have.`,
        ['connections', i, 'to', 'port'],
      );
    }
  });
  return issues;
}
