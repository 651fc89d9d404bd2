/**
 * Reconcile: the design after its manifest text was edited. The text is imported into a design of its
 * own; this step carries over from the current design what the text does not hold, so that the design
 * on the canvas follows the edit instead of being replaced by it:
 *
 * - identity: pods, containers, services, externals and connections are paired by id, then by name
 *   (a container by its pod and name, a connection by its ends) and keep their current ids;
 * - the view: positions and sizes; new pods go right of the laid-out ones, other new entities are left
 *   to the canvas's own placement (a container after its siblings, a service beside its pod);
 * - what the user said: a description the text lacks, a role the user confirmed (an inferred role never
 *   overrides it), the rule settings and the contract baseline;
 * - what a format cannot write: Compose keeps the Kubernetes-only export options and kept objects;
 * - order: paired entities stay where they were, new ones come last;
 * - objects: whatever did not change is the current object itself, and a text that changes nothing
 *   gives back the current design.
 */
import type {
  Connection,
  Container,
  Design,
  EnvVar,
  External,
  LayoutEntry,
  Pod,
  Port,
  Service,
} from '../model/types';
import {
  CONNECTION_FIELDS,
  CONTAINER_FIELDS,
  EXTERNAL_FIELDS,
  POD_FIELDS,
  SERVICE_FIELDS,
} from '../model/fields';
import { IdAssigner, pairUp } from './reconcile-match';
import { keepSame, keepSameItems, sameValue, unknownFields, withoutUndefined } from './reconcile-values';

export interface ReconcileOptions {
  /** The format the text was written in: what it cannot carry is kept from the current design. */
  format: 'k8s' | 'compose';
  /** Filled with the id each imported entity has in the result (kept from its match, or new). */
  idsOut?: Map<string, string>;
}

const POD_KEYS = new Set<string>(POD_FIELDS);
const CONTAINER_KEYS = new Set<string>(CONTAINER_FIELDS);
const SERVICE_KEYS = new Set<string>(SERVICE_FIELDS);
const EXTERNAL_KEYS = new Set<string>(EXTERNAL_FIELDS);
const CONNECTION_KEYS = new Set<string>(CONNECTION_FIELDS);

/** Where new pods go: right of the rightmost laid-out pod, one under the other. */
const NEW_POD_GAP = 120;
const NEW_POD_STEP_Y = 260;
/** A pod's width when its layout entry does not say (the canvas's smallest pod). */
const ASSUMED_POD_WIDTH = 200;

/**
 * The design `imported` (read from an edited manifest) reconciled with `current`: see the module
 * comment for what is carried over. Pure; `current` is returned itself when the text changes nothing.
 */
export function reconcileDesign(current: Design, imported: Design, options: ReconcileOptions): Design {
  const ids = new IdAssigner(allIds(current));

  // Pods first: containers are paired within their (paired) pod.
  const podPairs = pairUp(
    current.pods,
    imported.pods,
    (p) => p.name,
    (p) => p.name,
  );
  for (const pod of imported.pods) {
    const match = podPairs.get(pod);
    if (match) ids.keep(pod.id, match.id);
    else ids.fresh(pod.id, 'p');
  }
  const currentContainers = current.pods.flatMap((pod) => pod.containers.map((c) => ({ pod: pod.id, c })));
  const importedContainers = imported.pods.flatMap((pod) => pod.containers.map((c) => ({ pod: pod.id, c })));
  const containerPairs = pairUp(
    currentContainers.map((x) => ({ ...x, id: x.c.id })),
    importedContainers.map((x) => ({ ...x, id: x.c.id })),
    (x) => `${x.pod}/${x.c.name}`,
    (x) => `${ids.map(x.pod)}/${x.c.name}`,
  );
  const containerMatch = new Map<Container, Container>();
  for (const [from, to] of containerPairs) containerMatch.set(from.c, to.c);
  for (const { c } of importedContainers) {
    const match = containerMatch.get(c);
    if (match) ids.keep(c.id, match.id);
    else ids.fresh(c.id, 'c');
  }
  const servicePairs = pairEntities(current.services, imported.services, ids, 's');
  const externalPairs = pairEntities(current.externals, imported.externals, ids, 'x');

  // Connections are paired by id, then by their ends (in final ids).
  const ends = (c: Connection, map: (id: string) => string) => `${map(c.from)}>${map(c.to.id)}:${c.to.port}`;
  const connectionPairs = pairUp(
    current.connections,
    imported.connections,
    (c) => ends(c, (id) => id),
    (c) => ends(c, (id) => ids.map(id)),
  );
  for (const connection of imported.connections) {
    const match = connectionPairs.get(connection);
    if (match) ids.keep(connection.id, match.id);
    else ids.fresh(connection.id, 'e');
  }

  const pods = inCurrentOrder(
    current.pods,
    imported.pods.map((pod) => reconcilePod(podPairs.get(pod), pod, ids, containerMatch)),
  );
  const services = inCurrentOrder(
    current.services,
    imported.services.map((service) => {
      const match = servicePairs.get(service);
      const next: Service = { ...service, id: ids.map(service.id), pod: service.pod && ids.map(service.pod) };
      return merged(match, next, SERVICE_KEYS);
    }),
  );
  const externals = inCurrentOrder(
    current.externals,
    imported.externals.map((external) =>
      merged(externalPairs.get(external), { ...external, id: ids.map(external.id) }, EXTERNAL_KEYS),
    ),
  );
  const connections = inCurrentOrder(
    current.connections,
    imported.connections.map((connection) => {
      const match = connectionPairs.get(connection);
      const next: Connection = {
        ...connection,
        id: ids.map(connection.id),
        from: ids.map(connection.from),
        to: { ...connection.to, id: ids.map(connection.to.id) },
      };
      return merged(match, next, CONNECTION_KEYS);
    }),
  );

  const compose = options.format === 'compose';
  const next: Design = withoutUndefined({
    ...current,
    name: imported.name || current.name,
    description: imported.description || current.description,
    namespace: imported.namespace,
    target: keepSame(current.target, imported.target),
    pods: keepSameItems(current.pods, pods),
    services: keepSameItems(current.services, services),
    externals: keepSameItems(current.externals, externals),
    connections: keepSameItems(current.connections, connections),
    layout: current.layout,
    exportOptions: compose ? current.exportOptions : exportOptionsOf(current, imported),
    passthrough: compose ? current.passthrough : keepSame(current.passthrough, imported.passthrough),
  });
  next.layout = reconcileLayout(current, next);
  if (options.idsOut) for (const [imported, final] of ids.finalOf) options.idsOut.set(imported, final);
  return sameValue(current, next) ? current : next;
}

function pairEntities<T extends Service | External>(
  current: readonly T[],
  imported: readonly T[],
  ids: IdAssigner,
  prefix: string,
): Map<T, T> {
  const pairs = pairUp(
    current,
    imported,
    (x) => x.name,
    (x) => x.name,
  );
  for (const item of imported) {
    const match = pairs.get(item);
    if (match) ids.keep(item.id, match.id);
    else ids.fresh(item.id, prefix);
  }
  return pairs;
}

function reconcilePod(
  match: Pod | undefined,
  pod: Pod,
  ids: IdAssigner,
  containerMatch: Map<Container, Container>,
): Pod {
  const containers = pod.containers.map((c) => reconcileContainer(containerMatch.get(c), c, ids));
  const ordered = match ? inCurrentOrder(match.containers, containers) : containers;
  const next: Pod = {
    ...pod,
    id: ids.map(pod.id),
    containers: match ? keepSameItems(match.containers, ordered) : ordered,
    volumes: match ? keepSame(match.volumes, pod.volumes) : pod.volumes,
  };
  return merged(match, next, POD_KEYS);
}

function reconcileContainer(match: Container | undefined, container: Container, ids: IdAssigner): Container {
  const next: Container = { ...container, id: ids.map(container.id) };
  if (match) {
    // A guess of the import never overrides a role the user chose or confirmed.
    if (container.roleInferred && !match.roleInferred) {
      next.role = match.role;
      next.roleInferred = undefined;
    }
    next.ports = container.ports.map((port) => withDescription(port, match.ports, (p) => p.name));
    next.env = container.env.map((variable) => withDescription(variable, match.env, (e) => e.name));
  }
  return merged(match, next, CONTAINER_KEYS);
}

/** A port's or variable's description from the current one of the same name when the text has none. */
function withDescription<T extends Port | EnvVar>(
  item: T,
  current: readonly T[],
  nameOf: (x: T) => string,
): T {
  const before = current.find((x) => nameOf(x) === nameOf(item));
  if (!before) return item;
  const next = item.description || !before.description ? item : { ...item, description: before.description };
  return keepSame(before, next);
}

/**
 * The imported entity over the current one: the current id, its description when the text has none,
 * the fields the import does not know; the current object itself when nothing differs.
 */
function merged<T extends { id: string; description?: string }>(
  match: T | undefined,
  next: T,
  known: ReadonlySet<string>,
): T {
  if (!match) return withoutUndefined(next);
  const description = next.description || match.description;
  const out = withoutUndefined({ ...unknownFields(match, known), ...next, description } as T);
  return keepSame(match, out);
}

/** Items that continue a current one in its place; new ones after them, in the text's order. */
function inCurrentOrder<T extends { id: string }>(current: readonly T[], next: readonly T[]): T[] {
  const rank = new Map(current.map((item, i) => [item.id, i]));
  const known = next.filter((item) => rank.has(item.id));
  known.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...known, ...next.filter((item) => !rank.has(item.id))];
}

function exportOptionsOf(current: Design, imported: Design): Design['exportOptions'] {
  const was = current.exportOptions ?? {};
  const now = imported.exportOptions ?? {};
  const same =
    Boolean(was.networkPolicies) === Boolean(now.networkPolicies) &&
    Boolean(was.podDisruptionBudgets) === Boolean(now.podDisruptionBudgets);
  return same ? current.exportOptions : { ...was, ...now };
}

/**
 * The current layout without the entries of removed entities, plus a place for each new pod right of
 * the laid-out pods (only when some pod is laid out: otherwise the canvas arranges them all).
 */
function reconcileLayout(current: Design, next: Design): Design['layout'] {
  const alive = new Set(allIds(next));
  const removed = allIds(current).filter((id) => !alive.has(id));
  const added = next.pods.filter((pod) => !current.pods.some((p) => p.id === pod.id));
  if (removed.length === 0 && added.length === 0) return current.layout;
  const layout: Record<string, LayoutEntry> = { ...current.layout };
  for (const id of removed) delete layout[id];
  const placed = next.pods.map((pod) => layout[pod.id]).filter((entry) => entry !== undefined);
  if (placed.length > 0) {
    const right = Math.max(...placed.map((e) => e.x + (e.w ?? ASSUMED_POD_WIDTH)));
    const top = Math.min(...placed.map((e) => e.y));
    added.forEach((pod, i) => {
      layout[pod.id] = { x: right + NEW_POD_GAP, y: top + i * NEW_POD_STEP_Y };
    });
  }
  return layout;
}

function allIds(design: Design): string[] {
  return [
    ...design.pods.flatMap((pod) => [pod.id, ...pod.containers.map((c) => c.id)]),
    ...design.services.map((s) => s.id),
    ...design.externals.map((x) => x.id),
    ...design.connections.map((c) => c.id),
  ];
}
