/**
 * The visible `ports:` and `expose:` of a Compose file we exported, against the `x-podwright` record.
 *
 * Our export writes, on the service that owns a pod's network namespace, one `ports:` entry per
 * container port that a NodePort or LoadBalancer Service publishes (`name`, `target` = the container
 * port, `published` = the Service port) and one `expose:` entry per other pod-scope port. Those keys
 * are what a person edits; the record is what restores the design. Where they disagree the edit wins,
 * as for `deploy.replicas`: a changed `target` or `published` number, an entry added, an entry removed,
 * a port moved between `ports:` and `expose:`. Where they agree nothing changes.
 */
import type { Container, Pod, Port, Service } from '../../model/types';
import type { Draft } from '../draft';
import { freePortName, toPortName } from '../names';
import type { ComposePort } from './ports';
import type { ServiceSpec } from './service-spec';

/** One container of a restored pod, with the Compose service it came from. */
export interface RestoredMember {
  spec: ServiceSpec;
  container: Container;
}

const isPublic = (s: Service) => s.type === 'NodePort' || s.type === 'LoadBalancer';

/** A pod-scope port as the export sees it: published by the first public Service port targeting it. */
interface Recorded {
  container: Container;
  port: Port;
  published?: Service['ports'][number];
}

interface Visible {
  entry: ComposePort;
  exposed: boolean;
  /** The Compose service whose key holds the entry: where an added port goes. */
  member: RestoredMember;
}

/**
 * Applies the visible port keys of one restored pod to its containers and Services (mutating the
 * draft, which is still being built). `members` are the pod's restored containers in design order.
 */
export function applyVisiblePorts(draft: Draft, pod: Pod, members: readonly RestoredMember[]): void {
  const running = members.filter((m) => m.container.role !== 'init');
  if (running.length === 0) return;
  const services = draft.design.services.filter((s) => s.pod === pod.id);
  const publicPorts = services.filter(isPublic).flatMap((s) => s.ports);
  const recorded: Recorded[] = running.flatMap(({ container }) =>
    container.ports
      .filter((port) => port.scope === 'pod')
      .map((port) => {
        const published = publicPorts.find((sp) => sp.targetPort === port.name);
        return published ? { container, port, published } : { container, port };
      }),
  );
  const visible: Visible[] = running.flatMap((member) => [
    ...member.spec.ports.map((entry) => ({ entry, exposed: false, member })),
    ...member.spec.expose.map((entry) => ({ entry, exposed: true, member })),
  ]);
  const used = new Set<Visible>();
  const recordedNames = new Set(recorded.map((r) => r.port.name));
  const sameNumber = (v: Visible, r: Recorded) =>
    v.entry.target === r.port.port && v.entry.protocol === r.port.protocol;
  const unmatched: Recorded[] = [];
  for (const r of recorded) {
    const free = (v: Visible) => !used.has(v);
    // By name first (our long syntax), then an unnamed or unknown-named entry of the same number; an
    // `expose:` entry may stand for several ports, as the export writes each number once.
    const match =
      visible.find((v) => free(v) && !v.exposed && v.entry.name === r.port.name) ??
      visible.find(
        (v) =>
          free(v) && !v.exposed && sameNumber(v, r) && !(v.entry.name && recordedNames.has(v.entry.name)),
      ) ??
      visible.find((v) => v.exposed && sameNumber(v, r));
    if (!match) unmatched.push(r);
    else {
      used.add(match);
      follow(draft, pod, r, match);
    }
  }
  const added = visible.filter(
    (v) =>
      !used.has(v) &&
      v.member.container.role !== 'init' &&
      !(v.exposed && recorded.some((r) => sameNumber(v, r))),
  );
  // What is left on both sides, in order, is a number edited in place ("8080:80" to "8080:81").
  unmatched.forEach((r, i) => {
    const v = added[i];
    if (v) follow(draft, pod, r, v);
    else removePort(draft, pod, r);
  });
  for (const v of added.slice(unmatched.length)) addPort(draft, pod, v);
}

/** The recorded port takes the entry's number and publication. */
function follow(draft: Draft, pod: Pod, r: Recorded, v: Visible): void {
  if (v.entry.target !== r.port.port) replacePort(r, { ...r.port, port: v.entry.target });
  if (v.exposed) {
    if (r.published) removeServicePorts(draft, pod, r.port.name, isPublic);
  } else if (v.entry.published !== undefined && v.entry.published !== r.published?.port) {
    publish(draft, pod, r.port, v);
  }
}

/** Ports are shared with the record's objects: replace, never edit in place. */
function replacePort(r: Recorded, next: Port): void {
  r.container.ports = r.container.ports.map((p) => (p === r.port ? next : p));
  r.port = next;
}

function removePort(draft: Draft, pod: Pod, r: Recorded): void {
  r.container.ports = r.container.ports.filter((p) => p !== r.port);
  // Another container of the pod may carry the same port name; its Service ports stay then.
  if (pod.containers.some((c) => c.ports.some((p) => p.name === r.port.name))) return;
  removeServicePorts(draft, pod, r.port.name, () => true);
}

/** Drops the Service ports of the pod targeting `portName`; a Service left without ports goes too. */
function removeServicePorts(draft: Draft, pod: Pod, portName: string, which: (s: Service) => boolean): void {
  draft.design.services = draft.design.services.flatMap((s) => {
    if (s.pod !== pod.id || !which(s)) return [s];
    const ports = s.ports.filter((sp) => sp.targetPort !== portName);
    if (ports.length === s.ports.length) return [s];
    return ports.length > 0 || s.type === 'Headless' ? [{ ...s, ports }] : [];
  });
}

/** The published number on the public Service port that targets the port; a new one if none does. */
function publish(draft: Draft, pod: Pod, port: Port, v: Visible): void {
  const number = v.entry.published!;
  let done = false;
  draft.design.services = draft.design.services.map((s) => {
    if (done || s.pod !== pod.id || !isPublic(s)) return s;
    const index = s.ports.findIndex((sp) => sp.targetPort === port.name);
    if (index < 0) return s;
    done = true;
    return { ...s, ports: s.ports.map((sp, i) => (i === index ? { ...sp, port: number } : sp)) };
  });
  if (!done) addPublicServicePort(draft, pod, port, number, v);
}

function addPublicServicePort(draft: Draft, pod: Pod, port: Port, number: number, v: Visible): void {
  const servicePort: Service['ports'][number] = {
    name: port.name,
    port: number,
    targetPort: port.name,
    ...(port.protocol === 'UDP' ? { protocol: 'UDP' as const } : {}),
  };
  const index = draft.design.services.findIndex((s) => s.pod === pod.id && isPublic(s));
  const existing = draft.design.services[index];
  if (existing) {
    const taken = new Set(existing.ports.map((sp) => sp.name));
    const name = taken.has(port.name) ? freePortName(number, taken) : port.name;
    draft.design.services[index] = { ...existing, ports: [...existing.ports, { ...servicePort, name }] };
    return;
  }
  // Compose publishes without a Service; in the design that is a NodePort Service, as Kompose makes.
  const id = draft.claimId(undefined, 's', v.entry.place);
  draft.design.services.push({
    id,
    name: draft.serviceName(`${pod.name}-public`, v.entry.place),
    description: '',
    type: 'NodePort',
    pod: pod.id,
    ports: [servicePort],
  });
  draft.entityPlaces.set(id, v.entry.place);
}

function addPort(draft: Draft, pod: Pod, v: Visible): void {
  const { container } = v.member;
  const taken = new Set(pod.containers.flatMap((c) => c.ports.map((p) => p.name)));
  const wanted = v.entry.name ? toPortName(v.entry.name) : undefined;
  const port: Port = {
    name: freePortName(v.entry.target, taken, wanted),
    port: v.entry.target,
    protocol: v.entry.protocol,
    scope: 'pod',
  };
  container.ports = [...container.ports, port];
  if (!v.exposed && v.entry.published !== undefined) publish(draft, pod, port, v);
}
