/**
 * A Compose file that our export did not write: services become containers, grouped into pods where
 * they share a network namespace (`network_mode: service:x`) or a Kompose group label; each pod
 * with published or exposed ports gets a Service, as Kompose makes one.
 */
import type { Container, Pod, Port, Service, ServiceType, WorkloadKind } from '../../model/types';
import type { Draft } from '../draft';
import type { HostAlias } from '../infer/connections';
import { helperHint } from '../infer/helper-images';
import { placeAt, type Place } from '../load/source';
import { freePortName, toPortName } from '../names';
import { get } from '../read';
import type { ComposeMount } from './mounts';
import type { ServiceSpec } from './service-spec';
import { countVolumeUse, PodVolumes } from './volumes';

export interface ComposeOutput {
  aliases: Map<string, HostAlias>;
  dependencies: { from: string; target: string; place: Place }[];
}

interface Group {
  key: string;
  name: string;
  members: ServiceSpec[];
  /** The member whose network namespace the others join. */
  owner?: ServiceSpec;
}

export function importForeign(
  draft: Draft,
  specs: readonly ServiceSpec[],
  root: Record<string, unknown>,
  out: ComposeOutput,
): void {
  const groups = groupServices(draft, specs);
  const use = countVolumeUse(groups);
  const made: { spec: ServiceSpec; container: Container; pod: Pod; service?: Service }[] = [];
  for (const group of groups) {
    const app =
      group.members.find((m) => m.key === group.name || m.containerName === group.name) ??
      group.members.find((m) => !isKnownHelper(m)) ??
      group.owner ??
      group.members[0]!;
    const pod = makePod(draft, group, app);
    const volumes = new PodVolumes(draft, pod.id, pod.name, get(root, 'configs'), use);
    const names = new Set<string>();
    const ordered = [app, ...group.members.filter((m) => m !== app)];
    const containers = ordered.map((member) => {
      const container = makeContainer(draft, pod, member, names, member === app);
      for (const mount of member.mounts) {
        const mounted = volumes.mount(member, mount as ComposeMount);
        if (mounted) container.mounts.push(mounted);
      }
      return { member, container };
    });
    pod.volumes = volumes.volumes;
    pod.containers = containers.map((c) => c.container);
    addInitContainer(draft, pod, app, names);
    draft.design.pods.push(pod);
    const service = makeService(draft, group, pod, containers);
    for (const { member, container } of containers)
      made.push({ spec: member, container, pod, ...(service ? { service } : {}) });
  }
  for (const { spec, container, service } of made) {
    const alias: HostAlias = { containerId: container.id, ...(service ? { serviceId: service.id } : {}) };
    for (const name of [spec.key, spec.containerName, ...spec.aliases])
      if (name && !out.aliases.has(name)) out.aliases.set(name, alias);
    for (const dependency of spec.dependencies) out.dependencies.push({ from: container.id, ...dependency });
  }
}

function isKnownHelper(spec: ServiceSpec): boolean {
  const hint = helperHint(spec.image ?? '', spec.key);
  return hint !== undefined && hint.hint !== 'proxy';
}

function groupServices(draft: Draft, specs: readonly ServiceSpec[]): Group[] {
  const byKey = new Map(specs.map((s) => [s.key, s]));
  const parent = new Map(specs.map((s) => [s.key, s.key]));
  const find = (key: string): string => {
    let at = key;
    while (parent.get(at) !== at) at = parent.get(at)!;
    return at;
  };
  const ownerOf = new Map<string, string>();
  const labelGroup = new Map<string, string>();
  for (const spec of specs) {
    const mode = spec.networkMode;
    if (mode?.startsWith('service:')) {
      const target = mode.slice('service:'.length);
      if (byKey.has(target) && target !== spec.key) {
        parent.set(find(spec.key), find(target));
        ownerOf.set(spec.key, target);
      } else {
        draft.notes.warn(
          'compose-network-mode',
          `Service ${spec.key} joins the network of ${target}, which is not a service of this file.`,
          placeAt(spec.place, 'network_mode'),
        );
      }
    } else if (mode) {
      draft.notes.info(
        'compose-network-mode',
        `Service ${spec.key}: network_mode ${mode} is not imported; a pod has its own network.`,
        placeAt(spec.place, 'network_mode'),
      );
    }
    const label = spec.labels.get('kompose.service.group');
    if (label) {
      const first = labelGroup.get(label);
      if (first) parent.set(find(spec.key), find(first));
      else labelGroup.set(label, spec.key);
    }
  }
  const groups = new Map<string, Group>();
  for (const spec of specs) {
    const key = find(spec.key);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, name: '', members: [] }));
    group.members.push(spec);
  }
  for (const group of groups.values()) {
    const label = group.members.map((m) => m.labels.get('kompose.service.group')).find(Boolean);
    const joined = group.members.find((m) => ownerOf.has(m.key));
    let owner = joined ? byKey.get(ownerOf.get(joined.key)!) : undefined;
    while (owner && ownerOf.has(owner.key)) owner = byKey.get(ownerOf.get(owner.key)!);
    if (owner) group.owner = owner;
    group.name = label ?? owner?.key ?? group.members[0]!.key;
  }
  return [...groups.values()];
}

function workloadOf(spec: ServiceSpec): WorkloadKind {
  if (spec.global) return 'DaemonSet';
  const controller = spec.labels.get('kompose.controller.type')?.toLowerCase();
  if (controller === 'statefulset') return 'StatefulSet';
  if (controller === 'daemonset') return 'DaemonSet';
  if (controller === 'deployment' || controller === 'replicationcontroller') return 'Deployment';
  if (spec.restart === 'no' || spec.restart === 'on-failure' || spec.restart?.startsWith('on-failure:')) {
    return spec.labels.get('kompose.cronjob.schedule') ? 'CronJob' : 'Pod';
  }
  return 'Deployment';
}

function makePod(draft: Draft, group: Group, app: ServiceSpec): Pod {
  const id = draft.claimId(undefined, 'p', app.place);
  const workload = workloadOf(app);
  const pod: Pod = {
    id,
    name: draft.podName(group.name, app.place),
    description: '',
    workload,
    replicas: workload === 'Deployment' || workload === 'StatefulSet' ? (app.replicas ?? 1) : 1,
    containers: [],
    volumes: [],
  };
  const schedule = app.labels.get('kompose.cronjob.schedule');
  if (workload === 'CronJob' && schedule) pod.schedule = schedule;
  draft.podOrigins.set(id, { place: app.place, namespace: '', selectable: {}, ours: false });
  if (app.replicas === 0)
    draft.notes.info(
      'compose-zero-replicas',
      `Service ${app.key} runs 0 replicas; the pod keeps replicas 0.`,
      app.place,
      id,
    );
  return pod;
}

function makeContainer(
  draft: Draft,
  pod: Pod,
  spec: ServiceSpec,
  names: Set<string>,
  isApp: boolean,
): Container {
  const id = draft.claimId(undefined, 'c', spec.place);
  const image = spec.image ?? (spec.build ? spec.key : '');
  if (!spec.image && spec.build) {
    draft.notes.info(
      'compose-build-only',
      `Service ${spec.key} is built from source (build:) with no image; its image is taken to be "${spec.key}".`,
      placeAt(spec.place, 'build'),
      id,
    );
  } else if (!spec.image) {
    draft.notes.warn('image-missing', `Service ${spec.key} has neither image nor build.`, spec.place, id);
  }
  const container: Container = {
    id,
    name: draft.claimName(names, spec.containerName ?? spec.key, 'container', 'container', spec.place),
    role: isApp ? 'app' : 'sidecar',
    image,
    description: '',
    ports: [],
    env: [],
    mounts: [],
  };
  if (spec.entrypoint?.length) container.command = spec.entrypoint;
  if (spec.command?.length) container.args = spec.command;
  const hints: { name?: string; value: string; place: Place }[] = [];
  for (const [name, value, place] of spec.env) {
    container.env.push(value === undefined ? { name } : { name, value });
    if (value !== undefined) hints.push({ name, value, place });
  }
  for (const [key, words] of [
    ['entrypoint', spec.entrypoint],
    ['command', spec.command],
  ] as const) {
    words?.forEach((value, i) => hints.push({ value, place: placeAt(spec.place, key, i) }));
  }
  const taken = new Set(pod.containers.flatMap((c) => c.ports.map((p) => p.name)));
  for (const port of [...spec.ports, ...spec.expose]) {
    if (container.ports.some((p) => p.port === port.target && p.protocol === port.protocol)) continue;
    const wanted = port.name ? toPortName(port.name) : undefined;
    const name = freePortName(port.target, taken, wanted);
    taken.add(name);
    container.ports.push({ name, port: port.target, protocol: port.protocol, scope: 'pod' } satisfies Port);
  }
  if (spec.probes.liveness || spec.probes.readiness) {
    container.probes = {};
    for (const which of ['liveness', 'readiness'] as const) {
      const probe = spec.probes[which];
      if (!probe) continue;
      container.probes[which] = probe;
      if (probe.port !== undefined) {
        const raw = /^\d+$/.test(probe.port) ? Number(probe.port) : probe.port;
        delete probe.port;
        draft.probePorts.push({ pod, container, which, probe, raw, place: spec.place });
      }
    }
  }
  if (spec.resources) container.resources = spec.resources;
  if (spec.security) container.securityContext = spec.security;
  draft.containerOrigins.set(id, {
    place: spec.place,
    roleKnown: isApp,
    nativeSidecar: false,
    connectionsKnown: false,
    hints,
  });
  return container;
}

/** Kompose's init-container labels on the app: `kompose.init.containers.name|image|command`. */
function addInitContainer(draft: Draft, pod: Pod, app: ServiceSpec, names: Set<string>): void {
  const image = app.labels.get('kompose.init.containers.image');
  if (!image) return;
  const id = draft.claimId(undefined, 'c', app.place);
  const command = app.labels.get('kompose.init.containers.command');
  const init: Container = {
    id,
    name: draft.claimName(
      names,
      app.labels.get('kompose.init.containers.name') ?? 'init',
      'init',
      'container',
      app.place,
    ),
    role: 'init',
    image,
    description: '',
    ports: [],
    env: [],
    mounts: [],
  };
  if (command) init.command = parseCommandLabel(command);
  pod.containers.push(init);
  draft.containerOrigins.set(id, {
    place: app.place,
    roleKnown: true,
    nativeSidecar: false,
    connectionsKnown: false,
    hints: [],
  });
}

function parseCommandLabel(text: string): string[] {
  try {
    const json: unknown = JSON.parse(text);
    if (Array.isArray(json) && json.every((w) => typeof w === 'string')) return json as string[];
  } catch {
    // Not JSON: a single shell command line.
  }
  return ['/bin/sh', '-c', text];
}

const SERVICE_TYPES: Record<string, ServiceType> = {
  clusterip: 'ClusterIP',
  nodeport: 'NodePort',
  loadbalancer: 'LoadBalancer',
  headless: 'Headless',
};

function makeService(
  draft: Draft,
  group: Group,
  pod: Pod,
  containers: { member: ServiceSpec; container: Container }[],
): Service | undefined {
  const typeLabel = group.members
    .map((m) => m.labels.get('kompose.service.type')?.toLowerCase())
    .find(Boolean);
  const type = typeLabel && Object.hasOwn(SERVICE_TYPES, typeLabel) ? SERVICE_TYPES[typeLabel]! : 'ClusterIP';
  const ports: Service['ports'] = [];
  for (const { member, container } of containers) {
    for (const port of [...member.ports, ...member.expose]) {
      const own = container.ports.find((p) => p.port === port.target && p.protocol === port.protocol);
      const number = port.published ?? port.target;
      if (!own || ports.some((p) => p.port === number && (p.protocol ?? 'TCP') === port.protocol)) continue;
      ports.push({
        name: own.name,
        port: number,
        targetPort: own.name,
        ...(port.protocol === 'UDP' ? { protocol: 'UDP' as const } : {}),
      });
    }
  }
  if (ports.length === 0 && type !== 'Headless') return undefined;
  const owner = containers[0]!.member;
  const id = draft.claimId(undefined, 's', owner.place);
  const service: Service = {
    id,
    name: draft.serviceName(pod.name, owner.place),
    description: '',
    type,
    pod: pod.id,
    ports,
  };
  draft.design.services.push(service);
  draft.entityPlaces.set(id, owner.place);
  return service;
}
