import { DESIGN_FORMAT, type Design } from '../../model/types';

/**
 * The design of the https-legacy template; equal to test/fixtures/tls-sidecar (a test keeps them so).
 */
export function httpsLegacyDesign(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'tls-sidecar',
    description:
      'The sidecar pattern from Designing Distributed Systems: an nginx sidecar terminates TLS for a legacy application that only speaks plain HTTP and listens on localhost, so the application gains HTTPS without a single change to its code.',
    namespace: 'legacy-orders',
    target: { kubernetes: '1.33' },
    pods: [
      {
        id: 'pod-legacy-orders',
        name: 'legacy-orders',
        description:
          'The legacy order service, made reachable over HTTPS. Two replicas behind a load balancer; each replica carries its own TLS terminator.',
        owner: 'team-orders',
        workload: 'Deployment',
        replicas: 2,
        containers: [
          {
            id: 'c-legacy-app',
            name: 'app',
            role: 'app',
            image: 'registry.example.com/legacy/orders:2.4.1',
            description:
              'The legacy order service. Speaks plain HTTP only and binds to 127.0.0.1, so nothing outside the pod can reach it except through the TLS sidecar.',
            docsUrl: 'https://git.example.com/legacy/orders/-/blob/v2.4.1/README.md',
            sourceUrl: 'https://git.example.com/legacy/orders',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'localhost',
                description: 'Plain HTTP API, bound to 127.0.0.1: only the TLS sidecar talks to it.',
                contract: {
                  name: 'legacy-orders-api',
                  version: '2.4.1',
                  protocol: 'http',
                  spec: 'https://git.example.com/legacy/orders/-/blob/v2.4.1/openapi.yaml',
                },
              },
            ],
            env: [
              {
                name: 'LISTEN_ADDR',
                value: '127.0.0.1:8080',
                description: 'Address the service binds to; localhost keeps plain HTTP inside the pod.',
                required: true,
              },
              {
                name: 'LOG_FORMAT',
                value: 'json',
                description: 'Log line format on stdout: json or text.',
                required: false,
              },
            ],
            mounts: [{ volume: 'tmp', path: '/tmp' }],
            probes: {
              liveness: {
                kind: 'exec',
                command: ['/usr/local/bin/orders', 'healthcheck', '--live'],
                periodSeconds: 10,
              },
              readiness: {
                kind: 'exec',
                command: ['/usr/local/bin/orders', 'healthcheck', '--ready'],
                periodSeconds: 5,
              },
            },
            resources: { cpuRequest: '250m', memoryRequest: '256Mi', memoryLimit: '512Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
          {
            id: 'c-tls-proxy',
            name: 'tls-proxy',
            role: 'sidecar',
            image: 'nginxinc/nginx-unprivileged:1.27.3-alpine',
            description:
              'Terminates TLS on port 8443 and proxies every request to the legacy app on 127.0.0.1:8080. Also answers /healthz on a plain port for the kubelet by asking the app.',
            docsUrl: 'https://github.com/nginxinc/docker-nginx-unprivileged',
            sourceUrl: 'https://github.com/nginxinc/docker-nginx-unprivileged',
            ports: [
              {
                name: 'https',
                port: 8443,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The order API over TLS: what clients and the Service use.',
                contract: {
                  name: 'legacy-orders-api',
                  version: '2.4.1',
                  protocol: 'https',
                  spec: 'https://git.example.com/legacy/orders/-/blob/v2.4.1/openapi.yaml',
                },
              },
              {
                name: 'health',
                port: 8081,
                protocol: 'TCP',
                scope: 'pod',
                description:
                  'Plain HTTP health endpoint for the kubelet: /healthz passes through to the app.',
                contract: { name: 'health', version: '1.0.0', protocol: 'health' },
              },
            ],
            env: [],
            mounts: [
              { volume: 'nginx-conf', path: '/etc/nginx/conf.d', readOnly: true },
              { volume: 'tls', path: '/etc/nginx/tls', readOnly: true },
              { volume: 'tmp', path: '/tmp' },
            ],
            probes: {
              startup: { kind: 'tcp', port: 'https', periodSeconds: 2, failureThreshold: 30 },
              readiness: { kind: 'http', port: 'health', path: '/healthz', periodSeconds: 5 },
              liveness: { kind: 'tcp', port: 'https', periodSeconds: 10 },
            },
            resources: { cpuRequest: '100m', memoryRequest: '64Mi', memoryLimit: '128Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
        ],
        volumes: [
          {
            name: 'nginx-conf',
            kind: 'configMap',
            files: [
              {
                path: 'default.conf',
                content:
                  'server {\n    listen 8443 ssl;\n    ssl_certificate     /etc/nginx/tls/tls.crt;\n    ssl_certificate_key /etc/nginx/tls/tls.key;\n    ssl_protocols       TLSv1.2 TLSv1.3;\n\n    location / {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_set_header Host $host;\n        proxy_set_header X-Forwarded-Proto https;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n}\n\nserver {\n    listen 8081;\n    location = /healthz {\n        proxy_pass http://127.0.0.1:8080/healthz;\n    }\n}\n',
              },
            ],
          },
          { name: 'tls', kind: 'secret' },
          { name: 'tmp', kind: 'emptyDir' },
        ],
      },
    ],
    services: [
      {
        id: 'svc-legacy-orders',
        name: 'legacy-orders',
        description:
          'The public HTTPS entry of the order service; port 443 reaches the TLS sidecar of every replica.',
        type: 'LoadBalancer',
        pod: 'pod-legacy-orders',
        ports: [{ name: 'https', port: 443, targetPort: 'https' }],
      },
    ],
    externals: [],
    connections: [
      {
        id: 'conn-tls-to-app',
        from: 'c-tls-proxy',
        to: { id: 'c-legacy-app', port: 'http' },
        requires: { contract: 'legacy-orders-api', range: '^2.4.0' },
        description: 'Decrypted requests, proxied over localhost.',
      },
    ],
    layout: {
      'pod-legacy-orders': { x: 40, y: 40, w: 320, h: 300 },
      'c-legacy-app': { x: 20, y: 50 },
      'c-tls-proxy': { x: 20, y: 180 },
      'svc-legacy-orders': { x: 40, y: 520 },
    },
    exportOptions: { networkPolicies: true, podDisruptionBudgets: true },
  };
}
