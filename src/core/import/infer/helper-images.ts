/**
 * Well-known helper images and container names, and the role each usually plays. `proxy` means the
 * traffic decides: a proxy the app calls is an ambassador; one in front of the app is a sidecar.
 * Patterns match the image's repository name (no registry, no tag) or the container's name.
 */
import type { Role } from '../../model/types';

export type HelperHint = Exclude<Role, 'app' | 'init'> | 'proxy';

export interface HelperPattern {
  pattern: RegExp;
  hint: HelperHint;
  /** What it is, for the note that explains the guess. */
  what: string;
}

export const HELPER_PATTERNS: readonly HelperPattern[] = [
  // Names that say the role outright (the Kubernetes documentation's own examples).
  { pattern: /(^|-)ambassador(-|$)/, hint: 'ambassador', what: 'named an ambassador' },
  { pattern: /(^|-)adapter(-|$)/, hint: 'adapter', what: 'named an adapter' },
  // Proxies: direction decides.
  {
    pattern:
      /^(envoy|envoyproxy|istio-proxy|proxyv2|linkerd-proxy|linkerd2-proxy|oauth2-proxy|kube-rbac-proxy)$/,
    hint: 'proxy',
    what: 'a proxy',
  },
  {
    pattern: /^(nginx|nginx-unprivileged|openresty|haproxy|traefik|caddy|httpd|apache|varnish)$/,
    hint: 'proxy',
    what: 'a web server or load balancer',
  },
  // Ambassadors: brokers of the app's connections to the outside.
  {
    pattern:
      /^(twemproxy|nutcracker|mcrouter|cloud-sql-proxy|cloudsql-proxy|gce-proxy|pgbouncer|proxysql|socat|stunnel|ghostunnel|cloud-sql-auth-proxy)$/,
    hint: 'ambassador',
    what: 'a connection broker',
  },
  // Adapters: they read the app and offer a standard interface (metrics, logs, traces).
  { pattern: /(^|[-_])exporter$/, hint: 'adapter', what: 'a Prometheus exporter' },
  {
    pattern:
      /^(fluentd|fluent-bit|fluentbit|fluentd-gcp|fluentd-elasticsearch|filebeat|promtail|vector|logstash|telegraf|jaeger-agent|datadog-agent|statsd|otel-agent)$/,
    hint: 'adapter',
    what: 'a log or metrics agent',
  },
  {
    pattern:
      /^(opentelemetry-collector|opentelemetry-collector-contrib|otelcol|otelcol-contrib|otel-collector)$/,
    hint: 'adapter',
    what: 'an OpenTelemetry collector',
  },
  // Sidecars: they share a volume or the network with the app and add to it.
  {
    pattern:
      /^(git-sync|configmap-reload|config-reloader|prometheus-config-reloader|vault-agent|consul-template|logrotate|cert-manager-csi|envconsul)$/,
    hint: 'sidecar',
    what: 'a sync or reload helper',
  },
];

/** The repository name of an image: `gcr.io/x/fluent-bit:2.1@sha256:…` -> `fluent-bit`. */
export function imageRepository(image: string): string {
  const path = image.split('@', 1)[0]!;
  const last = path.slice(path.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  return (colon === -1 ? last : last.slice(0, colon)).toLowerCase();
}

/** The first pattern that the container's image or name matches. */
export function helperHint(image: string, name: string): HelperPattern | undefined {
  const repository = imageRepository(image);
  const lowerName = name.toLowerCase();
  return HELPER_PATTERNS.find((entry) => entry.pattern.test(lowerName) || entry.pattern.test(repository));
}

/** Port names and numbers of a standard interface an adapter offers. */
export function isStandardInterfacePort(port: { name: string; port: number }): boolean {
  return (
    /metrics|prom|health|otlp|logs?$|stats|trace|zipkin|jaeger/.test(port.name) ||
    port.port === 9090 ||
    (port.port >= 9100 && port.port <= 9999)
  );
}
