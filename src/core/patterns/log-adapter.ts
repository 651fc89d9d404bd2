import type { DesignChange } from '../model/change-types';
import { toDnsLabel } from '../model/names';
import type { Container, Design, External, ExternalPort, Mount, Pod } from '../model/types';
import { HARDENED } from '../templates/hardening';
import {
  appInPod,
  containerName,
  freeMountPath,
  freePort,
  IdMaker,
  portName,
  requirementFor,
  volumeName,
} from './context';
import { placeHelper } from './placement';
import { refusal, type PatternApplication } from './types';

const IMAGE = 'cr.fluentbit.io/fluent/fluent-bit:3.2.2';

/**
 * The adapter pattern for logging: Fluent Bit beside the app tails the log files the app writes to a
 * shared volume, parses each line into structured fields and ships the records to the design's log
 * store (an external of kind "logging": Elasticsearch, OpenSearch, Loki, an OTLP collector, or a
 * Fluentd aggregator), or prints them as JSON lines for the node's log agent when there is none.
 */
export function addLogAdapter(design: Design, appContainerId: string): PatternApplication {
  const found = appInPod(design, appContainerId);
  if (typeof found === 'string') return refusal(found);
  const { pod, app } = found;
  const existing = pod.containers.find(
    (c) =>
      c.role === 'adapter' &&
      (/fluent|vector|logstash|promtail/.test(c.image) ||
        c.ports.some((p) => p.contract?.protocol === 'logs')),
  );
  if (existing) return refusal(`Pod "${pod.name}" already has a log adapter, "${existing.name}".`);

  const ids = new IdMaker(design);
  const notes: string[] = [];
  const changes: DesignChange[] = [];
  const name = containerName(pod, `${app.name}-logs`);
  // Reuse a log directory the app already writes to a shared volume, else give it one.
  const shared = logMount(pod, app);
  // Paths and hosts go into a configuration file: only plain ones.
  const logDir = shared?.path ?? freeMountPath(app, `/var/log/${toDnsLabel(app.name)}`);
  const logVolume = shared?.volume ?? volumeName(pod, `${app.name}-logs`);
  if (!shared) {
    changes.push(
      { type: 'addVolume', pod: pod.id, volume: { name: logVolume, kind: 'emptyDir' } },
      {
        type: 'updateContainer',
        id: app.id,
        patch: { mounts: [...app.mounts, { volume: logVolume, path: logDir }] },
      },
    );
    notes.push(`Make "${app.name}" write its log files to ${logDir} (*.log).`);
  }
  const conf = volumeName(pod, `${name}-conf`);
  const state = volumeName(pod, `${name}-state`);
  const store = design.externals.find(
    (x) => x.kind === 'logging' && x.ports.length > 0 && SAFE_HOST.test(x.host || x.name),
  );
  const output = store ? outputFor(store, store.ports[0]!) : undefined;
  const metricsPort = freePort(pod, 2020);
  const metricsName = portName(pod, 'log-metrics');
  const adapter: Container = {
    id: ids.make(`${app.id}-logs`),
    name,
    role: 'adapter',
    image: IMAGE,
    description: `Log adapter: tails the log files of "${app.name}" in ${logDir}, parses each line into level, time and message, and ${store ? `ships the records to "${store.name}"` : 'prints them as JSON lines for the node’s log agent'}.`,
    docsUrl: 'https://docs.fluentbit.io/manual/pipeline/inputs/tail',
    sourceUrl: 'https://github.com/fluent/fluent-bit',
    ports: [
      {
        name: metricsName,
        port: metricsPort,
        protocol: 'TCP',
        scope: 'pod',
        description: 'Fluent Bit’s own metrics (records in, out, retried), Prometheus format.',
        contract: {
          name: 'fluent-bit-metrics',
          version: '3.2.2',
          protocol: 'prometheus',
          spec: 'https://docs.fluentbit.io/manual/administration/monitoring',
        },
      },
    ],
    env: output?.env ?? [],
    mounts: [
      { volume: logVolume, path: logDir, readOnly: true },
      { volume: conf, path: '/fluent-bit/etc', readOnly: true },
      { volume: state, path: '/fluent-bit/state' },
    ],
    probes: { readiness: { kind: 'http', port: metricsName, path: '/', periodSeconds: 10 } },
    resources: { cpuRequest: '50m', memoryRequest: '32Mi', memoryLimit: '128Mi' },
    securityContext: HARDENED,
  };
  const files = [
    {
      path: 'fluent-bit.conf',
      content: fluentBitConf(toDnsLabel(app.name), logDir, metricsPort, output?.section ?? STDOUT),
    },
    { path: 'parsers.conf', content: PARSERS },
  ];
  // A free slot in the pod, which grows (and its neighbours move) when it has none.
  const placement = placeHelper(design, pod);
  changes.push(
    { type: 'addVolume', pod: pod.id, volume: { name: conf, kind: 'configMap', files } },
    { type: 'addVolume', pod: pod.id, volume: { name: state, kind: 'emptyDir' } },
    { type: 'addContainer', pod: pod.id, container: adapter, layout: placement.layout },
    ...placement.changes,
  );
  if (store) {
    const port = store.ports[0]!;
    changes.push({
      type: 'addConnection',
      connection: {
        id: ids.make(`${adapter.id}-to-${store.id}`),
        from: adapter.id,
        to: { id: store.id, port: port.name },
        ...requirementFor(port.contract),
        description: 'Normalised log records, every 5 seconds.',
      },
    });
  }
  notes.push('Adjust the "app" parser in parsers.conf to the line format the app writes.');
  return { ok: true, changes, selectId: adapter.id, notes };
}

/** An emptyDir the app already mounts for logs (a path with "log" in it). */
function logMount(pod: Pod, app: Container): Mount | undefined {
  return app.mounts.find(
    (m) =>
      /log/.test(m.path) &&
      SAFE_PATH.test(m.path) &&
      pod.volumes.some((v) => v.name === m.volume && v.kind === 'emptyDir'),
  );
}

const SAFE_HOST = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;
const SAFE_PATH = /^\/[\w./-]*$/;

const STDOUT = ['[OUTPUT]', '    Name   stdout', '    Match  app', '    Format json_lines'];

/** The Fluent Bit output for a log store, picked by what it says it speaks. */
function outputFor(store: External, port: ExternalPort): { section: string[]; env: Container['env'] } {
  const host = store.host || store.name;
  const said = `${store.name} ${port.contract?.name ?? ''} ${port.name}`.toLowerCase();
  const tls = port.contract?.protocol === 'https' || port.port === 443 ? ['    tls    On'] : [];
  const common = [`    Match  app`, `    Host   ${host}`, `    Port   ${port.port}`, ...tls];
  const credentials: Container['env'] = [
    { name: 'LOG_STORE_USER', description: `User allowed to write to "${store.name}".`, required: true },
    { name: 'LOG_STORE_PASSWORD', description: 'Its password.', required: true, secret: true },
  ];
  if (/elastic|opensearch/.test(said)) {
    const plugin = /opensearch/.test(said) ? 'opensearch' : 'es';
    return {
      section: [
        '[OUTPUT]',
        `    Name   ${plugin}`,
        ...common,
        '    HTTP_User   ${LOG_STORE_USER}',
        '    HTTP_Passwd ${LOG_STORE_PASSWORD}',
        '    Suppress_Type_Name On',
      ],
      env: credentials,
    };
  }
  if (/loki/.test(said))
    return { section: ['[OUTPUT]', '    Name   loki', ...common, '    Labels job=app'], env: [] };
  if (port.contract?.protocol === 'otlp')
    return { section: ['[OUTPUT]', '    Name   opentelemetry', ...common], env: [] };
  return { section: ['[OUTPUT]', '    Name   forward', ...common], env: [] };
}

function fluentBitConf(app: string, dir: string, metricsPort: number, output: string[]): string {
  return [
    '[SERVICE]',
    '    Flush        5',
    '    HTTP_Server  On',
    '    HTTP_Listen  0.0.0.0',
    `    HTTP_Port    ${metricsPort}`,
    '    Parsers_File parsers.conf',
    '',
    '[INPUT]',
    '    Name   tail',
    `    Path   ${dir}/*.log`,
    `    DB     /fluent-bit/state/${app}.db`,
    '    Tag    app',
    '    Parser app',
    '',
    ...output,
    '',
  ].join('\n');
}

const PARSERS = `[PARSER]
    Name        app
    Format      regex
    Regex       ^(?<level>[A-Z]+) (?<time>\\S+) (?<message>.*)$
    Time_Key    time
    Time_Format %Y-%m-%dT%H:%M:%S%z
`;
