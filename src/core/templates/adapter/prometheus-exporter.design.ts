import { DESIGN_FORMAT, type Design } from '../../model/types';

/**
 * The design of the prometheus-exporter template; equal to test/fixtures/prometheus-adapter (a test keeps them so).
 */
export function prometheusExporterDesign(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'prometheus-adapter',
    description:
      'The adapter pattern for monitoring (Designing Distributed Systems, Adapters): Redis does not speak Prometheus, so a redis_exporter adapter in the same pod reads it over localhost and exposes standard Prometheus metrics.',
    target: { kubernetes: '1.33' },
    pods: [
      {
        id: 'pod-sessions',
        name: 'sessions',
        description: 'The session store of the web shop: one Redis with its metrics adapter.',
        owner: 'team-platform',
        workload: 'StatefulSet',
        replicas: 1,
        containers: [
          {
            id: 'c-sessions-redis',
            name: 'redis',
            role: 'app',
            image: 'bitnami/redis:7.4.1',
            description: 'Redis holding the web sessions, with append-only persistence.',
            docsUrl: 'https://github.com/bitnami/containers/blob/main/bitnami/redis/README.md',
            sourceUrl: 'https://github.com/bitnami/containers/tree/main/bitnami/redis',
            ports: [
              {
                name: 'redis',
                port: 6379,
                protocol: 'TCP',
                scope: 'pod',
                description: 'Sessions for the web pods.',
                contract: {
                  name: 'redis-resp',
                  version: '7.4.0',
                  protocol: 'redis',
                  spec: 'https://redis.io/docs/latest/develop/reference/protocol-spec/',
                },
              },
            ],
            env: [
              {
                name: 'REDIS_PASSWORD',
                description: 'Password clients and the exporter authenticate with.',
                required: true,
                secret: true,
              },
              {
                name: 'REDIS_AOF_ENABLED',
                value: 'yes',
                description: 'Append-only file, so sessions survive a restart.',
                required: true,
              },
            ],
            mounts: [
              { volume: 'data', path: '/bitnami/redis/data' },
              { volume: 'tmp', path: '/opt/bitnami/redis/tmp' },
            ],
            probes: {
              readiness: {
                kind: 'exec',
                command: ['sh', '-c', 'redis-cli -a "$REDIS_PASSWORD" ping'],
                periodSeconds: 5,
              },
              liveness: { kind: 'tcp', port: 'redis', periodSeconds: 10 },
            },
            resources: { cpuRequest: '250m', memoryRequest: '256Mi', memoryLimit: '512Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
          {
            id: 'c-redis-exporter',
            name: 'metrics',
            role: 'adapter',
            image: 'oliver006/redis_exporter:v1.66.0',
            description:
              'Metrics adapter: queries Redis INFO over localhost and serves it in the Prometheus exposition format on :9121/metrics.',
            docsUrl: 'https://github.com/oliver006/redis_exporter/blob/v1.66.0/README.md',
            sourceUrl: 'https://github.com/oliver006/redis_exporter',
            ports: [
              {
                name: 'metrics',
                port: 9121,
                protocol: 'TCP',
                scope: 'pod',
                description: 'Prometheus metrics of Redis.',
                contract: {
                  name: 'redis-exporter-metrics',
                  version: '1.66.0',
                  protocol: 'prometheus',
                  spec: 'https://prometheus.io/docs/instrumenting/exposition_formats/',
                },
              },
            ],
            env: [
              {
                name: 'REDIS_ADDR',
                value: 'redis://127.0.0.1:6379',
                description: 'The Redis to read: the app on localhost.',
                required: true,
              },
              {
                name: 'REDIS_PASSWORD',
                description: 'The same password as the Redis container.',
                required: true,
                secret: true,
              },
            ],
            mounts: [],
            probes: {
              readiness: { kind: 'http', port: 'metrics', path: '/health', periodSeconds: 10 },
              liveness: { kind: 'tcp', port: 'metrics', periodSeconds: 20 },
            },
            resources: { cpuRequest: '25m', memoryRequest: '32Mi', memoryLimit: '64Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
        ],
        volumes: [
          { name: 'data', kind: 'persistent', size: '5Gi' },
          { name: 'tmp', kind: 'emptyDir' },
        ],
      },
      {
        id: 'pod-prometheus',
        name: 'prometheus',
        description: 'The Prometheus server that scrapes the session store metrics.',
        owner: 'team-platform',
        workload: 'StatefulSet',
        replicas: 1,
        containers: [
          {
            id: 'c-prometheus',
            name: 'prometheus',
            role: 'app',
            image: 'prom/prometheus:v3.0.1',
            description: 'Scrapes the metrics adapter every 30 seconds and keeps 15 days of samples.',
            docsUrl: 'https://prometheus.io/docs/prometheus/3.0/getting_started/',
            sourceUrl: 'https://github.com/prometheus/prometheus',
            args: ['--config.file=/etc/prometheus/prometheus.yml', '--storage.tsdb.retention.time=15d'],
            ports: [
              {
                name: 'web',
                port: 9090,
                protocol: 'TCP',
                scope: 'pod',
                description: 'Prometheus UI and query API.',
                contract: { name: 'prometheus-http-api', version: '1.0.0', protocol: 'http' },
              },
            ],
            env: [],
            mounts: [
              { volume: 'config', path: '/etc/prometheus', readOnly: true },
              { volume: 'data', path: '/prometheus' },
            ],
            probes: {
              readiness: { kind: 'http', port: 'web', path: '/-/ready', periodSeconds: 5 },
              liveness: { kind: 'http', port: 'web', path: '/-/healthy', periodSeconds: 10 },
            },
            resources: { cpuRequest: '250m', memoryRequest: '512Mi', memoryLimit: '1Gi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
        ],
        volumes: [
          {
            name: 'config',
            kind: 'configMap',
            files: [
              {
                path: 'prometheus.yml',
                content:
                  "global:\n  scrape_interval: 30s\nscrape_configs:\n  - job_name: sessions-redis\n    static_configs:\n      - targets: ['sessions-metrics:9121']\n",
              },
            ],
          },
          { name: 'data', kind: 'persistent', size: '20Gi' },
        ],
      },
    ],
    services: [
      {
        id: 'svc-sessions',
        name: 'sessions',
        description: 'Headless: the session store by its stable name, sessions-0.sessions.',
        type: 'Headless',
        pod: 'pod-sessions',
        ports: [{ name: 'redis', port: 6379, targetPort: 'redis' }],
      },
      {
        id: 'svc-sessions-metrics',
        name: 'sessions-metrics',
        description: 'The metrics adapter, for Prometheus to scrape.',
        type: 'ClusterIP',
        pod: 'pod-sessions',
        ports: [{ name: 'metrics', port: 9121, targetPort: 'metrics' }],
      },
      {
        id: 'svc-prometheus',
        name: 'prometheus',
        description: 'Headless governing Service of the Prometheus StatefulSet, and its query API.',
        type: 'Headless',
        pod: 'pod-prometheus',
        ports: [{ name: 'web', port: 9090, targetPort: 'web' }],
      },
    ],
    externals: [],
    connections: [
      {
        id: 'conn-exporter-to-redis',
        from: 'c-redis-exporter',
        to: { id: 'c-sessions-redis', port: 'redis' },
        requires: { contract: 'redis-resp', range: '>=6.0.0' },
        description: 'INFO and CONFIG reads over localhost, at every scrape.',
      },
      {
        id: 'conn-prometheus-to-metrics',
        from: 'c-prometheus',
        to: { id: 'svc-sessions-metrics', port: 'metrics' },
        requires: { contract: 'redis-exporter-metrics', range: '^1.60.0' },
        description: 'Scrape of /metrics every 30 seconds.',
      },
    ],
    layout: {
      'pod-sessions': { x: 40, y: 40, w: 320, h: 300 },
      'c-sessions-redis': { x: 20, y: 50 },
      'c-redis-exporter': { x: 20, y: 180 },
      'pod-prometheus': { x: 420, y: 40, w: 320, h: 170 },
      'c-prometheus': { x: 20, y: 50 },
      'svc-sessions': { x: 40, y: 520 },
      'svc-sessions-metrics': { x: 300, y: 520 },
      'svc-prometheus': { x: 560, y: 520 },
    },
    exportOptions: { networkPolicies: true },
  };
}
