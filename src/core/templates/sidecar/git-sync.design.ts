import { DESIGN_FORMAT, type Design } from '../../model/types';

/**
 * The design of the git-sync template; equal to test/fixtures/git-sync (a test keeps them so).
 */
export function gitSyncDesign(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'git-sync',
    description:
      'The sidecar pattern with a shared volume: git-sync keeps a checkout of the documentation repository fresh in an emptyDir, and nginx serves it. Publishing the site is a git push.',
    target: { kubernetes: '1.33' },
    pods: [
      {
        id: 'pod-docs-site',
        name: 'docs-site',
        description: 'The documentation web site, served straight from the main branch of its repository.',
        owner: 'team-docs',
        workload: 'Deployment',
        replicas: 2,
        containers: [
          {
            id: 'c-docs-web',
            name: 'web',
            role: 'app',
            image: 'nginxinc/nginx-unprivileged:1.27.3-alpine',
            description:
              'Serves the static site from the checkout that git-sync maintains in the shared volume.',
            docsUrl: 'https://github.com/nginxinc/docker-nginx-unprivileged',
            sourceUrl: 'https://github.com/nginxinc/docker-nginx-unprivileged',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The static site over HTTP.',
                contract: { name: 'docs-site', version: '1.0.0', protocol: 'http' },
              },
            ],
            env: [],
            mounts: [
              { volume: 'content', path: '/git', readOnly: true },
              { volume: 'nginx-conf', path: '/etc/nginx/conf.d', readOnly: true },
              { volume: 'tmp', path: '/tmp' },
            ],
            probes: {
              readiness: { kind: 'http', port: 'http', path: '/index.html', periodSeconds: 5 },
              liveness: { kind: 'tcp', port: 'http', periodSeconds: 10 },
            },
            resources: { cpuRequest: '100m', memoryRequest: '64Mi', memoryLimit: '128Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
          {
            id: 'c-git-sync',
            name: 'git-sync',
            role: 'sidecar',
            image: 'registry.k8s.io/git-sync/git-sync:v4.4.0',
            description:
              'Clones the documentation repository into the shared volume and pulls every minute; swaps the `current` link atomically so nginx never serves a half-written tree.',
            docsUrl: 'https://github.com/kubernetes/git-sync/blob/v4.4.0/README.md',
            sourceUrl: 'https://github.com/kubernetes/git-sync',
            ports: [
              {
                name: 'health',
                port: 2020,
                protocol: 'TCP',
                scope: 'pod',
                description: 'git-sync health endpoint: 200 once the first sync has succeeded.',
                contract: { name: 'git-sync-health', version: '4.0.0', protocol: 'health' },
              },
            ],
            env: [
              {
                name: 'GITSYNC_REPO',
                value: 'https://git.example.com/docs/site.git',
                description: 'The repository to clone.',
                required: true,
              },
              {
                name: 'GITSYNC_REF',
                value: 'main',
                description: 'Branch, tag or commit to follow.',
                required: true,
              },
              {
                name: 'GITSYNC_ROOT',
                value: '/git',
                description: 'Where the checkouts live: the shared volume.',
                required: true,
              },
              {
                name: 'GITSYNC_LINK',
                value: 'current',
                description: 'Name of the symlink that points at the latest checkout.',
                required: true,
              },
              { name: 'GITSYNC_PERIOD', value: '60s', description: 'How often to pull.', required: true },
              {
                name: 'GITSYNC_HTTP_BIND',
                value: ':2020',
                description: 'Address of the health endpoint.',
                required: true,
              },
            ],
            mounts: [{ volume: 'content', path: '/git' }],
            probes: {
              startup: { kind: 'http', port: 'health', path: '/', periodSeconds: 2, failureThreshold: 60 },
              liveness: { kind: 'tcp', port: 'health', periodSeconds: 20 },
            },
            resources: { cpuRequest: '50m', memoryRequest: '32Mi', memoryLimit: '128Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
        ],
        volumes: [
          { name: 'content', kind: 'emptyDir' },
          {
            name: 'nginx-conf',
            kind: 'configMap',
            files: [
              {
                path: 'default.conf',
                content:
                  'server {\n    listen 8080;\n    root /git/current/public;\n    index index.html;\n    location / {\n        try_files $uri $uri/ =404;\n    }\n}\n',
              },
            ],
          },
          { name: 'tmp', kind: 'emptyDir' },
        ],
      },
    ],
    services: [
      {
        id: 'svc-docs-site',
        name: 'docs-site',
        description: 'The documentation site inside the cluster; an ingress in front of it is out of scope.',
        type: 'ClusterIP',
        pod: 'pod-docs-site',
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
    ],
    externals: [
      {
        id: 'ext-docs-repo',
        name: 'docs-repo',
        description: 'The Git server that hosts the documentation repository.',
        kind: 'api',
        host: 'git.example.com',
        ports: [
          {
            name: 'https',
            port: 443,
            protocol: 'TCP',
            contract: { name: 'git-smart-http', version: '2.0.0', protocol: 'https' },
          },
        ],
      },
    ],
    connections: [
      {
        id: 'conn-git-sync-to-repo',
        from: 'c-git-sync',
        to: { id: 'ext-docs-repo', port: 'https' },
        requires: { contract: 'git-smart-http', range: '^2.0.0' },
        description: 'Clone and fetch over HTTPS, every GITSYNC_PERIOD.',
      },
    ],
    layout: {
      'pod-docs-site': { x: 40, y: 40, w: 320, h: 300 },
      'c-docs-web': { x: 20, y: 50 },
      'c-git-sync': { x: 20, y: 180 },
      'svc-docs-site': { x: 40, y: 520 },
      'ext-docs-repo': { x: 40, y: 680 },
    },
  };
}
