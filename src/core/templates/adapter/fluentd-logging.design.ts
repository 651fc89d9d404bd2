import { DESIGN_FORMAT, type Design } from '../../model/types';

/**
 * The design of the fluentd-logging template; equal to test/fixtures/fluentd-adapter (a test keeps them so).
 */
export function fluentdLoggingDesign(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'fluentd-adapter',
    description:
      'The adapter pattern for logging (Designing Distributed Systems, Adapters): the order service writes its own log format to files; a fluentd adapter in the same pod tails them, normalises every line to structured JSON and ships it to the central Elasticsearch.',
    target: { kubernetes: '1.33' },
    pods: [
      {
        id: 'pod-orders',
        name: 'orders',
        description: 'The order service with its log-normalising adapter.',
        owner: 'team-orders',
        workload: 'Deployment',
        replicas: 2,
        containers: [
          {
            id: 'c-orders',
            name: 'orders',
            role: 'app',
            image: 'registry.example.com/shop/orders:1.8.2',
            description:
              'Takes orders over HTTP. Writes its logs as "LEVEL timestamp message" lines to /var/log/orders/orders.log.',
            docsUrl: 'https://git.example.com/shop/orders/-/blob/v1.8.2/README.md',
            sourceUrl: 'https://git.example.com/shop/orders',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The order API.',
                contract: {
                  name: 'orders-api',
                  version: '1.8.2',
                  protocol: 'http',
                  spec: 'https://git.example.com/shop/orders/-/blob/v1.8.2/openapi.yaml',
                },
              },
            ],
            env: [
              {
                name: 'LOG_DIR',
                value: '/var/log/orders',
                description: 'Where the service writes its log files: the shared volume.',
                required: true,
              },
            ],
            mounts: [{ volume: 'logs', path: '/var/log/orders' }],
            probes: {
              readiness: { kind: 'http', port: 'http', path: '/readyz', periodSeconds: 5 },
              liveness: { kind: 'http', port: 'http', path: '/livez', periodSeconds: 10 },
            },
            resources: { cpuRequest: '250m', memoryRequest: '256Mi', memoryLimit: '512Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
          {
            id: 'c-fluentd',
            name: 'log-normalizer',
            role: 'adapter',
            image: 'fluent/fluentd-kubernetes-daemonset:v1.17.1-debian-elasticsearch8-1.0',
            description:
              'Log adapter: tails the order service log files, parses "LEVEL timestamp message" into JSON with level, time and message fields, and sends them to Elasticsearch. Exposes its own metrics for Prometheus.',
            docsUrl: 'https://docs.fluentd.org/v1.0/articles/in_tail',
            sourceUrl: 'https://github.com/fluent/fluentd-kubernetes-daemonset',
            ports: [
              {
                name: 'metrics',
                port: 24231,
                protocol: 'TCP',
                scope: 'pod',
                description: 'fluentd buffer and output metrics, Prometheus format.',
                contract: { name: 'fluentd-metrics', version: '1.17.1', protocol: 'prometheus' },
              },
            ],
            env: [
              {
                name: 'FLUENT_ELASTICSEARCH_HOST',
                value: 'logs.example.com',
                description: 'The Elasticsearch host.',
                required: true,
              },
              {
                name: 'FLUENT_ELASTICSEARCH_PORT',
                value: '9200',
                description: 'The Elasticsearch port.',
                required: true,
              },
              {
                name: 'FLUENT_ELASTICSEARCH_SCHEME',
                value: 'https',
                description: 'TLS to Elasticsearch.',
                required: true,
              },
              {
                name: 'FLUENT_ELASTICSEARCH_USER',
                value: 'orders-shipper',
                description: 'The Elasticsearch user allowed to write orders-* indices.',
                required: true,
              },
              {
                name: 'FLUENT_ELASTICSEARCH_PASSWORD',
                description: 'Password of that user.',
                required: true,
                secret: true,
              },
            ],
            mounts: [
              { volume: 'logs', path: '/var/log/orders', readOnly: true },
              { volume: 'fluentd-conf', path: '/fluentd/etc', readOnly: true },
              { volume: 'buffer', path: '/var/lib/fluentd' },
            ],
            probes: {
              readiness: { kind: 'http', port: 'metrics', path: '/metrics', periodSeconds: 10 },
              liveness: { kind: 'tcp', port: 'metrics', periodSeconds: 20 },
            },
            resources: { cpuRequest: '100m', memoryRequest: '128Mi', memoryLimit: '256Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
        ],
        volumes: [
          { name: 'logs', kind: 'emptyDir' },
          { name: 'buffer', kind: 'emptyDir' },
          {
            name: 'fluentd-conf',
            kind: 'configMap',
            files: [
              {
                path: 'fluent.conf',
                content:
                  '<source>\n  @type tail\n  path /var/log/orders/*.log\n  pos_file /var/lib/fluentd/orders.pos\n  tag orders\n  <parse>\n    @type regexp\n    expression /^(?<level>[A-Z]+) (?<time>\\S+) (?<message>.*)$/\n    time_format %Y-%m-%dT%H:%M:%S%z\n  </parse>\n</source>\n\n<source>\n  @type prometheus\n  port 24231\n</source>\n\n<match orders>\n  @type elasticsearch\n  host "#{ENV[\'FLUENT_ELASTICSEARCH_HOST\']}"\n  port "#{ENV[\'FLUENT_ELASTICSEARCH_PORT\']}"\n  scheme "#{ENV[\'FLUENT_ELASTICSEARCH_SCHEME\']}"\n  user "#{ENV[\'FLUENT_ELASTICSEARCH_USER\']}"\n  password "#{ENV[\'FLUENT_ELASTICSEARCH_PASSWORD\']}"\n  index_name orders-${tag}\n  <buffer>\n    @type file\n    path /var/lib/fluentd/buffer\n    flush_interval 5s\n  </buffer>\n</match>\n',
              },
            ],
          },
        ],
      },
    ],
    services: [
      {
        id: 'svc-orders',
        name: 'orders',
        description: 'The order API for the storefront.',
        type: 'ClusterIP',
        pod: 'pod-orders',
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
    ],
    externals: [
      {
        id: 'ext-elasticsearch',
        name: 'elasticsearch',
        description: 'The central Elasticsearch cluster of the logging team, outside Kubernetes.',
        kind: 'logging',
        host: 'logs.example.com',
        ports: [
          {
            name: 'https',
            port: 9200,
            protocol: 'TCP',
            contract: {
              name: 'elasticsearch-bulk-api',
              version: '8.15.0',
              protocol: 'https',
              spec: 'https://www.elastic.co/guide/en/elasticsearch/reference/8.15/docs-bulk.html',
            },
          },
        ],
      },
    ],
    connections: [
      {
        id: 'conn-fluentd-to-es',
        from: 'c-fluentd',
        to: { id: 'ext-elasticsearch', port: 'https' },
        requires: { contract: 'elasticsearch-bulk-api', range: '^8.0.0' },
        description: 'Normalised log records, in bulk requests every 5 seconds.',
      },
    ],
    layout: {
      'pod-orders': { x: 40, y: 40, w: 320, h: 300 },
      'c-orders': { x: 20, y: 50 },
      'c-fluentd': { x: 20, y: 180 },
      'svc-orders': { x: 40, y: 520 },
      'ext-elasticsearch': { x: 40, y: 680 },
    },
  };
}
