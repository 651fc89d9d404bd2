import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sequentialIds, setIdSource } from '../../model/ids';
import { integrityIssues } from '../../model/integrity';
import type { Design } from '../../model/types';
import { importManifests, type ImportNote } from '..';

let restore: () => void;
beforeEach(() => {
  restore = setIdSource(sequentialIds());
});
afterEach(() => restore());

function load(text: string): { design: Design; notes: ImportNote[] } {
  const result = importManifests([{ name: 'm.yaml', text }]);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  expect(integrityIssues(result.design)).toEqual([]);
  return result;
}

const deployment = (spec: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
${extra}spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web, tier: front}
    spec:
${spec}`;

describe('workloads', () => {
  it.each([
    [
      'Deployment',
      'apps/v1',
      'spec:\n  replicas: 2\n  template:\n    spec:\n      containers: [{name: a, image: x}]',
      { workload: 'Deployment', replicas: 2 },
    ],
    [
      'StatefulSet',
      'apps/v1',
      'spec:\n  template:\n    spec:\n      containers: [{name: a, image: x}]',
      { workload: 'StatefulSet' },
    ],
    [
      'DaemonSet',
      'apps/v1',
      'spec:\n  template:\n    spec:\n      containers: [{name: a, image: x}]',
      { workload: 'DaemonSet', replicas: 1 },
    ],
    [
      'Job',
      'batch/v1',
      'spec:\n  template:\n    spec:\n      containers: [{name: a, image: x}]',
      { workload: 'Job' },
    ],
    [
      'CronJob',
      'batch/v1',
      'spec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: a, image: x}]',
      { workload: 'CronJob', schedule: '*/5 * * * *' },
    ],
    ['Pod', 'v1', 'spec:\n  containers: [{name: a, image: x}]', { workload: 'Pod' }],
    [
      'ReplicationController',
      'v1',
      'spec:\n  replicas: 4\n  template:\n    spec:\n      containers: [{name: a, image: x}]',
      { workload: 'Deployment', replicas: 4 },
    ],
  ])('%s becomes a pod', (kind, apiVersion, spec, pod) => {
    const { design, notes } = load(
      `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: Web_App}\n${spec}\n`,
    );
    expect(design.pods).toMatchObject([
      { name: 'web-app', ...pod, containers: [{ name: 'a', image: 'x', role: 'app' }] },
    ]);
    expect(notes.find((n) => n.code === 'name-changed')).toMatchObject({ line: 3 });
    if (kind === 'ReplicationController') expect(notes.map((n) => n.code)).toContain('workload-kind-mapped');
  });

  it('reads containers completely', () => {
    const { design } = load(
      deployment(`      containers:
      - name: app
        image: shop:1.2
        command: [/bin/shop]
        args: [--port, 8080]
        ports: [{name: http, containerPort: 8080}, {containerPort: 9090, protocol: UDP}]
        env:
        - {name: MODE, value: prod}
        - name: PASSWORD
          valueFrom: {secretKeyRef: {name: web, key: PASSWORD, optional: true}}
        volumeMounts: [{name: data, mountPath: /data, readOnly: true}]
        readinessProbe: {httpGet: {path: /ready, port: http}, periodSeconds: 5}
        livenessProbe: {tcpSocket: {port: 8080}, failureThreshold: 4}
        resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {cpu: 1, memory: 128Mi}}
        securityContext: {runAsNonRoot: true, readOnlyRootFilesystem: true}
      volumes: [{name: data, emptyDir: {}}]
`),
    );
    expect(design.pods[0]).toMatchObject({
      replicas: 3,
      labels: { app: 'web', tier: 'front' },
      volumes: [{ name: 'data', kind: 'emptyDir' }],
      containers: [
        {
          command: ['/bin/shop'],
          args: ['--port', '8080'],
          ports: [
            { name: 'http', port: 8080, protocol: 'TCP', scope: 'pod' },
            { name: 'metrics', port: 9090, protocol: 'UDP' },
          ],
          env: [
            { name: 'MODE', value: 'prod' },
            { name: 'PASSWORD', secret: true, required: false },
          ],
          mounts: [{ volume: 'data', path: '/data', readOnly: true }],
          probes: {
            readiness: { kind: 'http', path: '/ready', port: 'http', periodSeconds: 5 },
            liveness: { kind: 'tcp', port: 'http', failureThreshold: 4 },
          },
          resources: { cpuRequest: '100m', memoryRequest: '64Mi', cpuLimit: '1', memoryLimit: '128Mi' },
          securityContext: { runAsNonRoot: true, readOnlyRootFilesystem: true },
        },
      ],
    });
  });

  it('tells native sidecars and init containers apart', () => {
    const { design } = load(
      deployment(`      initContainers:
      - {name: migrate, image: shop:1.2}
      - {name: proxy, image: envoyproxy/envoy:v1.31, restartPolicy: Always}
      containers:
      - {name: app, image: shop:1.2}
`),
    );
    expect(design.pods[0]!.containers).toMatchObject([
      { name: 'app', role: 'app' },
      { name: 'migrate', role: 'init' },
      { name: 'proxy', role: 'sidecar', roleInferred: true },
    ]);
    expect(design.pods[0]!.containers[1]!.roleInferred).toBeUndefined();
  });

  it('declares a probe port the container does not, and names it', () => {
    const { design, notes } = load(
      deployment(`      containers:
      - name: app
        image: x
        livenessProbe: {httpGet: {path: /, port: 8081}}
`),
    );
    expect(design.pods[0]!.containers[0]).toMatchObject({
      ports: [{ name: 'p8081', port: 8081 }],
      probes: { liveness: { port: 'p8081' } },
    });
    expect(notes.find((n) => n.code === 'port-declared')).toMatchObject({ line: 16 });
  });

  it('moves ConfigMap files and claim sizes into the volumes that use them, and keeps the rest', () => {
    const { design, notes } =
      load(`${deployment(`      containers: [{name: app, image: x, volumeMounts: [{name: conf, mountPath: /etc/app}, {name: data, mountPath: /data}]}]
      volumes:
      - {name: conf, configMap: {name: web-conf, items: [{key: app.conf, path: conf.d/app.conf}]}}
      - {name: data, persistentVolumeClaim: {claimName: web-data}}
`)}---
apiVersion: v1
kind: ConfigMap
metadata: {name: web-conf}
data: {app.conf: "listen 80;"}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: web-data}
spec: {resources: {requests: {storage: 5Gi}}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: unrelated}
data: {a: b}
`);
    expect(design.pods[0]!.volumes).toEqual([
      { name: 'conf', kind: 'configMap', files: [{ path: 'conf.d/app.conf', content: 'listen 80;' }] },
      { name: 'data', kind: 'persistent', size: '5Gi' },
    ]);
    expect(design.passthrough).toMatchObject([{ kind: 'ConfigMap', name: 'unrelated' }]);
    expect(notes.find((n) => n.code === 'kept-as-is')).toMatchObject({ line: 28, severity: 'info' });
  });
});

describe('services', () => {
  const pod = `apiVersion: v1
kind: Pod
metadata: {name: api, labels: {app: api}}
spec:
  containers:
  - name: app
    image: api:1
    ports: [{containerPort: 8080}, {name: metrics, containerPort: 9100}]
---
`;

  it.each([
    [
      'a numeric target port naming an unnamed port',
      '{port: 80, targetPort: 8080, name: web}',
      { name: 'web', port: 80, targetPort: 'web' },
      'web',
    ],
    [
      'a named target port',
      '{port: 9100, targetPort: metrics, name: metrics}',
      { name: 'metrics', port: 9100, targetPort: 'metrics' },
      'http',
    ],
    ['no target port', '{port: 8080}', { name: 'http', port: 8080, targetPort: 'http' }, 'http'],
    ['an undeclared target port', '{port: 81, targetPort: 7000}', { port: 81, targetPort: 'p7000' }, 'http'],
  ])('%s', (_name, port, expected, appPortName) => {
    const { design } = load(
      `${pod}apiVersion: v1\nkind: Service\nmetadata: {name: api}\nspec:\n  selector: {app: api}\n  ports: [${port}]\n`,
    );
    expect(design.services).toMatchObject([
      { name: 'api', type: 'ClusterIP', pod: design.pods[0]!.id, ports: [expected] },
    ]);
    expect(design.pods[0]!.containers[0]!.ports[0]!.name).toBe(appPortName);
  });

  it.each([
    ['headless', 'clusterIP: None', 'Headless'],
    ['NodePort', 'type: NodePort', 'NodePort'],
    ['LoadBalancer', 'type: LoadBalancer', 'LoadBalancer'],
  ])('%s', (_name, field, type) => {
    const { design } = load(
      `${pod}apiVersion: v1\nkind: Service\nmetadata: {name: api}\nspec:\n  ${field}\n  selector: {app: api}\n  ports: [{port: 8080}]\n`,
    );
    expect(design.services[0]!.type).toBe(type);
  });

  it('notes a selector that matches no pod', () => {
    const { design, notes } = load(
      `${pod}apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:\n  selector: {app: db}\n  ports: [{port: 5432}]\n`,
    );
    expect(design.services[0]).toMatchObject({
      pod: '',
      ports: [{ name: 'postgres', targetPort: 'postgres' }],
    });
    expect(notes.find((n) => n.code === 'service-selects-nothing')).toMatchObject({
      severity: 'warning',
      line: 14,
    });
  });

  it('turns an ExternalName Service into an external', () => {
    const { design } = load(
      `apiVersion: v1\nkind: Service\nmetadata: {name: orders-db}\nspec:\n  type: ExternalName\n  externalName: orders.db.example.com\n  ports: [{port: 5432}]\n`,
    );
    expect(design.externals).toMatchObject([
      {
        name: 'orders-db',
        kind: 'database',
        host: 'orders.db.example.com',
        ports: [{ name: 'postgres', port: 5432 }],
      },
    ]);
  });
});

describe('kinds the design does not model', () => {
  it.each(['Ingress', 'HorizontalPodAutoscaler', 'ServiceAccount', 'NetworkPolicy', 'Widget'])(
    'keeps a %s as-is, with a note',
    (kind) => {
      const text = `apiVersion: example.io/v1\nkind: ${kind}\nmetadata: {name: thing, namespace: shop}\nspec: {a: [1, 2]}\n`;
      const { design, notes } = load(text);
      expect(design.passthrough).toEqual([
        {
          apiVersion: 'example.io/v1',
          kind,
          name: 'thing',
          namespace: 'shop',
          object: {
            apiVersion: 'example.io/v1',
            kind,
            metadata: { name: 'thing', namespace: 'shop' },
            spec: { a: [1, 2] },
          },
        },
      ]);
      expect(notes).toMatchObject([
        {
          code: 'kept-as-is',
          line: 1,
          column: 1,
          message: expect.stringContaining(`${kind} thing kept as-is`),
        },
      ]);
    },
  );

  it('never keeps a Secret', () => {
    const { design, notes } = load(
      'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {password: aHVudGVyMg==}\n',
    );
    expect(design.passthrough).toBeUndefined();
    expect(notes[0]).toMatchObject({ code: 'secret-not-kept', severity: 'warning' });
  });
});

describe('connections and externals from env values', () => {
  it('connects to Services by name and port, and makes externals of unknown hosts', () => {
    const { design } = load(`apiVersion: v1
kind: Pod
metadata: {name: cart, labels: {app: cart}}
spec:
  containers: [{name: app, image: cart, ports: [{name: grpc, containerPort: 7070}]}]
---
apiVersion: v1
kind: Service
metadata: {name: cartservice}
spec: {selector: {app: cart}, ports: [{name: grpc, port: 7070}]}
---
apiVersion: v1
kind: Pod
metadata: {name: front}
spec:
  containers:
  - name: app
    image: front
    env:
    - {name: CART_SERVICE_ADDR, value: "cartservice:7070"}
    - {name: DATABASE_URL, value: "postgres://orders.db.example.com/orders"}
    - {name: CACHE, value: "http://cartservice:7070/x"}
`);
    const front = design.pods[1]!.containers[0]!;
    const db = design.externals.find((x) => x.host === 'orders.db.example.com');
    expect(db).toMatchObject({ name: 'orders', kind: 'database', ports: [{ name: 'postgres', port: 5432 }] });
    expect(design.connections).toMatchObject([
      { from: front.id, to: { id: design.services[0]!.id, port: 'grpc' } },
      { from: front.id, to: { id: db!.id, port: 'postgres' } },
    ]);
  });
});
