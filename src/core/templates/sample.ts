import { DESIGN_FORMAT, type Design } from '../model/types';

/**
 * The design a first visit opens with: the book's first sidecar example. A legacy web app that
 * only speaks HTTP on localhost gets HTTPS from an nginx sidecar in its pod; a Service sends
 * traffic to the sidecar; the app keeps its data in a managed PostgreSQL outside the cluster.
 */
export function sampleDesign(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'legacy-shop',
    description: 'A legacy web shop given HTTPS by a TLS-terminating sidecar, without touching its code.',
    target: { kubernetes: '1.33' },
    pods: [
      {
        id: 'pod-shop',
        name: 'shop',
        description: 'The shop front end: the legacy app and the sidecar that adds HTTPS to it.',
        owner: 'team-storefront',
        workload: 'Deployment',
        replicas: 2,
        containers: [
          {
            id: 'ctr-shop-app',
            name: 'app',
            role: 'app',
            image: 'registry.example.com/shop/legacy-web:4.2.1',
            description: 'The legacy shop application. It serves plain HTTP and listens on localhost only.',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'localhost',
                description: 'Plain HTTP, reachable only from inside the pod.',
                contract: { name: 'shop-web', version: '4.2.0', protocol: 'http' },
              },
            ],
            env: [
              {
                name: 'DATABASE_HOST',
                value: 'orders-db.example.com',
                description: 'Host of the orders database.',
              },
              {
                name: 'DATABASE_PASSWORD',
                secret: true,
                required: true,
                description: 'Password of the shop database user.',
              },
            ],
            mounts: [],
            // The app listens on localhost only and the kubelet probes the pod IP, so it checks itself from inside.
            probes: {
              readiness: {
                kind: 'exec',
                command: ['wget', '-q', '-O', '/dev/null', 'http://127.0.0.1:8080/healthz'],
                periodSeconds: 10,
              },
              liveness: {
                kind: 'exec',
                // Liveness asks only "does the process answer at all?", not readiness's "can it serve?".
                command: ['wget', '-q', '-O', '/dev/null', 'http://127.0.0.1:8080/'],
                periodSeconds: 20,
                failureThreshold: 3,
              },
            },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
            resources: { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '256Mi', memoryLimit: '512Mi' },
          },
          {
            id: 'ctr-shop-tls',
            name: 'tls',
            role: 'sidecar',
            image: 'nginx:1.27.3',
            description: 'Terminates TLS on port 8443 and proxies requests to the app on localhost:8080.',
            docsUrl: 'https://nginx.org/en/docs/http/configuring_https_servers.html',
            ports: [
              {
                name: 'https',
                port: 8443,
                protocol: 'TCP',
                scope: 'pod',
                description: 'HTTPS for clients of the shop.',
                contract: { name: 'shop-web', version: '4.2.0', protocol: 'https' },
              },
            ],
            env: [],
            mounts: [{ volume: 'tls-config', path: '/etc/nginx/conf.d', readOnly: true }],
            probes: { readiness: { kind: 'tcp', port: 'https', periodSeconds: 10 } },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
            resources: { cpuRequest: '50m', cpuLimit: '200m', memoryRequest: '32Mi', memoryLimit: '64Mi' },
          },
        ],
        volumes: [
          {
            name: 'tls-config',
            kind: 'configMap',
            files: [
              {
                path: 'default.conf',
                content:
                  'server {\n  listen 8443 ssl;\n  ssl_certificate /etc/tls/tls.crt;\n  ssl_certificate_key /etc/tls/tls.key;\n  location / { proxy_pass http://127.0.0.1:8080; }\n}\n',
              },
            ],
          },
        ],
      },
    ],
    services: [
      {
        id: 'svc-shop',
        name: 'shop',
        description: 'The shop, over HTTPS, for the rest of the cluster and the ingress.',
        type: 'ClusterIP',
        pod: 'pod-shop',
        ports: [{ name: 'https', port: 443, targetPort: 'https' }],
      },
    ],
    externals: [
      {
        id: 'ext-orders-db',
        name: 'orders-db',
        description: 'The managed PostgreSQL database that keeps orders and customers.',
        kind: 'database',
        host: 'orders-db.example.com',
        ports: [
          {
            name: 'postgres',
            port: 5432,
            protocol: 'TCP',
            contract: { name: 'postgres', version: '16.4.0', protocol: 'postgres' },
          },
        ],
      },
    ],
    connections: [
      {
        id: 'conn-tls-app',
        from: 'ctr-shop-tls',
        to: { id: 'ctr-shop-app', port: 'http' },
        description: 'Decrypted requests, proxied over localhost.',
      },
      {
        id: 'conn-app-db',
        from: 'ctr-shop-app',
        to: { id: 'ext-orders-db', port: 'postgres' },
        requires: { contract: 'postgres', range: '>=14.0.0' },
        description: 'Orders and customers are read and written here.',
      },
    ],
    layout: {
      'pod-shop': { x: 80, y: 80, w: 460, h: 200 },
      'ctr-shop-app': { x: 250, y: 60 },
      'ctr-shop-tls': { x: 20, y: 60 },
      'svc-shop': { x: -220, y: 140 },
      'ext-orders-db': { x: 680, y: 140 },
    },
  };
}
