import { DESIGN_FORMAT, type Design } from '../../model/types';

/**
 * The design of the mysql-health-adapter template; equal to test/fixtures/mysql-health-adapter (a test keeps them so).
 */
export function mysqlHealthAdapterDesign(): Design {
  return {
    format: DESIGN_FORMAT,
    name: 'mysql-health-adapter',
    description:
      'The adapter pattern for health checks (Designing Distributed Systems, Adapters): MySQL has no HTTP health endpoint, so an adapter in its pod runs a real query against it over localhost and answers GET /healthz, the interface every health checker understands.',
    target: { kubernetes: '1.33' },
    pods: [
      {
        id: 'pod-mysql',
        name: 'mysql',
        description: 'The inventory database with its health adapter.',
        owner: 'team-inventory',
        workload: 'StatefulSet',
        replicas: 1,
        containers: [
          {
            id: 'c-mysql',
            name: 'mysql',
            role: 'app',
            image: 'bitnami/mysql:8.4.3',
            description: 'MySQL holding the inventory database.',
            docsUrl: 'https://github.com/bitnami/containers/blob/main/bitnami/mysql/README.md',
            sourceUrl: 'https://github.com/bitnami/containers/tree/main/bitnami/mysql',
            ports: [
              {
                name: 'mysql',
                port: 3306,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The MySQL protocol, for the inventory service and the health adapter.',
                contract: { name: 'mysql-protocol', version: '8.4.3', protocol: 'mysql' },
              },
            ],
            env: [
              {
                name: 'MYSQL_ROOT_PASSWORD',
                description: 'The root password.',
                required: true,
                secret: true,
              },
              {
                name: 'MYSQL_DATABASE',
                value: 'inventory',
                description: 'The database created on first start.',
                required: true,
              },
              {
                name: 'MYSQL_USER',
                value: 'inventory',
                description: 'The application user.',
                required: true,
              },
              {
                name: 'MYSQL_PASSWORD',
                description: 'Password of the application user.',
                required: true,
                secret: true,
              },
            ],
            mounts: [
              { volume: 'data', path: '/bitnami/mysql/data' },
              { volume: 'tmp', path: '/opt/bitnami/mysql/tmp' },
            ],
            probes: {
              readiness: { kind: 'tcp', port: 'mysql', periodSeconds: 5 },
              liveness: {
                kind: 'exec',
                command: ['mysqladmin', 'ping', '-h', '127.0.0.1', '--silent'],
                periodSeconds: 10,
              },
            },
            resources: { cpuRequest: '500m', memoryRequest: '1Gi', memoryLimit: '2Gi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
          {
            id: 'c-mysql-health',
            name: 'health',
            role: 'adapter',
            image: 'registry.example.com/platform/mysql-health-adapter:1.3.0',
            description:
              'Health adapter: on GET /healthz runs SELECT 1 against MySQL over localhost and answers 200 or 503, so load balancers and monitors can check the database over plain HTTP.',
            docsUrl: 'https://git.example.com/platform/mysql-health-adapter/-/blob/v1.3.0/README.md',
            sourceUrl: 'https://git.example.com/platform/mysql-health-adapter',
            ports: [
              {
                name: 'health',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'GET /healthz: 200 when MySQL answers a query, 503 otherwise.',
                contract: { name: 'http-health', version: '1.0.0', protocol: 'health' },
              },
            ],
            env: [
              {
                name: 'MYSQL_ADDR',
                value: '127.0.0.1:3306',
                description: 'The database to check: the app on localhost.',
                required: true,
              },
              {
                name: 'MYSQL_USER',
                value: 'inventory',
                description: 'The user the check query runs as.',
                required: true,
              },
              { name: 'MYSQL_PASSWORD', description: 'Its password.', required: true, secret: true },
            ],
            mounts: [],
            probes: {
              readiness: { kind: 'tcp', port: 'health', periodSeconds: 10 },
              liveness: { kind: 'http', port: 'health', path: '/livez', periodSeconds: 20 },
            },
            resources: { cpuRequest: '25m', memoryRequest: '16Mi', memoryLimit: '32Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
        ],
        volumes: [
          { name: 'data', kind: 'persistent', size: '20Gi' },
          { name: 'tmp', kind: 'emptyDir' },
        ],
      },
      {
        id: 'pod-inventory',
        name: 'inventory',
        description: 'The inventory service: stock levels per product, stored in MySQL.',
        owner: 'team-inventory',
        workload: 'Deployment',
        replicas: 2,
        containers: [
          {
            id: 'c-inventory',
            name: 'inventory',
            role: 'app',
            image: 'registry.example.com/shop/inventory:4.0.3',
            description: 'Serves and updates stock levels.',
            docsUrl: 'https://git.example.com/shop/inventory/-/blob/v4.0.3/README.md',
            sourceUrl: 'https://git.example.com/shop/inventory',
            ports: [
              {
                name: 'http',
                port: 8080,
                protocol: 'TCP',
                scope: 'pod',
                description: 'The inventory API.',
                contract: {
                  name: 'inventory-api',
                  version: '4.0.3',
                  protocol: 'http',
                  spec: 'https://git.example.com/shop/inventory/-/blob/v4.0.3/openapi.yaml',
                },
              },
            ],
            env: [
              { name: 'DB_HOST', value: 'mysql', description: 'The database service.', required: true },
              { name: 'DB_USER', value: 'inventory', description: 'The database user.', required: true },
              { name: 'DB_PASSWORD', description: 'The database password.', required: true, secret: true },
            ],
            mounts: [],
            probes: {
              readiness: { kind: 'http', port: 'http', path: '/readyz', periodSeconds: 5 },
              liveness: { kind: 'http', port: 'http', path: '/livez', periodSeconds: 10 },
            },
            resources: { cpuRequest: '200m', memoryRequest: '256Mi', memoryLimit: '512Mi' },
            securityContext: {
              runAsNonRoot: true,
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
            },
          },
        ],
        volumes: [],
      },
    ],
    services: [
      {
        id: 'svc-mysql',
        name: 'mysql',
        description:
          'Headless: the database by its stable name mysql-0.mysql; also the governing Service of the StatefulSet.',
        type: 'Headless',
        pod: 'pod-mysql',
        ports: [{ name: 'mysql', port: 3306, targetPort: 'mysql' }],
      },
      {
        id: 'svc-mysql-health',
        name: 'mysql-health',
        description: 'The database health over HTTP, for monitors and load balancers.',
        type: 'ClusterIP',
        pod: 'pod-mysql',
        ports: [{ name: 'http', port: 80, targetPort: 'health' }],
      },
      {
        id: 'svc-inventory',
        name: 'inventory',
        description: 'The inventory API.',
        type: 'ClusterIP',
        pod: 'pod-inventory',
        ports: [{ name: 'http', port: 80, targetPort: 'http' }],
      },
    ],
    externals: [],
    connections: [
      {
        id: 'conn-health-to-mysql',
        from: 'c-mysql-health',
        to: { id: 'c-mysql', port: 'mysql' },
        requires: { contract: 'mysql-protocol', range: '>=8.0.0' },
        description: 'SELECT 1 over localhost, on every /healthz request.',
      },
      {
        id: 'conn-inventory-to-mysql',
        from: 'c-inventory',
        to: { id: 'svc-mysql', port: 'mysql' },
        requires: { contract: 'mysql-protocol', range: '^8.4.0' },
        description: 'Stock reads and updates.',
      },
    ],
    layout: {
      'pod-mysql': { x: 40, y: 40, w: 320, h: 300 },
      'c-mysql': { x: 20, y: 50 },
      'c-mysql-health': { x: 20, y: 180 },
      'pod-inventory': { x: 420, y: 40, w: 320, h: 170 },
      'c-inventory': { x: 20, y: 50 },
      'svc-mysql': { x: 40, y: 520 },
      'svc-mysql-health': { x: 300, y: 520 },
      'svc-inventory': { x: 560, y: 520 },
    },
    exportOptions: { podDisruptionBudgets: true },
  };
}
