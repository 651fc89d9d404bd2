/**
 * Services: a selector picks the pod whose template labels it matches; numeric target ports become
 * the names of the container ports they reach (a port gets a name, or is declared, where it must).
 * Services that stand for systems outside the cluster (ours marked `external`, or ExternalName) become
 * externals.
 */
import {
  EXTERNAL_KINDS,
  type External,
  type ExternalPort,
  type Pod,
  type PortProtocol,
  type Service,
  type ServicePort,
  type ServiceType,
} from '../../model/types';
import type { Draft } from '../draft';
import { guessExternalKind } from '../externals';
import { placeAt, type Place } from '../load/source';
import { freePortName, toPortName } from '../names';
import { dig, get, int, list, parseJson, scalarText, str, stringMap, unhandledKeys } from '../read';
import { portNameProblem } from '../../model/names';
import type { K8sObject } from './objects';
import { ANNOTATION, annotation, isOurs, readContract } from './ours';

const SPEC_HANDLED = new Set(['type', 'clusterIP', 'selector', 'ports', 'externalName', 'clusterIPs']);

export function isExternalService(object: K8sObject): boolean {
  return (
    annotation(object.annotations, ANNOTATION.kind) === 'external' ||
    str(dig(object.value, 'spec', 'type')) === 'ExternalName'
  );
}

/** Pods by namespace and label, so that each selector is matched without scanning every pod. */
export class PodSelectorIndex {
  private readonly byLabel = new Map<string, Pod[]>();

  constructor(draft: Draft) {
    for (const pod of draft.design.pods) {
      const origin = draft.podOrigins.get(pod.id);
      if (!origin) continue;
      for (const [key, value] of Object.entries(origin.selectable)) {
        const id = `${origin.namespace}\u0000${key}\u0000${value}`;
        const pods = this.byLabel.get(id);
        if (pods) pods.push(pod);
        else this.byLabel.set(id, [pod]);
      }
    }
  }

  /** The pods (in design order) whose labels include every pair. */
  match(draft: Draft, namespace: string, pairs: readonly [string, string][]): Pod[] {
    const [first, ...rest] = pairs;
    if (!first) return [];
    const candidates = this.byLabel.get(`${namespace}\u0000${first[0]}\u0000${first[1]}`) ?? [];
    return candidates.filter((pod) => {
      const labels = draft.podOrigins.get(pod.id)!.selectable;
      return rest.every(([k, v]) => Object.hasOwn(labels, k) && labels[k] === v);
    });
  }
}

export function readService(draft: Draft, object: K8sObject, pods: PodSelectorIndex): Service {
  const place = object.place;
  const spec = get(object.value, 'spec');
  const id = draft.claimId(annotation(object.annotations, ANNOTATION.id), 's', place);
  const name = draft.serviceName(object.name, placeAt(place, 'metadata', 'name'));
  const service: Service = {
    id,
    name,
    description: annotation(object.annotations, ANNOTATION.description) ?? '',
    type: serviceType(spec),
    pod: '',
    ports: [],
  };
  draft.entityPlaces.set(id, place);
  const pod = selectedPod(draft, object, service, pods);
  if (pod) service.pod = pod.id;
  const taken = new Set<string>();
  list(get(spec, 'ports')).forEach((raw, i) => {
    const port = servicePort(draft, service, pod, raw, placeAt(place, 'spec', 'ports', i), taken);
    if (port) service.ports.push(port);
  });
  const dropped = unhandledKeys(spec, SPEC_HANDLED);
  if (dropped.length > 0) {
    draft.notes.info(
      'service-fields-dropped',
      `Service ${object.name}: ${dropped.join(', ')} not imported.`,
      { ...placeAt(place, 'spec', dropped[0]!), atKey: true },
      id,
    );
  }
  return service;
}

function serviceType(spec: unknown): ServiceType {
  if (get(spec, 'clusterIP') === 'None') return 'Headless';
  const type = get(spec, 'type');
  return type === 'NodePort' || type === 'LoadBalancer' ? type : 'ClusterIP';
}

function selectedPod(
  draft: Draft,
  object: K8sObject,
  service: Service,
  pods: PodSelectorIndex,
): Pod | undefined {
  const selector = stringMap(dig(object.value, 'spec', 'selector'));
  const pairs = Object.entries(selector);
  const at = placeAt(object.place, 'spec', 'selector');
  if (pairs.length === 0) {
    draft.notes.warn(
      'service-without-selector',
      `Service ${object.name} has no selector: its endpoints are managed elsewhere, so it selects no pod of the design.`,
      at,
      service.id,
    );
    return undefined;
  }
  const matches = pods.match(draft, object.namespace, pairs);
  if (matches.length === 0) {
    draft.notes.warn(
      'service-selects-nothing',
      `Service ${object.name} selects no pod of the input (${pairs.map(([k, v]) => `${k}=${v}`).join(', ')}).`,
      at,
      service.id,
    );
    return undefined;
  }
  if (matches.length > 1) {
    draft.notes.warn(
      'service-selects-several',
      `Service ${object.name} selects ${matches.length} pods (${matches.map((p) => p.name).join(', ')}); the design's service sends traffic to one, ${matches[0]!.name}.`,
      at,
      service.id,
    );
  }
  return matches[0];
}

function protocolOf(raw: unknown): PortProtocol | undefined {
  const protocol = get(raw, 'protocol');
  return protocol === 'UDP' ? 'UDP' : protocol === 'TCP' ? 'TCP' : undefined;
}

function servicePort(
  draft: Draft,
  service: Service,
  pod: Pod | undefined,
  raw: unknown,
  place: Place,
  taken: Set<string>,
): ServicePort | undefined {
  const number = int(get(raw, 'port'));
  if (number === undefined || number < 1 || number > 65535) {
    draft.notes.warn(
      'port-invalid',
      `Service ${service.name} has a port without a valid number; skipped.`,
      place,
      service.id,
    );
    return undefined;
  }
  const protocol = protocolOf(raw);
  const rawName = scalarText(get(raw, 'name'));
  const rawTarget = get(raw, 'targetPort') ?? number;
  let target =
    typeof rawTarget === 'number' ? rawTarget : (int(rawTarget) ?? scalarText(rawTarget) ?? number);
  if (typeof target === 'number' && (target < 1 || target > 65535)) {
    // Kompose writes `targetPort: 0` on the placeholder port of a headless Service: no target.
    draft.notes.info(
      'target-port-invalid',
      `Service ${service.name}: targetPort ${target} is not a port; port ${number} is used.`,
      placeAt(place, 'targetPort'),
      service.id,
    );
    target = number;
  }
  const targetName = resolveTarget(
    draft,
    service,
    pod,
    target,
    protocol ?? 'TCP',
    rawName,
    placeAt(place, 'targetPort'),
  );
  let name = rawName && portNameProblem(rawName) === null ? rawName : undefined;
  if (rawName && !name) {
    name = toPortName(rawName);
    draft.notes.info(
      'port-name-changed',
      `Service port name "${rawName}" of ${service.name} is not a valid IANA name; it becomes a valid one.`,
      placeAt(place, 'name'),
      service.id,
    );
  }
  if (!name || taken.has(name)) name = freePortName(number, taken, name ?? targetName);
  taken.add(name);
  const port: ServicePort = { name, port: number, targetPort: targetName };
  if (protocol) port.protocol = protocol;
  return port;
}

/** The container port name a target port means, naming or declaring the container port where needed. */
function resolveTarget(
  draft: Draft,
  service: Service,
  pod: Pod | undefined,
  target: number | string,
  protocol: PortProtocol,
  servicePortName: string | undefined,
  place: Place,
): string {
  const podPorts = new Set(pod?.containers.flatMap((c) => c.ports.map((p) => p.name)).filter(Boolean) ?? []);
  if (typeof target === 'string') {
    const known = pod?.containers.some((c) => c.ports.some((p) => p.name === target));
    if (pod && !known) {
      draft.notes.warn(
        'target-port-unknown',
        `Service ${service.name} targets port "${target}", which no container of ${pod.name} declares.`,
        place,
        service.id,
      );
    }
    return portNameProblem(target) === null ? target : (toPortName(target) ?? freePortName(0, podPorts));
  }
  if (!pod) return freePortName(target, podPorts, servicePortName);
  const serving = pod.containers.filter((c) => c.role !== 'init');
  for (const container of serving) {
    const port =
      container.ports.find((p) => p.port === target && p.protocol === protocol) ??
      container.ports.find((p) => p.port === target);
    if (!port) continue;
    if (!port.name) port.name = freePortName(target, podPorts, servicePortName);
    return port.name;
  }
  const main = serving[0] ?? pod.containers[0];
  const name = freePortName(target, podPorts, servicePortName);
  if (main) {
    main.ports.push({ name, port: target, protocol, scope: 'pod' });
    draft.notes.info(
      'port-declared',
      `Service ${service.name} targets port ${target}, which no container of ${pod.name} declares; it is declared on ${main.name} as "${name}".`,
      place,
      main.id,
    );
  }
  return name;
}

/** A Service that names a system outside the cluster, as an external. */
export function readExternal(draft: Draft, object: K8sObject, slices: Map<string, K8sObject>): External {
  const place = object.place;
  const ours = isOurs(object.annotations) && annotation(object.annotations, ANNOTATION.kind) === 'external';
  const spec = get(object.value, 'spec');
  const id = draft.claimId(annotation(object.annotations, ANNOTATION.id), 'x', place);
  const name = draft.serviceName(object.name, placeAt(place, 'metadata', 'name'), 'external');
  const contracts = parseJson(annotation(object.annotations, ANNOTATION.ports));
  const ports: ExternalPort[] = [];
  const taken = new Set<string>();
  list(get(spec, 'ports')).forEach((raw) => {
    const number = int(get(raw, 'port'));
    if (number === undefined || number < 1 || number > 65535) return;
    const rawName = scalarText(get(raw, 'name'));
    const portName =
      rawName && portNameProblem(rawName) === null && !taken.has(rawName)
        ? rawName
        : freePortName(number, taken);
    taken.add(portName);
    const port: ExternalPort = { name: portName, port: number, protocol: protocolOf(raw) ?? 'TCP' };
    const contract = readContract(get(contracts, portName));
    if (contract) port.contract = contract;
    ports.push(port);
  });
  let host = str(get(spec, 'externalName'));
  const slice = slices.get(`${object.namespace}/${object.name}`);
  if (!host && slice) host = str(list(get(list(get(slice.value, 'endpoints'))[0], 'addresses'))[0]);
  const kind = annotation(object.annotations, ANNOTATION.externalKind);
  const external: External = {
    id,
    name,
    description: annotation(object.annotations, ANNOTATION.description) ?? '',
    kind: ours && isExternalKind(kind) ? kind : guessExternalKind(host ?? object.name, ports),
    ports,
  };
  if (host) external.host = host;
  draft.entityPlaces.set(id, place);
  if (!ours) {
    draft.notes.info(
      'external-from-service',
      `Service ${object.name} names ${host ?? 'a system'} outside the cluster; it becomes an external (${external.kind}).`,
      place,
      id,
    );
  }
  return external;
}

function isExternalKind(kind: string | undefined): kind is External['kind'] {
  return kind !== undefined && (EXTERNAL_KINDS as readonly string[]).includes(kind);
}
