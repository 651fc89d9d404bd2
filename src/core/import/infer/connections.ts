/**
 * Connections inferred where the input does not record them: from the hosts that env values and
 * arguments name (a Service of the design, a container of the pod over localhost, or a new external),
 * and from Compose `depends_on` and `links`.
 */
import type { Connection, Container, Design, Pod, Service } from '../../model/types';
import type { Draft } from '../draft';
import type { Place } from '../load/source';
import { externalTarget, newExternal, type Target } from './external-targets';
import { clusterServiceName, hostRefs, type HostRef } from './hosts';
import { DesignLookup } from './lookup';

export { restoreKnownConnections } from './restore-connections';

/** A Compose service name (or network alias) and what answers to it. */
export interface HostAlias {
  containerId: string;
  serviceId?: string;
}

export interface InferContext {
  draft: Draft;
  aliases: ReadonlyMap<string, HostAlias>;
  /** Compose dependencies: caller container id -> the service names it depends on or links to. */
  dependencies: readonly { from: string; target: string; place: Place }[];
}

interface Run extends InferContext {
  lookup: DesignLookup;
  made: ConnectionSet;
}

/** One connection per caller and target: a second mention of the same target adds nothing. */
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

export function inferConnections(ctx: InferContext): void {
  const { draft } = ctx;
  const run: Run = { ...ctx, lookup: new DesignLookup(draft.design), made: new ConnectionSet(draft.design) };
  for (const pod of draft.design.pods) {
    for (const container of pod.containers) {
      const origin = draft.containerOrigins.get(container.id);
      if (!origin || origin.connectionsKnown || origin.hints.length === 0) continue;
      const made: string[] = [];
      for (const hint of origin.hints) {
        for (const ref of hostRefs(hint.value, hint.name)) {
          const target = resolve(run, pod, container, ref, hint.place);
          if (!target || run.made.has(container.id, target.id)) continue;
          connect(run, container.id, target, hint.place);
          made.push(`${run.lookup.describe(target.id, target.port)}${hint.name ? ` (${hint.name})` : ''}`);
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
  for (const dependency of ctx.dependencies) inferDependency(run, dependency);
}

function connect(run: Run, from: string, to: Target, place: Place): void {
  const id = run.draft.claimId(undefined, 'e', place);
  run.draft.entityPlaces.set(id, place);
  run.made.add({ id, from, to });
}

function resolve(run: Run, pod: Pod, container: Container, ref: HostRef, place: Place): Target | undefined {
  if (ref.local) return ref.port === undefined ? undefined : localTarget(pod, container, ref.port);
  const named = clusterServiceName(ref.host);
  const service =
    run.lookup.servicesByName.get(ref.host) ??
    (named.namespace !== undefined ? run.lookup.servicesByName.get(named.name) : undefined);
  if (service) return service.pod === pod.id ? undefined : servicePortTarget(run, service, ref, place);
  const alias = run.aliases.get(ref.host);
  if (alias) return aliasTarget(run, pod, alias, ref.port, place);
  const external = run.lookup.externalsByName.get(ref.host) ?? run.lookup.externalsByHost.get(ref.host);
  if (external) return externalTarget(external, ref);
  return newExternal(run.draft, run.lookup, ref, place);
}

function localTarget(pod: Pod, self: Container, port: number): Target | undefined {
  for (const other of pod.containers) {
    if (other.id === self.id) continue;
    const match = other.ports.find((p) => p.port === port);
    if (match) return { id: other.id, port: match.name };
  }
  return undefined;
}

/** A service port by number (or by the container port behind it), else the only port, else the scheme's. */
function servicePortTarget(run: Run, service: Service, ref: HostRef, place: Place): Target | undefined {
  const ports = service.ports;
  let port = ref.port === undefined ? undefined : ports.find((p) => p.port === ref.port);
  // Callers sometimes use the container port behind the service port.
  if (!port && ref.port !== undefined)
    port = ports.find((p) => run.lookup.targetNumber(service, p.name) === ref.port);
  if (!port && ref.port === undefined) {
    port = ports.length === 1 ? ports[0] : (ports.find((p) => p.name === ref.scheme) ?? ports[0]);
  }
  if (!port) {
    run.draft.notes.info(
      'connection-port-unknown',
      `${ref.host}${ref.port ? `:${ref.port}` : ''} names Service ${service.name}, which has no such port; no connection is drawn.`,
      place,
    );
    return undefined;
  }
  return { id: service.id, port: port.name };
}

function aliasTarget(
  run: Run,
  pod: Pod,
  alias: HostAlias,
  port: number | undefined,
  place: Place,
): Target | undefined {
  const service = alias.serviceId ? run.lookup.services.get(alias.serviceId) : undefined;
  if (service && service.pod !== pod.id) {
    return servicePortTarget(
      run,
      service,
      { host: service.name, local: false, ...(port ? { port } : {}) },
      place,
    );
  }
  const target = run.lookup.containers.get(alias.containerId)?.container;
  if (!target || target.ports.length === 0) return undefined;
  const match = port === undefined ? target.ports[0] : target.ports.find((p) => p.port === port);
  return match ? { id: target.id, port: match.name } : undefined;
}

function inferDependency(run: Run, dependency: InferContext['dependencies'][number]): void {
  const alias = run.aliases.get(dependency.target);
  const from = run.lookup.containers.get(dependency.from);
  if (!alias || !from) return;
  const targetIds = [alias.serviceId, alias.containerId].filter((id): id is string => Boolean(id));
  if (targetIds.some((id) => run.made.has(dependency.from, id))) return;
  const target = aliasTarget(run, from.pod, alias, undefined, dependency.place);
  if (!target) {
    run.draft.notes.info(
      'dependency-without-port',
      `${from.container.name} depends on ${dependency.target}, which declares no port; no connection is drawn.`,
      dependency.place,
      from.container.id,
    );
    return;
  }
  connect(run, dependency.from, target, dependency.place);
}
