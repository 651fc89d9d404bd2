/**
 * The parts of a Kubernetes container that run checks and set limits: probes (their ports resolved
 * once every port is named), resources (cpu and memory) and the security context.
 */
import type { Container, Probe, Probes, Resources, SecurityContext } from '../../model/types';
import { placeAt, type Place } from '../load/source';
import { bool, dig, get, int, isRecord, scalarText, textList, unhandledKeys } from '../read';
import type { PodContext } from './container';

const PROBE_FIELDS = ['liveness', 'readiness', 'startup'] as const;
const PROBE_HANDLED = new Set([
  'httpGet',
  'tcpSocket',
  'exec',
  'grpc',
  'initialDelaySeconds',
  'periodSeconds',
  'failureThreshold',
]);

export function readProbes(
  ctx: PodContext,
  container: Container,
  raw: unknown,
  place: Place,
): Probes | undefined {
  const probes: Probes = {};
  for (const which of PROBE_FIELDS) {
    const key = `${which}Probe`;
    const value = get(raw, key);
    if (value === undefined) continue;
    const at = placeAt(place, key);
    const probe = readProbe(ctx, container, which, value, at);
    if (probe) probes[which] = probe;
  }
  return Object.keys(probes).length > 0 ? probes : undefined;
}

function readProbe(
  ctx: PodContext,
  container: Container,
  which: string,
  raw: unknown,
  place: Place,
): Probe | undefined {
  const notes = ctx.draft.notes;
  let probe: Probe;
  let port: unknown;
  if (isRecord(get(raw, 'httpGet'))) {
    probe = { kind: 'http' };
    const path = scalarText(dig(raw, 'httpGet', 'path'));
    if (path !== undefined) probe.path = path;
    port = dig(raw, 'httpGet', 'port');
  } else if (isRecord(get(raw, 'tcpSocket'))) {
    probe = { kind: 'tcp' };
    port = dig(raw, 'tcpSocket', 'port');
  } else if (isRecord(get(raw, 'grpc'))) {
    probe = { kind: 'grpc' };
    port = dig(raw, 'grpc', 'port');
  } else if (isRecord(get(raw, 'exec'))) {
    probe = { kind: 'exec', command: textList(dig(raw, 'exec', 'command')) ?? [] };
  } else {
    notes.warn(
      'probe-invalid',
      `The ${which} probe of ${container.name} has no handler the design knows (httpGet, tcpSocket, grpc, exec); skipped.`,
      place,
      container.id,
    );
    return undefined;
  }
  for (const field of ['initialDelaySeconds', 'periodSeconds', 'failureThreshold'] as const) {
    const value = int(get(raw, field));
    if (value !== undefined) probe[field] = value;
  }
  const dropped = [
    ...unhandledKeys(raw, PROBE_HANDLED),
    ...unhandledKeys(get(raw, 'httpGet'), new Set(['path', 'port'])),
  ];
  if (dropped.length > 0) {
    notes.info(
      'probe-fields-dropped',
      `The ${which} probe of ${container.name}: ${dropped.join(', ')} not imported.`,
      place,
      container.id,
    );
  }
  if (port !== undefined) {
    const rawPort = int(port) ?? scalarText(port);
    if (rawPort !== undefined)
      ctx.draft.probePorts.push({ pod: ctx.pod, container, which, probe, raw: rawPort, place });
  }
  return probe;
}

export function readResources(
  ctx: PodContext,
  container: Container,
  raw: unknown,
  place: Place,
): Resources | undefined {
  if (!isRecord(raw)) return undefined;
  const resources: Resources = {};
  const quantity = (value: unknown) => scalarText(value);
  const set = (key: keyof Resources, value: unknown) => {
    const text = quantity(value);
    if (text !== undefined) resources[key] = text;
  };
  set('cpuRequest', dig(raw, 'requests', 'cpu'));
  set('memoryRequest', dig(raw, 'requests', 'memory'));
  set('cpuLimit', dig(raw, 'limits', 'cpu'));
  set('memoryLimit', dig(raw, 'limits', 'memory'));
  const others = ['requests', 'limits'].flatMap((group) =>
    Object.keys(isRecord(get(raw, group)) ? (get(raw, group) as object) : {})
      .filter((k) => k !== 'cpu' && k !== 'memory')
      .map((k) => `${group}.${k}`),
  );
  if (others.length > 0) {
    ctx.draft.notes.info(
      'resources-dropped',
      `Container ${container.name}: ${others.join(', ')} not imported (the design knows cpu and memory).`,
      place,
      container.id,
    );
  }
  return Object.keys(resources).length > 0 ? resources : undefined;
}

const SECURITY_HANDLED = new Set(['runAsNonRoot', 'readOnlyRootFilesystem', 'allowPrivilegeEscalation']);

export function readSecurity(
  ctx: PodContext,
  container: Container,
  raw: unknown,
  place: Place,
): SecurityContext | undefined {
  if (!isRecord(raw)) return undefined;
  const security: SecurityContext = {};
  for (const key of SECURITY_HANDLED) {
    const value = bool(get(raw, key));
    if (value !== undefined) security[key as keyof SecurityContext] = value;
  }
  const dropped = unhandledKeys(raw, SECURITY_HANDLED);
  if (dropped.length > 0) {
    ctx.draft.notes.info(
      'security-fields-dropped',
      `Container ${container.name}: securityContext ${dropped.join(', ')} not imported.`,
      place,
      container.id,
    );
  }
  return Object.keys(security).length > 0 ? security : undefined;
}
