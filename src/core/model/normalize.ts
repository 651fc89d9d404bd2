import { DEFAULT_K8S_VERSION } from './factories';
import { CONNECTION_FIELDS, CONTAINER_FIELDS, EXTERNAL_FIELDS, POD_FIELDS, SERVICE_FIELDS } from './fields';
import { newId } from './ids';
import { compact, type Json, type JsonObject, type JsonPath, type Reader } from './read';
import {
  CONTRACT_PROTOCOLS,
  DESIGN_FORMAT,
  EXTERNAL_KINDS,
  ROLES,
  SERVICE_TYPES,
  VOLUME_KINDS,
  WORKLOAD_KINDS,
  type Connection,
  type Container,
  type Contract,
  type Design,
  type EnvVar,
  type External,
  type ExternalPort,
  type LayoutEntry,
  type Mount,
  type Pod,
  type Port,
  type Probe,
  type Probes,
  type Service,
  type ServicePort,
  type Volume,
} from './types';

/**
 * Builds a clean Design from parsed JSON, field by field (like excalidraw's restore): absent fields
 * get defaults, wrong types are reported with their path, unknown fields are kept.
 */
export function normalizeDesign(raw: JsonObject, r: Reader): Design {
  const path: JsonPath = [];
  const target = raw.target === undefined ? undefined : r.object(raw.target, ['target'], '"target"');
  const layoutRaw = raw.layout === undefined ? undefined : r.object(raw.layout, ['layout'], '"layout"');
  const exportOptions =
    raw.exportOptions === undefined
      ? undefined
      : r.object(raw.exportOptions, ['exportOptions'], '"exportOptions"');
  return compact({
    ...r.extras(raw, DESIGN_KEYS, path),
    format: DESIGN_FORMAT,
    name: r.string(raw, 'name', path, 'untitled'),
    description: r.string(raw, 'description', path, ''),
    namespace: r.optionalString(raw, 'namespace', path),
    target: target
      ? {
          ...r.extras(target, ['kubernetes'], ['target']),
          kubernetes: r.string(target, 'kubernetes', ['target'], DEFAULT_K8S_VERSION),
        }
      : { kubernetes: DEFAULT_K8S_VERSION },
    pods: r.array(raw, 'pods', path, (v, at) => readPod(v, at, r)),
    services: r.array(raw, 'services', path, (v, at) => readService(v, at, r)),
    externals: r.array(raw, 'externals', path, (v, at) => readExternal(v, at, r)),
    connections: r.array(raw, 'connections', path, (v, at) => readConnection(v, at, r)),
    layout: layoutRaw ? readLayout(layoutRaw, r) : {},
    exportOptions: exportOptions
      ? compact({
          ...r.extras(exportOptions, ['networkPolicies', 'podDisruptionBudgets'], ['exportOptions']),
          networkPolicies: r.optionalBoolean(exportOptions, 'networkPolicies', ['exportOptions']),
          podDisruptionBudgets: r.optionalBoolean(exportOptions, 'podDisruptionBudgets', ['exportOptions']),
        })
      : undefined,
    rules: r.stringMap(raw, 'rules', path) as Design['rules'],
  });
}

const DESIGN_KEYS = [
  'format',
  'name',
  'description',
  'namespace',
  'target',
  'pods',
  'services',
  'externals',
  'connections',
  'layout',
  'exportOptions',
  'rules',
];

function readPod(value: Json, path: JsonPath, r: Reader): Pod | undefined {
  const raw = r.object(value, path, 'A pod');
  if (!raw) return undefined;
  return compact({
    ...r.extras(raw, POD_FIELDS, path),
    id: r.string(raw, 'id', path, '') || newId('p'),
    name: r.string(raw, 'name', path, ''),
    description: r.string(raw, 'description', path, ''),
    owner: r.optionalString(raw, 'owner', path),
    workload: r.oneOf(raw, 'workload', path, WORKLOAD_KINDS, 'Deployment'),
    replicas: r.optionalNumber(raw, 'replicas', path, (n) =>
      Number.isInteger(n) && n >= 0 ? null : 'Replicas must be a whole number, 0 or more.',
    ),
    schedule: r.optionalString(raw, 'schedule', path),
    labels: r.stringMap(raw, 'labels', path),
    containers: r.array(raw, 'containers', path, (v, at) => readContainer(v, at, r)),
    volumes: r.array(raw, 'volumes', path, (v, at) => readVolume(v, at, r)),
  });
}

function readContainer(value: Json, path: JsonPath, r: Reader): Container | undefined {
  const raw = r.object(value, path, 'A container');
  if (!raw) return undefined;
  const resources =
    raw.resources === undefined ? undefined : r.object(raw.resources, [...path, 'resources'], '"resources"');
  const security =
    raw.securityContext === undefined
      ? undefined
      : r.object(raw.securityContext, [...path, 'securityContext'], '"securityContext"');
  return compact({
    ...r.extras(raw, CONTAINER_FIELDS, path),
    id: r.string(raw, 'id', path, '') || newId('c'),
    name: r.string(raw, 'name', path, ''),
    role: r.oneOf(raw, 'role', path, ROLES, 'app'),
    image: r.string(raw, 'image', path, ''),
    description: r.string(raw, 'description', path, ''),
    docsUrl: r.optionalString(raw, 'docsUrl', path),
    sourceUrl: r.optionalString(raw, 'sourceUrl', path),
    license: r.optionalString(raw, 'license', path),
    command: r.stringList(raw, 'command', path),
    args: r.stringList(raw, 'args', path),
    ports: r.array(raw, 'ports', path, (v, at) => readPort(v, at, r)),
    env: r.array(raw, 'env', path, (v, at) => readEnv(v, at, r)),
    mounts: r.array(raw, 'mounts', path, (v, at) => readMount(v, at, r)),
    probes: raw.probes === undefined ? undefined : readProbes(raw.probes, [...path, 'probes'], r),
    resources:
      resources &&
      compact({
        ...r.extras(
          resources,
          ['cpuRequest', 'cpuLimit', 'memoryRequest', 'memoryLimit'],
          [...path, 'resources'],
        ),
        cpuRequest: r.optionalString(resources, 'cpuRequest', [...path, 'resources']),
        cpuLimit: r.optionalString(resources, 'cpuLimit', [...path, 'resources']),
        memoryRequest: r.optionalString(resources, 'memoryRequest', [...path, 'resources']),
        memoryLimit: r.optionalString(resources, 'memoryLimit', [...path, 'resources']),
      }),
    securityContext:
      security &&
      compact({
        ...r.extras(
          security,
          ['runAsNonRoot', 'readOnlyRootFilesystem', 'allowPrivilegeEscalation'],
          [...path, 'securityContext'],
        ),
        runAsNonRoot: r.optionalBoolean(security, 'runAsNonRoot', [...path, 'securityContext']),
        readOnlyRootFilesystem: r.optionalBoolean(security, 'readOnlyRootFilesystem', [
          ...path,
          'securityContext',
        ]),
        allowPrivilegeEscalation: r.optionalBoolean(security, 'allowPrivilegeEscalation', [
          ...path,
          'securityContext',
        ]),
      }),
    roleInferred: r.optionalBoolean(raw, 'roleInferred', path),
  });
}

function portNumber(n: number): string | null {
  return Number.isInteger(n) && n >= 1 && n <= 65535 ? null : `${n} is not a port number: use 1 to 65535.`;
}

function readContract(value: Json | undefined, path: JsonPath, r: Reader): Contract | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = r.object(value, path, '"contract"');
  if (!raw) return undefined;
  return compact({
    ...r.extras(raw, ['name', 'version', 'protocol', 'spec'], path),
    name: r.string(raw, 'name', path, ''),
    version: r.string(raw, 'version', path, '1.0.0'),
    protocol: r.oneOf(raw, 'protocol', path, CONTRACT_PROTOCOLS, 'other'),
    spec: r.optionalString(raw, 'spec', path),
  });
}

function readPort(value: Json, path: JsonPath, r: Reader): Port | undefined {
  const raw = r.object(value, path, 'A port');
  if (!raw) return undefined;
  return compact({
    ...r.extras(raw, ['name', 'port', 'protocol', 'scope', 'contract', 'description'], path),
    name: r.string(raw, 'name', path, ''),
    port: r.optionalNumber(raw, 'port', path, portNumber) ?? 0,
    protocol: r.oneOf(raw, 'protocol', path, ['TCP', 'UDP'] as const, 'TCP'),
    scope: r.oneOf(raw, 'scope', path, ['pod', 'localhost'] as const, 'pod'),
    contract: readContract(raw.contract, [...path, 'contract'], r),
    description: r.optionalString(raw, 'description', path),
  });
}

function readEnv(value: Json, path: JsonPath, r: Reader): EnvVar | undefined {
  const raw = r.object(value, path, 'An environment variable');
  if (!raw) return undefined;
  return compact({
    ...r.extras(raw, ['name', 'value', 'description', 'required', 'secret'], path),
    name: r.string(raw, 'name', path, ''),
    value: r.optionalString(raw, 'value', path),
    description: r.optionalString(raw, 'description', path),
    required: r.optionalBoolean(raw, 'required', path),
    secret: r.optionalBoolean(raw, 'secret', path),
  });
}

function readMount(value: Json, path: JsonPath, r: Reader): Mount | undefined {
  const raw = r.object(value, path, 'A mount');
  if (!raw) return undefined;
  return compact({
    ...r.extras(raw, ['volume', 'path', 'readOnly'], path),
    volume: r.string(raw, 'volume', path, ''),
    path: r.string(raw, 'path', path, ''),
    readOnly: r.optionalBoolean(raw, 'readOnly', path),
  });
}

function readProbe(value: Json | undefined, path: JsonPath, r: Reader): Probe | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = r.object(value, path, 'A probe');
  if (!raw) return undefined;
  const count = (n: number) => (Number.isInteger(n) && n >= 0 ? null : 'Use a whole number, 0 or more.');
  return compact({
    ...r.extras(
      raw,
      ['kind', 'port', 'path', 'command', 'initialDelaySeconds', 'periodSeconds', 'failureThreshold'],
      path,
    ),
    kind: r.oneOf(raw, 'kind', path, ['http', 'tcp', 'exec', 'grpc'] as const, 'http'),
    port: r.optionalString(raw, 'port', path),
    path: r.optionalString(raw, 'path', path),
    command: r.stringList(raw, 'command', path),
    initialDelaySeconds: r.optionalNumber(raw, 'initialDelaySeconds', path, count),
    periodSeconds: r.optionalNumber(raw, 'periodSeconds', path, count),
    failureThreshold: r.optionalNumber(raw, 'failureThreshold', path, count),
  });
}

function readProbes(value: Json, path: JsonPath, r: Reader): Probes | undefined {
  const raw = r.object(value, path, '"probes"');
  if (!raw) return undefined;
  return compact({
    ...r.extras(raw, ['liveness', 'readiness', 'startup'], path),
    liveness: readProbe(raw.liveness, [...path, 'liveness'], r),
    readiness: readProbe(raw.readiness, [...path, 'readiness'], r),
    startup: readProbe(raw.startup, [...path, 'startup'], r),
  });
}

function readVolume(value: Json, path: JsonPath, r: Reader): Volume | undefined {
  const raw = r.object(value, path, 'A volume');
  if (!raw) return undefined;
  const files =
    raw.files === undefined
      ? undefined
      : r.array(raw, 'files', path, (v, at) => {
          const file = r.object(v, at, 'A file');
          if (!file) return undefined;
          return {
            ...r.extras(file, ['path', 'content'], at),
            path: r.string(file, 'path', at, ''),
            content: r.string(file, 'content', at, ''),
          };
        });
  return compact({
    ...r.extras(raw, ['name', 'kind', 'size', 'files'], path),
    name: r.string(raw, 'name', path, ''),
    kind: r.oneOf(raw, 'kind', path, VOLUME_KINDS, 'emptyDir'),
    size: r.optionalString(raw, 'size', path),
    files,
  });
}

function readService(value: Json, path: JsonPath, r: Reader): Service | undefined {
  const raw = r.object(value, path, 'A service');
  if (!raw) return undefined;
  return {
    ...r.extras(raw, SERVICE_FIELDS, path),
    id: r.string(raw, 'id', path, '') || newId('s'),
    name: r.string(raw, 'name', path, ''),
    description: r.string(raw, 'description', path, ''),
    type: r.oneOf(raw, 'type', path, SERVICE_TYPES, 'ClusterIP'),
    pod: r.string(raw, 'pod', path, ''),
    ports: r.array(raw, 'ports', path, (v, at): ServicePort | undefined => {
      const port = r.object(v, at, 'A service port');
      if (!port) return undefined;
      return compact({
        ...r.extras(port, ['name', 'port', 'targetPort', 'protocol'], at),
        name: r.string(port, 'name', at, ''),
        port: r.optionalNumber(port, 'port', at, portNumber) ?? 0,
        targetPort: r.string(port, 'targetPort', at, ''),
        protocol: r.optionalOneOf(port, 'protocol', at, ['TCP', 'UDP'] as const),
      });
    }),
  };
}

function readExternal(value: Json, path: JsonPath, r: Reader): External | undefined {
  const raw = r.object(value, path, 'An external service');
  if (!raw) return undefined;
  return compact({
    ...r.extras(raw, EXTERNAL_FIELDS, path),
    id: r.string(raw, 'id', path, '') || newId('x'),
    name: r.string(raw, 'name', path, ''),
    description: r.string(raw, 'description', path, ''),
    kind: r.oneOf(raw, 'kind', path, EXTERNAL_KINDS, 'other'),
    host: r.optionalString(raw, 'host', path),
    ports: r.array(raw, 'ports', path, (v, at): ExternalPort | undefined => {
      const port = r.object(v, at, 'A port');
      if (!port) return undefined;
      return compact({
        ...r.extras(port, ['name', 'port', 'protocol', 'contract'], at),
        name: r.string(port, 'name', at, ''),
        port: r.optionalNumber(port, 'port', at, portNumber) ?? 0,
        protocol: r.oneOf(port, 'protocol', at, ['TCP', 'UDP'] as const, 'TCP'),
        contract: readContract(port.contract, [...at, 'contract'], r),
      });
    }),
  });
}

function readConnection(value: Json, path: JsonPath, r: Reader): Connection | undefined {
  const raw = r.object(value, path, 'A connection');
  if (!raw) return undefined;
  const to = r.object(raw.to ?? null, [...path, 'to'], '"to"');
  const requires =
    raw.requires === undefined ? undefined : r.object(raw.requires, [...path, 'requires'], '"requires"');
  return compact({
    ...r.extras(raw, CONNECTION_FIELDS, path),
    id: r.string(raw, 'id', path, '') || newId('e'),
    from: r.string(raw, 'from', path, ''),
    to: to
      ? {
          ...r.extras(to, ['id', 'port'], [...path, 'to']),
          id: r.string(to, 'id', [...path, 'to'], ''),
          port: r.string(to, 'port', [...path, 'to'], ''),
        }
      : { id: '', port: '' },
    requires: requires && {
      ...r.extras(requires, ['contract', 'range'], [...path, 'requires']),
      contract: r.string(requires, 'contract', [...path, 'requires'], ''),
      range: r.string(requires, 'range', [...path, 'requires'], '*'),
    },
    weight: r.optionalNumber(raw, 'weight', path, (n) =>
      n >= 0 && n <= 100 ? null : 'A weight is a share from 0 to 100.',
    ),
    description: r.optionalString(raw, 'description', path),
  });
}

function readLayout(raw: JsonObject, r: Reader): Record<string, LayoutEntry> {
  const layout: Record<string, LayoutEntry> = {};
  for (const id of Object.keys(r.extras(raw, [], ['layout']))) {
    const entry = r.isObject(raw[id]) ? (raw[id] as JsonObject) : undefined;
    const x = entry?.x;
    const y = entry?.y;
    // Layout is view only: a bad entry is dropped with a warning rather than refusing the file.
    if (
      !entry ||
      typeof x !== 'number' ||
      typeof y !== 'number' ||
      !Number.isFinite(x) ||
      !Number.isFinite(y)
    ) {
      r.warn(
        ['layout', id],
        `The position of "${id}" is not {x, y} numbers and was dropped.`,
        'layout-invalid',
      );
      continue;
    }
    const w = typeof entry.w === 'number' && entry.w > 0 ? entry.w : undefined;
    const h = typeof entry.h === 'number' && entry.h > 0 ? entry.h : undefined;
    layout[id] = compact({ x, y, w, h });
  }
  return layout;
}
