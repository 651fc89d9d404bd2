/**
 * `x-podwright` extension fields: the design facts Compose has no key for, so that an import (ours)
 * restores the design. Compose and Kompose ignore `x-` fields.
 */
import type { Container, Design, Pod } from '../../model/types';
import type { DesignLookup } from '../lookup';
import { connectionFacts, contractFact, envFacts } from '../metadata';
import { dataKey } from '../values';
import { volumeName } from './storage';

export function containerExtension(
  lookup: DesignLookup,
  pod: Pod,
  container: Container,
): Record<string, unknown> {
  const ext: Record<string, unknown> = { id: container.id, pod: pod.id, role: container.role };
  if (container.description) ext.description = container.description;
  if (container.docsUrl) ext.docsUrl = container.docsUrl;
  if (container.sourceUrl) ext.sourceUrl = container.sourceUrl;
  if (container.license) ext.license = container.license;
  if (container.ports.length > 0) {
    ext.ports = container.ports.map((port) => ({
      name: port.name,
      port: port.port,
      protocol: port.protocol,
      scope: port.scope,
      ...(port.contract ? { contract: contractFact(port.contract) } : {}),
      ...(port.description ? { description: port.description } : {}),
    }));
  }
  const env = envFacts(container, true);
  if (env) ext.env = env;
  if (mountsNeedRecording(pod, container)) {
    ext.mounts = container.mounts.map((m) => ({
      volume: m.volume,
      path: m.path,
      ...(m.readOnly ? { readOnly: true } : {}),
    }));
  }
  // Compose keeps one healthcheck and its own units: the design's values travel verbatim.
  if (container.probes && Object.keys(container.probes).length > 0) ext.probes = container.probes;
  if (container.resources && Object.keys(container.resources).length > 0) ext.resources = container.resources;
  if (container.securityContext && Object.keys(container.securityContext).length > 0) {
    ext.securityContext = container.securityContext;
  }
  const connections = connectionFacts(lookup, container);
  if (connections.length > 0) ext.connections = connections;
  return ext;
}

/**
 * Compose writes a container's mounts grouped (volumes, then configs, then secrets) and configs and
 * secrets always read-only: the design's mounts travel verbatim when that loses their order or a
 * writable config or secret mount.
 */
function mountsNeedRecording(pod: Pod, container: Container): boolean {
  const kindOf = (name: string) => pod.volumes.find((v) => v.name === name)?.kind;
  const rank = (name: string) => {
    const kind = kindOf(name);
    return kind === 'configMap' ? 1 : kind === 'secret' ? 2 : kind ? 0 : 3;
  };
  const ranks = container.mounts.map((m) => rank(m.volume));
  if (ranks.some((r, i) => r === 3 || (i > 0 && r < ranks[i - 1]!))) return true;
  return container.mounts.some((m) => rank(m.volume) > 0 && !m.readOnly);
}

function podExtension(pod: Pod): Record<string, unknown> {
  return {
    id: pod.id,
    name: pod.name,
    ...(pod.description ? { description: pod.description } : {}),
    ...(pod.owner ? { owner: pod.owner } : {}),
    workload: pod.workload,
    ...(pod.replicas !== undefined ? { replicas: pod.replicas } : {}),
    ...(pod.schedule ? { schedule: pod.schedule } : {}),
    ...(pod.labels && Object.keys(pod.labels).length > 0 ? { labels: pod.labels } : {}),
    ...(pod.volumes.length > 0
      ? {
          volumes: pod.volumes.map((volume) => ({
            name: volume.name,
            kind: volume.kind,
            ...(volume.size ? { size: volume.size } : {}),
            ...(volume.files && volume.files.length > 0
              ? {
                  files: volume.files.map((f) => ({
                    path: f.path,
                    config: `${volumeName(pod, volume)}-${dataKey(f.path)}`,
                  })),
                }
              : {}),
          })),
        }
      : {}),
  };
}

/** The top-level extension: the design's own fields, its pods, services and externals. */
export function designExtension(design: Design): Record<string, unknown> {
  return {
    format: design.format,
    name: design.name,
    ...(design.description ? { description: design.description } : {}),
    ...(design.namespace ? { namespace: design.namespace } : {}),
    target: { kubernetes: design.target.kubernetes },
    ...(design.exportOptions && Object.keys(design.exportOptions).length > 0
      ? { exportOptions: design.exportOptions }
      : {}),
    pods: design.pods.map(podExtension),
    services: design.services.map((service) => ({
      id: service.id,
      name: service.name,
      ...(service.description ? { description: service.description } : {}),
      type: service.type,
      pod: service.pod,
      ports: service.ports.map((p) => ({
        name: p.name,
        port: p.port,
        targetPort: p.targetPort,
        ...(p.protocol ? { protocol: p.protocol } : {}),
      })),
    })),
    externals: design.externals.map((external) => ({
      id: external.id,
      name: external.name,
      ...(external.description ? { description: external.description } : {}),
      kind: external.kind,
      ...(external.host ? { host: external.host } : {}),
      ports: external.ports.map((p) => ({
        name: p.name,
        port: p.port,
        protocol: p.protocol,
        ...(p.contract ? { contract: contractFact(p.contract) } : {}),
      })),
    })),
  };
}
