/**
 * One Compose service read into a typed spec, every field in every allowed form. Fields the design
 * has no place for are listed in one note per service.
 */
import type { Probe, Resources, SecurityContext } from '../../model/types';
import { placeAt, type Place } from '../load/source';
import type { NoteSink } from '../notes';
import { dig, entries, get, int, isRecord, list, scalarText, str } from '../read';
import {
  cpuQuantity,
  durationSeconds,
  memoryQuantity,
  readList,
  readPairs,
  readScalar,
  readWords,
  type FieldContext,
} from './fields';
import { readMounts, type ComposeMount } from './mounts';
import { readPorts, type ComposePort } from './ports';

export interface ServiceSpec {
  key: string;
  raw: Record<string, unknown>;
  place: Place;
  image?: string;
  build: boolean;
  containerName?: string;
  entrypoint?: string[];
  command?: string[];
  env: [string, string | undefined, Place][];
  ports: ComposePort[];
  expose: ComposePort[];
  mounts: ComposeMount[];
  dependencies: { target: string; place: Place }[];
  networkMode?: string;
  aliases: string[];
  labels: Map<string, string>;
  probes: { liveness?: Probe; readiness?: Probe };
  replicas?: number;
  global: boolean;
  resources?: Resources;
  security?: SecurityContext;
  restart?: string;
}

const HANDLED = new Set([
  'image',
  'build',
  'container_name',
  'entrypoint',
  'command',
  'environment',
  'ports',
  'expose',
  'volumes',
  'tmpfs',
  'configs',
  'secrets',
  'depends_on',
  'links',
  'network_mode',
  'networks',
  'labels',
  'healthcheck',
  'deploy',
  'restart',
  'read_only',
  'security_opt',
  'mem_limit',
  'mem_reservation',
  'cpus',
  'scale',
]);

export function readServiceSpec(
  notes: NoteSink,
  key: string,
  raw: Record<string, unknown>,
  place: Place,
): ServiceSpec {
  const ctx: FieldContext = { notes, service: key };
  const image = readScalar(ctx, raw, 'image', place);
  const spec: ServiceSpec = {
    key,
    raw,
    place,
    build: get(raw, 'build') !== undefined,
    env: readPairs(ctx, raw, 'environment', place),
    ports: readPorts(ctx, raw, place, 'ports'),
    expose: readPorts(ctx, raw, place, 'expose'),
    mounts: readMounts(ctx, raw, place),
    dependencies: readDependencies(ctx, raw, place),
    aliases: readAliases(ctx, raw, place),
    labels: new Map(readPairs(ctx, raw, 'labels', place).map(([k, v]) => [k, v ?? ''])),
    probes: {},
    global: dig(raw, 'deploy', 'mode') === 'global',
  };
  if (image) spec.image = image;
  const containerName = readScalar(ctx, raw, 'container_name', place);
  if (containerName) spec.containerName = containerName;
  const entrypoint = readWords(ctx, raw, 'entrypoint', place);
  if (entrypoint) spec.entrypoint = entrypoint;
  const command = readWords(ctx, raw, 'command', place);
  if (command) spec.command = command;
  const networkMode = readScalar(ctx, raw, 'network_mode', place);
  if (networkMode) spec.networkMode = networkMode;
  const restart = readScalar(ctx, raw, 'restart', place);
  if (restart) spec.restart = restart;
  const replicas = int(dig(raw, 'deploy', 'replicas')) ?? int(get(raw, 'scale'));
  if (replicas !== undefined) spec.replicas = replicas;
  const liveness = readHealthcheck(ctx, raw, place);
  if (liveness) spec.probes.liveness = liveness;
  const readiness = labelProbe(spec.labels, 'readiness');
  if (readiness) spec.probes.readiness = readiness;
  const labelLiveness = labelProbe(spec.labels, 'liveness');
  if (labelLiveness && !spec.probes.liveness) spec.probes.liveness = labelLiveness;
  const resources = readResources(raw);
  if (resources) spec.resources = resources;
  const security = readSecurity(raw);
  if (security) spec.security = security;
  const dropped = Object.keys(raw).filter((k) => !HANDLED.has(k) && !k.startsWith('x-') && k !== 'env_file');
  if (dropped.length > 0) {
    notes.info(
      'compose-keys-dropped',
      `Service ${key}: ${dropped.join(', ')} ${dropped.length === 1 ? 'has' : 'have'} no place in the design; not imported.`,
      { ...placeAt(place, dropped[0]!), atKey: true },
    );
  }
  if (get(raw, 'env_file') !== undefined) {
    notes.info(
      'compose-env-file',
      `Service ${key}: env_file is not read (the import sees this file only); its variables are not imported.`,
      placeAt(place, 'env_file'),
    );
  }
  return spec;
}

function readDependencies(
  ctx: FieldContext,
  raw: Record<string, unknown>,
  place: Place,
): ServiceSpec['dependencies'] {
  const out: ServiceSpec['dependencies'] = [];
  const dependsOn = get(raw, 'depends_on');
  if (Array.isArray(dependsOn)) {
    dependsOn.forEach((item, i) => {
      const target = scalarText(item);
      if (target) out.push({ target, place: placeAt(place, 'depends_on', i) });
      else
        ctx.notes.error(
          'compose-type',
          `Service ${ctx.service}: a depends_on entry must be a service name.`,
          placeAt(place, 'depends_on', i),
        );
    });
  } else if (isRecord(dependsOn)) {
    for (const [target] of entries(dependsOn))
      out.push({ target, place: placeAt(place, 'depends_on', target) });
  } else if (dependsOn !== undefined && dependsOn !== null) {
    ctx.notes.error(
      'compose-type',
      `Service ${ctx.service}: "depends_on" must be a list or a mapping.`,
      placeAt(place, 'depends_on'),
    );
  }
  (readList(ctx, raw, 'links', place) ?? []).forEach((item, i) => {
    const target = scalarText(item)?.split(':', 1)[0];
    if (target) out.push({ target, place: placeAt(place, 'links', i) });
  });
  return out;
}

function readAliases(ctx: FieldContext, raw: Record<string, unknown>, place: Place): string[] {
  const networks = get(raw, 'networks');
  if (networks === undefined || networks === null || Array.isArray(networks)) return [];
  if (!isRecord(networks)) {
    ctx.notes.error(
      'compose-type',
      `Service ${ctx.service}: "networks" must be a list or a mapping.`,
      placeAt(place, 'networks'),
    );
    return [];
  }
  return entries(networks).flatMap(([, network]) =>
    list(get(network, 'aliases')).flatMap((a) => (scalarText(a) ? [scalarText(a)!] : [])),
  );
}

/** `healthcheck` as an exec probe; Kompose makes it a liveness probe, and so does the import. */
function readHealthcheck(ctx: FieldContext, raw: Record<string, unknown>, place: Place): Probe | undefined {
  const check = get(raw, 'healthcheck');
  if (check === undefined || check === null) return undefined;
  if (!isRecord(check)) {
    ctx.notes.error(
      'compose-type',
      `Service ${ctx.service}: "healthcheck" must be a mapping.`,
      placeAt(place, 'healthcheck'),
    );
    return undefined;
  }
  if (get(check, 'disable') === true) return undefined;
  const test = get(check, 'test');
  let command: string[] | undefined;
  if (typeof test === 'string') command = ['/bin/sh', '-c', test];
  else if (Array.isArray(test)) {
    const words = test.map((w) => scalarText(w) ?? '');
    if (words[0] === 'NONE') return undefined;
    if (words[0] === 'CMD-SHELL') command = ['/bin/sh', '-c', words.slice(1).join(' ')];
    else command = words[0] === 'CMD' ? words.slice(1) : words;
  }
  if (!command || command.length === 0) return undefined;
  return timing({ kind: 'exec', command }, check);
}

function timing(probe: Probe, check: unknown): Probe {
  const period = durationSeconds(scalarText(get(check, 'interval')));
  if (period !== undefined && period > 0) probe.periodSeconds = period;
  const retries = int(get(check, 'retries'));
  if (retries !== undefined && retries > 0) probe.failureThreshold = retries;
  const start = durationSeconds(scalarText(get(check, 'start_period')));
  if (start !== undefined && start > 0) probe.initialDelaySeconds = start;
  return probe;
}

/** Kompose's probe labels: `kompose.service.healthcheck.<which>.test|http_get_path|http_get_port|tcp_port|…`. */
function labelProbe(labels: Map<string, string>, which: 'liveness' | 'readiness'): Probe | undefined {
  const label = (name: string) => labels.get(`kompose.service.healthcheck.${which}.${name}`);
  if (label('disable') === 'true') return undefined;
  const httpPath = label('http_get_path');
  const httpPort = label('http_get_port');
  const tcpPort = label('tcp_port');
  const test = label('test');
  let probe: Probe | undefined;
  if (httpPath !== undefined || httpPort !== undefined) {
    probe = {
      kind: 'http',
      ...(httpPath ? { path: httpPath } : {}),
      ...(httpPort ? { port: httpPort } : {}),
    };
  } else if (tcpPort) probe = { kind: 'tcp', port: tcpPort };
  else if (test) probe = { kind: 'exec', command: ['/bin/sh', '-c', test] };
  if (!probe) return undefined;
  const fields: Record<string, string | undefined> = {
    interval: label('interval'),
    retries: label('retries'),
    start_period: label('start_period'),
  };
  return timing(probe, fields);
}

function readResources(raw: Record<string, unknown>): Resources | undefined {
  const resources: Resources = {};
  const limits = dig(raw, 'deploy', 'resources', 'limits');
  const reservations = dig(raw, 'deploy', 'resources', 'reservations');
  const set = (key: keyof Resources, value: string | undefined) => {
    if (value) resources[key] = value;
  };
  set('cpuLimit', cpuQuantity(scalarText(get(limits, 'cpus')) ?? scalarText(get(raw, 'cpus'))));
  set('memoryLimit', memoryQuantity(scalarText(get(limits, 'memory')) ?? scalarText(get(raw, 'mem_limit'))));
  set('cpuRequest', cpuQuantity(scalarText(get(reservations, 'cpus'))));
  set(
    'memoryRequest',
    memoryQuantity(scalarText(get(reservations, 'memory')) ?? scalarText(get(raw, 'mem_reservation'))),
  );
  return Object.keys(resources).length > 0 ? resources : undefined;
}

function readSecurity(raw: Record<string, unknown>): SecurityContext | undefined {
  const security: SecurityContext = {};
  if (get(raw, 'read_only') === true) security.readOnlyRootFilesystem = true;
  if (list(get(raw, 'security_opt')).some((o) => /^no-new-privileges(:true)?$/.test(str(o) ?? '')))
    security.allowPrivilegeEscalation = false;
  return Object.keys(security).length > 0 ? security : undefined;
}
