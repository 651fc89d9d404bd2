/**
 * Systems outside the design, as the input names them: the kind of an external guessed from its
 * port, its URL scheme or its host name; the conventional port of a scheme.
 */
import type { ExternalKind } from '../model/types';

interface Known {
  kind: ExternalKind;
  name: string;
}

const BY_PORT: Record<number, Known> = {
  5432: { kind: 'database', name: 'postgres' },
  3306: { kind: 'database', name: 'mysql' },
  1433: { kind: 'database', name: 'mssql' },
  1521: { kind: 'database', name: 'oracle' },
  27017: { kind: 'database', name: 'mongodb' },
  9042: { kind: 'database', name: 'cql' },
  26257: { kind: 'database', name: 'cockroachdb' },
  9200: { kind: 'database', name: 'elasticsearch' },
  6379: { kind: 'cache', name: 'redis' },
  11211: { kind: 'cache', name: 'memcached' },
  5672: { kind: 'queue', name: 'amqp' },
  5671: { kind: 'queue', name: 'amqps' },
  9092: { kind: 'queue', name: 'kafka' },
  4222: { kind: 'queue', name: 'nats' },
  1883: { kind: 'queue', name: 'mqtt' },
  61616: { kind: 'queue', name: 'activemq' },
  9090: { kind: 'monitoring', name: 'metrics' },
  4317: { kind: 'monitoring', name: 'otlp-grpc' },
  4318: { kind: 'monitoring', name: 'otlp-http' },
  9411: { kind: 'monitoring', name: 'zipkin' },
  14268: { kind: 'monitoring', name: 'jaeger' },
  8125: { kind: 'monitoring', name: 'statsd' },
  24224: { kind: 'logging', name: 'fluentd' },
  514: { kind: 'logging', name: 'syslog' },
  3100: { kind: 'logging', name: 'loki' },
  80: { kind: 'api', name: 'http' },
  443: { kind: 'api', name: 'https' },
};

/** URL schemes: the kind they imply and their default port. */
const BY_SCHEME: Record<string, Known & { port: number }> = {
  postgres: { kind: 'database', name: 'postgres', port: 5432 },
  postgresql: { kind: 'database', name: 'postgres', port: 5432 },
  mysql: { kind: 'database', name: 'mysql', port: 3306 },
  mongodb: { kind: 'database', name: 'mongodb', port: 27017 },
  'mongodb+srv': { kind: 'database', name: 'mongodb', port: 27017 },
  redis: { kind: 'cache', name: 'redis', port: 6379 },
  rediss: { kind: 'cache', name: 'redis', port: 6379 },
  memcached: { kind: 'cache', name: 'memcached', port: 11211 },
  amqp: { kind: 'queue', name: 'amqp', port: 5672 },
  amqps: { kind: 'queue', name: 'amqps', port: 5671 },
  kafka: { kind: 'queue', name: 'kafka', port: 9092 },
  nats: { kind: 'queue', name: 'nats', port: 4222 },
  mqtt: { kind: 'queue', name: 'mqtt', port: 1883 },
  http: { kind: 'api', name: 'http', port: 80 },
  https: { kind: 'api', name: 'https', port: 443 },
  ws: { kind: 'api', name: 'http', port: 80 },
  wss: { kind: 'api', name: 'https', port: 443 },
  grpc: { kind: 'api', name: 'grpc', port: 443 },
};

const BY_HOST_WORD: [RegExp, ExternalKind][] = [
  [
    /postgres|mysql|maria|mongo|sql|(^|[-.])db([-.]|$)|database|cassandra|cockroach|elastic|dynamo|spanner/,
    'database',
  ],
  [/redis|memcache|cache|valkey/, 'cache'],
  [/kafka|rabbit|amqp|nats|queue|(^|[-.])mq([-.]|$)|pubsub|sqs|sns/, 'queue'],
  [/prometheus|otel|collector|jaeger|zipkin|grafana|metrics|tempo|datadog|newrelic/, 'monitoring'],
  [/(^|[-.])(logs?|logging)([-.]|$)|fluent|logstash|loki|splunk|syslog/, 'logging'],
  [/(^|[-.])api([-.]|$)|googleapis|\.com$|\.io$|\.net$|\.org$/, 'api'],
];

export function schemeInfo(scheme: string): (Known & { port: number }) | undefined {
  const key = scheme.toLowerCase();
  return Object.hasOwn(BY_SCHEME, key) ? BY_SCHEME[key] : undefined;
}

export function portInfo(port: number): Known | undefined {
  return Object.hasOwn(BY_PORT, port) ? BY_PORT[port] : undefined;
}

/** The kind of an outside system: from its ports first, then its host name; `other` when nothing says. */
export function guessExternalKind(
  host: string,
  ports: readonly { port: number }[],
  scheme?: string,
): ExternalKind {
  const fromScheme = scheme ? schemeInfo(scheme) : undefined;
  if (fromScheme && fromScheme.kind !== 'api') return fromScheme.kind;
  for (const { port } of ports) {
    const known = portInfo(port);
    if (known && known.kind !== 'api') return known.kind;
  }
  const lower = host.toLowerCase();
  for (const [pattern, kind] of BY_HOST_WORD) if (pattern.test(lower)) return kind;
  if (fromScheme) return fromScheme.kind;
  for (const { port } of ports) if (portInfo(port)) return portInfo(port)!.kind;
  return 'other';
}
