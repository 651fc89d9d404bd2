import { DESIGN_FORMAT, type Contract, type Design } from '../../model/types';
import { HARDENED, resources } from '../hardening';
import type { TemplateMeta } from '../types';

const NEWS_WEB: Contract = { name: 'news-web', version: '2.7.0', protocol: 'http' };

/** Varnish in front of the replicas: the book's caching layer, health answered by the cache itself. */
const VCL = `vcl 4.1;

backend default {
    .host = "web";
    .port = "80";
}

sub vcl_recv {
    if (req.url == "/healthz") {
        return (synth(200, "OK"));
    }
}

sub vcl_backend_response {
    set beresp.ttl = 60s;
}
`;

function replicatedServiceDesign(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'replicated-service',
    description:
      'A replicated load-balanced service: identical, stateless news site replicas behind a Service, with a replicated Varnish caching layer in front that the public load balancer reaches.',
    target: { kubernetes: '1.33' },
    pods: [
      {
        id: 'pod-web',
        name: 'web',
        description: 'The news site: three identical stateless replicas; any of them can answer any request.',
        owner: 'team-news',
        workload: 'Deployment',
        replicas: 3,
        containers: [
          {
            id: 'c-web',
            name: 'web',
            role: 'app',
            image: 'registry.example.com/news/web:2.7.0',
            description:
              'Renders the news pages. Keeps no state between requests, so replicas can come and go.',
            docsUrl: 'https://git.example.com/news/web/-/blob/v2.7.0/README.md',
            sourceUrl: 'https://git.example.com/news/web',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The news pages.',
                contract: NEWS_WEB,
              },
            ],
            env: [],
            mounts: [],
            probes: {
              readiness: { kind: 'http', port: 'http', path: '/readyz', periodSeconds: 5 },
              liveness: { kind: 'http', port: 'http', path: '/livez', periodSeconds: 10 },
            },
            resources: resources('250m', '256Mi', '512Mi'),
            securityContext: HARDENED,
          },
        ],
        volumes: [],
      },
      {
        id: 'pod-cache',
        name: 'cache',
        description: 'The caching layer: two Varnish replicas that answer repeated requests from memory.',
        owner: 'team-news',
        workload: 'Deployment',
        replicas: 2,
        containers: [
          {
            id: 'c-varnish',
            name: 'varnish',
            role: 'app',
            image: 'varnish:7.6.1',
            description:
              'Caches pages for 60 seconds and forwards misses to the web Service; answers /healthz itself.',
            docsUrl: 'https://varnish-cache.org/docs/7.6/',
            sourceUrl: 'https://github.com/varnish/docker-varnish',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The news pages, cached.',
                contract: NEWS_WEB,
              },
            ],
            env: [
              {
                name: 'VARNISH_HTTP_PORT',
                value: '8080',
                description: 'The port Varnish listens on.',
                required: true,
              },
              {
                name: 'VARNISH_SIZE',
                value: '256M',
                description: 'Memory for cached objects; keep it under the memory limit.',
                required: true,
              },
            ],
            mounts: [
              { volume: 'vcl', path: '/etc/varnish', readOnly: true },
              { volume: 'work', path: '/var/lib/varnish' },
            ],
            probes: {
              readiness: { kind: 'http', port: 'http', path: '/healthz', periodSeconds: 5 },
              liveness: { kind: 'tcp', port: 'http', periodSeconds: 10 },
            },
            resources: resources('100m', '384Mi', '512Mi'),
            securityContext: HARDENED,
          },
        ],
        volumes: [
          { name: 'vcl', kind: 'configMap', files: [{ path: 'default.vcl', content: VCL }] },
          { name: 'work', kind: 'emptyDir' },
        ],
      },
    ],
    services: [
      {
        id: 'svc-news',
        name: 'news',
        description: 'The public entry: the load balancer spreads readers over the cache replicas.',
        type: 'LoadBalancer',
        pod: 'pod-cache',
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
      {
        id: 'svc-web',
        name: 'web',
        description: 'The site replicas, for the cache: ready replicas only.',
        type: 'ClusterIP',
        pod: 'pod-web',
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
    ],
    externals: [],
    connections: [
      {
        id: 'conn-cache-to-web',
        from: 'c-varnish',
        to: { id: 'svc-web', port: 'http' },
        requires: { contract: 'news-web', range: '^2.7.0' },
        description: 'Cache misses, balanced over the ready replicas.',
      },
    ],
    layout: {
      'pod-cache': { x: 80, y: 80, w: 200, h: 180 },
      'c-varnish': { x: 20, y: 60 },
      'pod-web': { x: 560, y: 80, w: 200, h: 180 },
      'c-web': { x: 20, y: 60 },
      'svc-news': { x: -230, y: 120 },
      'svc-web': { x: 330, y: 120 },
    },
    exportOptions: { podDisruptionBudgets: true },
  };
}

export const replicatedService: TemplateMeta = {
  id: 'replicated-service',
  title: 'Replicated load-balanced service',
  family: 'serving',
  summary:
    'Three stateless replicas behind a Service, with readiness probes and a Varnish caching layer in front.',
  explanation: {
    pattern:
      'Identical, stateless replicas sit behind a load-balancing Service, so any replica can answer any request and one can fail or be replaced while the others serve. Readiness probes tell the Service which replicas may receive traffic. A replicated caching layer in front answers repeated requests from memory and forwards only the misses.',
    whenToUse:
      'Request/response serving where each request stands alone and capacity and availability should grow by adding copies: web front ends, stateless APIs.',
    tradeOffs:
      'The simplest pattern to scale and to upgrade without downtime, but only for stateless apps: sessions and data must live elsewhere. Two replicas cost twice the resources of one. The cache is another tier to run and can serve pages up to its time-to-live out of date.',
    source:
      'Designing Distributed Systems (Brendan Burns, O’Reilly 2018), chapter 5, “Replicated Load-Balanced Services”, with its caching layer.',
  },
  design: replicatedServiceDesign,
};
