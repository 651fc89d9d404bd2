/**
 * A Compose file our export wrote: the `x-podwright` extensions restore what Compose has no key for
 * (pods, roles, ids, contracts, services, externals, connections), while the Compose keys stay the
 * truth for what they do say (image, command, environment, mounts), so an edit of them is kept.
 */
import { volumeName } from '../../export/compose/storage';
import { dataKey } from '../../export/values';
import {
  EXTERNAL_KINDS,
  ROLES,
  SERVICE_TYPES,
  VOLUME_KINDS,
  WORKLOAD_KINDS,
  type Container,
  type EnvVar,
  type External,
  type Mount,
  type Pod,
  type Port,
  type Role,
  type Service,
  type Volume,
} from '../../model/types';
import type { Draft } from '../draft';
import { readContract, readEnvFacts } from '../k8s/ours';
import { placeAt, type Place } from '../load/source';
import { get, int, isRecord, list, scalarText, str, stringMap } from '../read';
import type { ComposeOutput } from './foreign';
import { applyVisiblePorts, type RestoredMember } from './restore-ports';
import type { ServiceSpec } from './service-spec';

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;

export interface RestoreResult {
  /** Services of the file that our extension does not describe (added by hand): imported as foreign. */
  rest: ServiceSpec[];
}

export function restoreFromExtension(
  draft: Draft,
  ext: Record<string, unknown>,
  root: Record<string, unknown>,
  specs: readonly ServiceSpec[],
  extPlace: Place,
  out: ComposeOutput,
): RestoreResult {
  const pods = new Map<string, Pod>();
  list(get(ext, 'pods')).forEach((raw, i) => {
    const pod = restorePod(draft, raw, root, placeAt(extPlace, 'pods', i));
    if (pod) pods.set(str(get(raw, 'id'))!, pod);
  });
  const rest: ServiceSpec[] = [];
  const recordedReplicas = new Map([...pods.values()].map((pod) => [pod, pod.replicas]));
  const members = new Map<Pod, RestoredMember[]>();
  for (const spec of specs) {
    const x = get(spec.raw, 'x-podwright');
    const pod = pods.get(str(get(x, 'pod')) ?? '');
    if (!isRecord(x) || !pod) {
      rest.push(spec);
      continue;
    }
    // The visible `deploy.replicas` is what a person edits; where it disagrees with the extension's
    // record, the edit wins (our own export writes them equal).
    if (spec.replicas !== undefined && spec.replicas !== recordedReplicas.get(pod))
      pod.replicas = spec.replicas;
    const container = restoreContainer(draft, pod, spec, x);
    pod.containers.push(container);
    const restored = members.get(pod) ?? [];
    restored.push({ spec, container });
    members.set(pod, restored);
    for (const name of [spec.key, ...spec.aliases])
      if (!out.aliases.has(name)) out.aliases.set(name, { containerId: container.id });
  }
  draft.design.pods.push(...pods.values());
  list(get(ext, 'services')).forEach((raw, i) => {
    const service = restoreService(draft, raw, pods, placeAt(extPlace, 'services', i));
    if (service) draft.design.services.push(service);
  });
  list(get(ext, 'externals')).forEach((raw, i) => {
    const external = restoreExternal(draft, raw, placeAt(extPlace, 'externals', i));
    if (external) draft.design.externals.push(external);
  });
  // Like the replica count, the visible ports win over the record where they differ.
  for (const [pod, restored] of members) applyVisiblePorts(draft, pod, restored);
  return { rest };
}

function restorePod(
  draft: Draft,
  raw: unknown,
  root: Record<string, unknown>,
  place: Place,
): Pod | undefined {
  const id = str(get(raw, 'id'));
  const name = str(get(raw, 'name'));
  if (!id || !name) {
    draft.notes.warn('extension-invalid', 'A pod in x-podwright has no id or name; skipped.', place);
    return undefined;
  }
  const podId = draft.claimId(id, 'p', place);
  const pod: Pod = {
    id: podId,
    name: draft.podName(name, placeAt(place, 'name')),
    description: str(get(raw, 'description')) ?? '',
    workload: oneOf(WORKLOAD_KINDS, get(raw, 'workload')) ?? 'Deployment',
    containers: [],
    volumes: [],
  };
  const owner = str(get(raw, 'owner'));
  if (owner) pod.owner = owner;
  const replicas = int(get(raw, 'replicas'));
  if (replicas !== undefined) pod.replicas = replicas;
  const schedule = str(get(raw, 'schedule'));
  if (schedule) pod.schedule = schedule;
  if (isRecord(get(raw, 'labels'))) pod.labels = stringMap(get(raw, 'labels'));
  const configs = get(root, 'configs');
  pod.volumes = list(get(raw, 'volumes')).flatMap((v): Volume[] => {
    const volume = { name: str(get(v, 'name')) ?? '', kind: oneOf(VOLUME_KINDS, get(v, 'kind')) } as Volume;
    if (!volume.name || !volume.kind) return [];
    const size = str(get(v, 'size'));
    if (size) volume.size = size;
    const files = list(get(v, 'files'));
    if (files.length > 0) {
      volume.files = files.map((f) => ({
        path: str(get(f, 'path')) ?? '',
        content: scalarText(get(get(configs, str(get(f, 'config')) ?? ''), 'content')) ?? '',
      }));
    }
    return [volume];
  });
  draft.podOrigins.set(podId, { place, namespace: '', selectable: {}, ours: true });
  return pod;
}

function restoreContainer(draft: Draft, pod: Pod, spec: ServiceSpec, x: Record<string, unknown>): Container {
  const place = spec.place;
  const id = draft.claimId(str(get(x, 'id')), 'c', place);
  const prefix = `${pod.name}-`;
  const wanted =
    str(get(x, 'name')) ?? (spec.key.startsWith(prefix) ? spec.key.slice(prefix.length) : spec.key);
  const taken = new Set(pod.containers.map((c) => c.name));
  const container: Container = {
    id,
    name: draft.claimName(taken, wanted, 'container', 'container', place),
    role: oneOf<Role>(ROLES, get(x, 'role')) ?? 'app',
    image: spec.image ?? '',
    description: str(get(x, 'description')) ?? '',
    ports: restorePorts(get(x, 'ports')),
    env: restoreEnv(spec, get(x, 'env')),
    mounts: restoreMounts(pod, spec, get(x, 'mounts')),
  };
  const docs = str(get(x, 'docsUrl'));
  if (docs) container.docsUrl = docs;
  const source = str(get(x, 'sourceUrl'));
  if (source) container.sourceUrl = source;
  if (spec.entrypoint?.length) container.command = spec.entrypoint;
  if (spec.command?.length) container.args = spec.command;
  for (const key of ['probes', 'resources', 'securityContext'] as const) {
    const value = get(x, key);
    if (isRecord(value)) (container as unknown as Record<string, unknown>)[key] = structuredClone(value);
  }
  draft.containerOrigins.set(id, {
    place,
    roleKnown: true,
    nativeSidecar: false,
    connectionsKnown: true,
    hints: [],
  });
  if (get(x, 'connections') !== undefined) {
    draft.knownConnections.push({
      from: id,
      raw: get(x, 'connections'),
      place: placeAt(place, 'x-podwright', 'connections'),
    });
  }
  return container;
}

function restorePorts(raw: unknown): Port[] {
  return list(raw).flatMap((p): Port[] => {
    const name = str(get(p, 'name'));
    const number = int(get(p, 'port'));
    if (!name || number === undefined) return [];
    const port: Port = {
      name,
      port: number,
      protocol: get(p, 'protocol') === 'UDP' ? 'UDP' : 'TCP',
      scope: get(p, 'scope') === 'localhost' ? 'localhost' : 'pod',
    };
    const contract = readContract(get(p, 'contract'));
    if (contract) port.contract = contract;
    const description = str(get(p, 'description'));
    if (description) port.description = description;
    return [port];
  });
}

function restoreEnv(spec: ServiceSpec, raw: unknown): EnvVar[] {
  const facts = readEnvFacts(raw) ?? new Map();
  return spec.env.map(([name, value]) => {
    const fact = facts.get(name);
    const env: EnvVar = { name };
    if (fact?.secret) env.secret = true;
    else if (value !== undefined) env.value = value;
    if (fact?.description) env.description = fact.description;
    if (fact?.required !== undefined) env.required = fact.required;
    return env;
  });
}

/**
 * Mounts from the Compose keys: named volumes and secrets by their `<pod>-<volume>` names, configs by
 * file. Compose mounts configs and secrets read-only. When the extension lists the design's mounts
 * (`mounts`), their order and `readOnly` win; mounts it does not list (added by hand) follow.
 */
function restoreMounts(pod: Pod, spec: ServiceSpec, listed: unknown): Mount[] {
  const mounts: Mount[] = [];
  const byObjectName = new Map(pod.volumes.map((v) => [volumeName(pod, v), v]));
  for (const mount of spec.mounts) {
    if (mount.type === 'config') {
      const owner = pod.volumes.find((v) =>
        v.files?.some((f) => configName(pod, v, f.path) === mount.source),
      );
      const file = owner?.files?.find((f) => configName(pod, owner, f.path) === mount.source);
      if (!owner || !file) continue;
      const suffix = `/${file.path.replace(/^\/+/, '')}`;
      const path = mount.target.endsWith(suffix)
        ? mount.target.slice(0, -suffix.length) || '/'
        : mount.target;
      if (!mounts.some((m) => m.volume === owner.name && m.path === path))
        mounts.push({ volume: owner.name, path, readOnly: true });
      continue;
    }
    const volume = byObjectName.get(mount.source);
    if (!volume) continue;
    const readOnly = mount.readOnly || mount.type === 'secret';
    mounts.push(
      readOnly
        ? { volume: volume.name, path: mount.target, readOnly: true }
        : { volume: volume.name, path: mount.target },
    );
  }
  const order = list(listed).map((m) => ({
    volume: str(get(m, 'volume')),
    path: str(get(m, 'path')),
    readOnly: get(m, 'readOnly') === true,
  }));
  if (order.length === 0) return mounts;
  const rank = (m: Mount) => {
    const i = order.findIndex((o) => o.volume === m.volume && o.path === m.path);
    return i < 0 ? order.length : i;
  };
  return mounts
    .map((m) => {
      const entry = order[rank(m)];
      if (!entry) return m;
      const { readOnly: _, ...rest } = m;
      return entry.readOnly ? { ...rest, readOnly: true } : rest;
    })
    .sort((a, b) => rank(a) - rank(b));
}

/** The top-level config our export names after a file of a configMap volume. */
function configName(pod: Pod, volume: Volume, path: string): string {
  return `${volumeName(pod, volume)}-${dataKey(path)}`;
}

function restoreService(
  draft: Draft,
  raw: unknown,
  pods: Map<string, Pod>,
  place: Place,
): Service | undefined {
  const id = str(get(raw, 'id'));
  const name = str(get(raw, 'name'));
  if (!id || !name) return undefined;
  const podId = pods.get(str(get(raw, 'pod')) ?? '')?.id ?? '';
  const service: Service = {
    id: draft.claimId(id, 's', place),
    name: draft.serviceName(name, place),
    description: str(get(raw, 'description')) ?? '',
    type: oneOf(SERVICE_TYPES, get(raw, 'type')) ?? 'ClusterIP',
    pod: podId,
    ports: list(get(raw, 'ports')).flatMap((p) => {
      const portName = str(get(p, 'name'));
      const number = int(get(p, 'port'));
      const target = str(get(p, 'targetPort'));
      if (!portName || number === undefined || !target) return [];
      const protocol = oneOf(['TCP', 'UDP'] as const, get(p, 'protocol'));
      return [{ name: portName, port: number, targetPort: target, ...(protocol ? { protocol } : {}) }];
    }),
  };
  draft.entityPlaces.set(service.id, place);
  return service;
}

function restoreExternal(draft: Draft, raw: unknown, place: Place): External | undefined {
  const id = str(get(raw, 'id'));
  const name = str(get(raw, 'name'));
  if (!id || !name) return undefined;
  const external: External = {
    id: draft.claimId(id, 'x', place),
    name: draft.serviceName(name, place, 'external'),
    description: str(get(raw, 'description')) ?? '',
    kind: oneOf(EXTERNAL_KINDS, get(raw, 'kind')) ?? 'other',
    ports: list(get(raw, 'ports')).flatMap((p) => {
      const portName = str(get(p, 'name'));
      const number = int(get(p, 'port'));
      if (!portName || number === undefined) return [];
      const contract = readContract(get(p, 'contract'));
      return [
        {
          name: portName,
          port: number,
          protocol: get(p, 'protocol') === 'UDP' ? ('UDP' as const) : ('TCP' as const),
          ...(contract ? { contract } : {}),
        },
      ];
    }),
  };
  const host = str(get(raw, 'host'));
  if (host) external.host = host;
  draft.entityPlaces.set(external.id, place);
  return external;
}
