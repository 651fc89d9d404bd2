/**
 * Connections: restored from our own records where the input has them; otherwise inferred from the
 * hosts that env values and arguments name (a Service of the design, a container of the pod over
 * localhost, or a new external), and from Compose `depends_on` and `links`.
 */
import { targetPorts } from '../../model/queries';
import type { Connection, Container, Design, External, ExternalPort, Pod } from '../../model/types';
import type { Draft } from '../draft';
import { guessExternalKind, portInfo, schemeInfo } from '../externals';
import type { Place } from '../load/source';
import { freePortName } from '../names';
import { readConnectionFacts } from '../k8s/ours';
import { clusterServiceName, hostRefs, type HostRef } from './hosts';

/** A Compose service name (or network alias) and what answers to it. */
export interface HostAlias {
  containerId: string;
  serviceId?: string;
}

interface Target {
  id: string;
  port: string;
}

class ConnectionSet {
  private readonly keys = new Set<string>();
  constructor(private readonly design: Design) {
    for (const c of design.connections) this.keys.add(`${c.from}|${c.to.id}`);
  }
  has(from: string, to: string): boolean {
    return this.keys.has(`${from}|${to}`);
  }
  add(connection: Connection): void {
    this.keys.add(`${connection.from}|${connection.to.id}`);
    this.design.connections.push(connection);
  }
}

export function restoreKnownConnections(draft: Draft): void {
  const design = draft.design;
  for (const known of draft.knownConnections) {
    const facts = readConnectionFacts(known.raw);
    if (facts === null) {
      draft.notes.warn(
        'annotation-invalid',
        'The recorded connections are not readable; ignored.',
        known.place,
        known.from,
      );
      continue;
    }
    for (const fact of facts ?? []) {
      const ports = targetPorts(design, fact.to.id);
      if (!ports.some((p) => p.name === fact.to.port)) {
        draft.notes.warn(
          'connection-unresolved',
          `A recorded connection ends at ${fact.to.id}:${fact.to.port}, which is not in the input; it is dropped.`,
          known.place,
          known.from,
        );
        continue;
      }
      const connection: Connection = {
        id: draft.claimId(fact.id, 'e', known.place),
        from: known.from,
        to: { ...fact.to },
      };
      if (fact.requires) connection.requires = fact.requires;
      if (fact.weight !== undefined) connection.weight = fact.weight;
      if (fact.description) connection.description = fact.description;
      draft.entityPlaces.set(connection.id, known.place);
      design.connections.push(connection);
    }
  }
}

export interface InferContext {
  draft: Draft;
  aliases: ReadonlyMap<string, HostAlias>;
  /** Compose dependencies: caller container id -> the service names it depends on or links to. */
  dependencies: readonly { from: string; target: string; place: Place }[];
}

export function inferConnections(ctx: InferContext): void {
  const { draft } = ctx;
  const design = draft.design;
  const set = new ConnectionSet(design);
  const externalsByHost = new Map<string, External>(
    design.externals.filter((x) => x.host).map((x) => [x.host!, x]),
  );
  for (const pod of design.pods) {
    for (const container of pod.containers) {
      const origin = draft.containerOrigins.get(container.id);
      if (!origin || origin.connectionsKnown) continue;
      const made: string[] = [];
      for (const hint of origin.hints) {
        for (const ref of hostRefs(hint.value, hint.name)) {
          const target = resolve(ctx, pod, container, ref, hint.place, externalsByHost);
          if (!target || set.has(container.id, target.id)) continue;
          const id = draft.claimId(undefined, 'e', hint.place);
          draft.entityPlaces.set(id, hint.place);
          set.add({ id, from: container.id, to: target });
          made.push(`${describeTarget(design, target)}${hint.name ? ` (${hint.name})` : ''}`);
        }
      }
      if (made.length > 0) {
        draft.notes.info(
          'connections-inferred',
          `${container.name} connects to ${made.join(', ')}, as its configuration names them.`,
          origin.place,
          container.id,
        );
      }
    }
  }
  for (const dependency of ctx.dependencies) inferDependency(ctx, set, dependency);
}

function describeTarget(design: Design, target: Target): string {
  const service =
    design.services.find((s) => s.id === target.id) ?? design.externals.find((x) => x.id === target.id);
  if (service) return `${service.name}:${target.port}`;
  for (const pod of design.pods) {
    const container = pod.containers.find((c) => c.id === target.id);
    if (container) return `${container.name}:${target.port} (localhost)`;
  }
  return target.id;
}

function resolve(
  ctx: InferContext,
  pod: Pod,
  container: Container,
  ref: HostRef,
  place: Place,
  externalsByHost: Map<string, External>,
): Target | undefined {
  const design = ctx.draft.design;
  if (ref.local) return ref.port === undefined ? undefined : localTarget(pod, container, ref.port);
  const named = clusterServiceName(ref.host);
  const service =
    design.services.find((s) => s.name === ref.host) ??
    design.services.find((s) => s.name === named.name && named.namespace !== undefined);
  if (service) {
    if (service.pod === pod.id) return undefined;
    return servicePortTarget(ctx, service.id, ref, place);
  }
  const alias = ctx.aliases.get(ref.host);
  if (alias) return aliasTarget(ctx, pod, alias, ref.port, place);
  const external = design.externals.find((x) => x.name === ref.host || x.host === ref.host);
  if (external) return externalTarget(external, ref);
  return newExternal(ctx, ref, place, externalsByHost);
}

function localTarget(pod: Pod, self: Container, port: number): Target | undefined {
  for (const other of pod.containers) {
    if (other.id === self.id) continue;
    const match = other.ports.find((p) => p.port === port);
    if (match) return { id: other.id, port: match.name };
  }
  return undefined;
}

/** A service port by number, else the only port, else the port the scheme implies. */
function servicePortTarget(
  ctx: InferContext,
  serviceId: string,
  ref: HostRef,
  place: Place,
): Target | undefined {
  const ports = targetPorts(ctx.draft.design, serviceId);
  const service = ctx.draft.design.services.find((s) => s.id === serviceId)!;
  let port = ref.port === undefined ? undefined : ports.find((p) => p.port === ref.port);
  if (!port && ref.port !== undefined) {
    // Callers sometimes use the container port behind the service port.
    const target = service.ports.find(
      (sp) => containerPortNumber(ctx.draft.design, service.pod, sp.targetPort) === ref.port,
    );
    port = target ? ports.find((p) => p.name === target.name) : undefined;
  }
  if (!port && ref.port === undefined)
    port = ports.length === 1 ? ports[0] : (ports.find((p) => p.name === ref.scheme) ?? ports[0]);
  if (!port) {
    ctx.draft.notes.info(
      'connection-port-unknown',
      `${ref.host}${ref.port ? `:${ref.port}` : ''} names Service ${service.name}, which has no such port; no connection is drawn.`,
      place,
    );
    return undefined;
  }
  return { id: serviceId, port: port.name };
}

function containerPortNumber(design: Design, podId: string, name: string): number | undefined {
  const pod = design.pods.find((p) => p.id === podId);
  return pod?.containers.flatMap((c) => c.ports).find((p) => p.name === name)?.port;
}

function aliasTarget(
  ctx: InferContext,
  pod: Pod,
  alias: HostAlias,
  port: number | undefined,
  place: Place,
): Target | undefined {
  const design = ctx.draft.design;
  if (alias.serviceId) {
    const service = design.services.find((s) => s.id === alias.serviceId);
    if (service && service.pod !== pod.id)
      return servicePortTarget(
        ctx,
        service.id,
        { host: service.name, local: false, ...(port ? { port } : {}) },
        place,
      );
  }
  const target = design.pods.flatMap((p) => p.containers).find((c) => c.id === alias.containerId);
  if (!target || target.ports.length === 0) return undefined;
  const match = port === undefined ? target.ports[0] : target.ports.find((p) => p.port === port);
  return match ? { id: target.id, port: match.name } : undefined;
}

function externalTarget(external: External, ref: HostRef): Target | undefined {
  const number = ref.port ?? (ref.scheme ? schemeInfo(ref.scheme)?.port : undefined);
  if (number === undefined)
    return external.ports[0] ? { id: external.id, port: external.ports[0].name } : undefined;
  let port = external.ports.find((p) => p.port === number);
  if (!port) {
    port = externalPort(number, ref.scheme, new Set(external.ports.map((p) => p.name)));
    external.ports.push(port);
  }
  return { id: external.id, port: port.name };
}

function externalPort(number: number, scheme: string | undefined, taken: ReadonlySet<string>): ExternalPort {
  const preferred = (scheme ? schemeInfo(scheme)?.name : undefined) ?? portInfo(number)?.name;
  return { name: freePortName(number, taken, preferred), port: number, protocol: 'TCP' };
}

/** Hosts that name nothing in the input: a new external, one per host, with the port the reference implies. */
function newExternal(
  ctx: InferContext,
  ref: HostRef,
  place: Place,
  byHost: Map<string, External>,
): Target | undefined {
  const { draft } = ctx;
  let external = byHost.get(ref.host);
  if (!external) {
    const first = ref.host.split('.')[0]!;
    const wanted =
      /^\d+$/.test(first) || draft.design.services.some((s) => s.name === first) ? ref.host : first;
    const id = draft.claimId(undefined, 'x', place);
    const number =
      ref.port ?? (ref.scheme ? schemeInfo(ref.scheme)?.port : undefined) ?? hostWordPort(ref.host);
    const ports = number === undefined ? [] : [externalPort(number, ref.scheme, new Set())];
    external = {
      id,
      name: draft.serviceName(wanted, place, 'external'),
      description: '',
      kind: guessExternalKind(ref.host, ports, ref.scheme),
      host: ref.host,
      ports,
    };
    draft.design.externals.push(external);
    draft.entityPlaces.set(id, place);
    byHost.set(ref.host, external);
    draft.notes.info(
      'external-inferred',
      `${ref.host} is not in the input; it becomes external ${external.name} (${external.kind}).`,
      place,
      id,
    );
  }
  const target = externalTarget(external, ref);
  if (!target) {
    draft.notes.info(
      'connection-port-unknown',
      `No port is known for ${ref.host}, so no connection to it is drawn.`,
      place,
      external.id,
    );
  }
  return target;
}

const HOST_WORD_PORTS: [RegExp, number][] = [
  [/postgres/, 5432],
  [/mysql|maria/, 3306],
  [/mongo/, 27017],
  [/redis/, 6379],
  [/memcache/, 11211],
  [/rabbit|amqp/, 5672],
  [/kafka/, 9092],
  [/nats/, 4222],
];

function hostWordPort(host: string): number | undefined {
  return HOST_WORD_PORTS.find(([pattern]) => pattern.test(host))?.[1];
}

function inferDependency(
  ctx: InferContext,
  set: ConnectionSet,
  dependency: InferContext['dependencies'][number],
): void {
  const { draft } = ctx;
  const design = draft.design;
  const alias = ctx.aliases.get(dependency.target);
  const from = design.pods
    .flatMap((p) => p.containers.map((c) => ({ pod: p, c })))
    .find((x) => x.c.id === dependency.from);
  if (!alias || !from) return;
  const targetIds = [alias.serviceId, alias.containerId].filter((id): id is string => Boolean(id));
  if (targetIds.some((id) => set.has(dependency.from, id))) return;
  const target = aliasTarget(ctx, from.pod, alias, undefined, dependency.place);
  if (!target) {
    draft.notes.info(
      'dependency-without-port',
      `${from.c.name} depends on ${dependency.target}, which declares no port; no connection is drawn.`,
      dependency.place,
      from.c.id,
    );
    return;
  }
  const id = draft.claimId(undefined, 'e', dependency.place);
  draft.entityPlaces.set(id, dependency.place);
  set.add({ id, from: dependency.from, to: target });
}
