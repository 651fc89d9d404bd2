import { stringify } from 'yaml';
import type { Port } from '../../model/types';
import type { RenderedConfig } from './nginx';
import { relativeWeights, type Listener, type ProxyPlan, type Upstream } from './plan';

const HCM = 'envoy.filters.network.http_connection_manager';
const HCM_TYPE =
  'type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager';
const ROUTER = {
  name: 'envoy.filters.http.router',
  typed_config: { '@type': 'type.googleapis.com/envoy.extensions.filters.http.router.v3.Router' },
};
const HTTP_PROTOCOLS = new Set(['http', 'https', 'grpc']);

/**
 * An envoy bootstrap (`envoy.yaml`): per listening port a listener on the port's scope and a cluster
 * whose endpoints are the proxy's backends, weighted by the connections' weights. HTTP and gRPC get
 * an HTTP connection manager with retries and outlier detection (the load-balancing ambassador's
 * passive health checks); other protocols a TCP proxy. A weight of 0 drops the backend (envoy
 * refuses 0). Health ports answer `/healthz` themselves.
 */
export function renderEnvoy(plan: ProxyPlan): RenderedConfig {
  const notes = [...plan.notes];
  const listeners: unknown[] = [];
  const clusters: unknown[] = [];
  for (const listener of plan.listeners) {
    const endpoints = weightedEndpoints(listener.upstreams);
    if (endpoints.length === 0) {
      notes.push(`Port "${listener.port.name}" has no backend with traffic: connect the proxy to one.`);
      continue;
    }
    if (new Set(listener.upstreams.map((u) => u.tls)).size > 1) {
      notes.push(`Port "${listener.port.name}" mixes plain and TLS backends; one envoy cluster cannot.`);
      continue;
    }
    const http = listener.protocol !== undefined && HTTP_PROTOCOLS.has(listener.protocol);
    listeners.push(http ? httpListener(listener) : tcpListener(listener));
    clusters.push(cluster(listener, endpoints, http));
  }
  for (const port of plan.health) listeners.push(healthListener(port));
  if (listeners.length === 0) return { content: '', notes };
  const config = { static_resources: { listeners, clusters } };
  return { content: stringify(config, { lineWidth: 0, aliasDuplicateObjects: false }), notes };
}

function address(port: Port) {
  return {
    socket_address: { address: port.scope === 'localhost' ? '127.0.0.1' : '0.0.0.0', port_value: port.port },
  };
}

function httpManager(prefix: string, routes: unknown[]) {
  return {
    filter_chains: [
      {
        filters: [
          {
            name: HCM,
            typed_config: {
              '@type': HCM_TYPE,
              stat_prefix: prefix,
              route_config: { virtual_hosts: [{ name: prefix, domains: ['*'], routes }] },
              http_filters: [ROUTER],
            },
          },
        ],
      },
    ],
  };
}

function httpListener(listener: Listener) {
  const name = listener.port.name;
  const route = {
    match: { prefix: '/' },
    route: {
      cluster: name,
      retry_policy: { retry_on: 'connect-failure,refused-stream,unavailable', num_retries: 2 },
    },
  };
  return { name, address: address(listener.port), ...httpManager(name, [route]) };
}

function tcpListener(listener: Listener) {
  const name = listener.port.name;
  return {
    name,
    address: address(listener.port),
    filter_chains: [
      {
        filters: [
          {
            name: 'envoy.filters.network.tcp_proxy',
            typed_config: {
              '@type': 'type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy',
              stat_prefix: name,
              cluster: name,
            },
          },
        ],
      },
    ],
  };
}

function healthListener(port: Port) {
  const route = {
    match: { path: '/healthz' },
    direct_response: { status: 200, body: { inline_string: 'ok\n' } },
  };
  return { name: port.name, address: address(port), ...httpManager(port.name, [route]) };
}

interface Endpoint {
  upstream: Upstream;
  weight?: number;
}

function weightedEndpoints(upstreams: Upstream[]): Endpoint[] {
  const weights = relativeWeights(upstreams);
  return upstreams
    .map((upstream, i) => (weights ? { upstream, weight: weights[i]! } : { upstream }))
    .filter((e) => e.weight !== 0);
}

function cluster(listener: Listener, endpoints: Endpoint[], http: boolean) {
  const [first] = endpoints;
  const tls = first!.upstream.tls;
  return {
    name: listener.port.name,
    type: 'STRICT_DNS',
    connect_timeout: '1s',
    lb_policy: 'ROUND_ROBIN',
    ...(listener.protocol === 'grpc'
      ? {
          typed_extension_protocol_options: {
            'envoy.extensions.upstreams.http.v3.HttpProtocolOptions': {
              '@type': 'type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions',
              explicit_http_config: { http2_protocol_options: {} },
            },
          },
        }
      : {}),
    load_assignment: {
      cluster_name: listener.port.name,
      endpoints: [
        {
          lb_endpoints: endpoints.map((e) => ({
            endpoint: {
              address: { socket_address: { address: e.upstream.host, port_value: e.upstream.port } },
            },
            ...(e.weight !== undefined ? { load_balancing_weight: e.weight } : {}),
          })),
        },
      ],
    },
    ...(http && endpoints.length > 1
      ? { outlier_detection: { consecutive_5xx: 5, interval: '10s', base_ejection_time: '30s' } }
      : {}),
    ...(tls
      ? {
          transport_socket: {
            name: 'envoy.transport_sockets.tls',
            typed_config: {
              '@type': 'type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext',
              sni: first!.upstream.host,
            },
          },
        }
      : {}),
  };
}
