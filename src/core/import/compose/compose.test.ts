import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sequentialIds, setIdSource } from '../../model/ids';
import { integrityIssues } from '../../model/integrity';
import type { Design } from '../../model/types';
import { importManifests, type ImportNote } from '..';
import { cpuQuantity, durationSeconds, memoryQuantity, splitWords } from './fields';

let restore: () => void;
beforeEach(() => {
  restore = setIdSource(sequentialIds());
});
afterEach(() => restore());

function load(text: string): { design: Design; notes: ImportNote[] } {
  const result = importManifests([{ name: 'compose.yaml', text }]);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  expect(integrityIssues(result.design)).toEqual([]);
  return result;
}

describe('services become containers', () => {
  it('reads image, command, environment in both forms, and ports as a Service', () => {
    const { design } = load(`name: shop
services:
  web:
    image: shop/web:1.2
    entrypoint: /bin/web
    command: ["--port", "8080"]
    environment:
      MODE: prod
      EMPTY:
      PRICE: $$5
    ports: ["80:8080", "9090/udp"]
    expose: ["7000"]
  worker:
    image: shop/worker:1.2
    command: run --queue "high prio"
    environment: [A=1, B]
`);
    expect(design.name).toBe('shop');
    expect(design.pods).toMatchObject([
      {
        name: 'web',
        workload: 'Deployment',
        replicas: 1,
        containers: [
          {
            name: 'web',
            role: 'app',
            image: 'shop/web:1.2',
            command: ['/bin/web'],
            args: ['--port', '8080'],
            env: [{ name: 'MODE', value: 'prod' }, { name: 'EMPTY' }, { name: 'PRICE', value: '$5' }],
            ports: [
              { name: 'http', port: 8080, protocol: 'TCP' },
              { name: 'metrics', port: 9090, protocol: 'UDP' },
              { name: 'p7000', port: 7000 },
            ],
          },
        ],
      },
      {
        name: 'worker',
        containers: [
          { args: ['run', '--queue', 'high prio'], env: [{ name: 'A', value: '1' }, { name: 'B' }] },
        ],
      },
    ]);
    expect(design.services).toMatchObject([
      {
        name: 'web',
        pod: design.pods[0]!.id,
        ports: [
          { name: 'http', port: 80, targetPort: 'http' },
          { name: 'metrics', port: 9090, targetPort: 'metrics', protocol: 'UDP' },
          { name: 'p7000', port: 7000, targetPort: 'p7000' },
        ],
      },
    ]);
  });

  it.each([
    ['restart: "no"', 'restart: "no"', { workload: 'Pod' }],
    ['on-failure', 'restart: on-failure', { workload: 'Pod' }],
    [
      'a CronJob label',
      'restart: "no"\n    labels: {kompose.cronjob.schedule: "0 * * * *"}',
      { workload: 'CronJob', schedule: '0 * * * *' },
    ],
    ['deploy.replicas', 'deploy: {replicas: 4}', { workload: 'Deployment', replicas: 4 }],
    ['global mode', 'deploy: {mode: global}', { workload: 'DaemonSet' }],
    ['a controller label', 'labels: [kompose.controller.type=statefulset]', { workload: 'StatefulSet' }],
  ])('%s sets the workload', (_name, field, pod) => {
    const { design } = load(`services:\n  job:\n    image: x\n    ${field}\n`);
    expect(design.pods[0]).toMatchObject(pod);
  });

  it('takes the service name as the image of a build-only service, and says so', () => {
    const { design, notes } = load('services:\n  api:\n    build: ./api\n');
    expect(design.pods[0]!.containers[0]!.image).toBe('api');
    expect(notes.find((n) => n.code === 'compose-build-only')).toMatchObject({ line: 3, severity: 'info' });
  });

  it('reads a healthcheck as an exec probe', () => {
    const { design } = load(
      'services:\n  db:\n    image: postgres\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n      interval: 1m30s\n      retries: 5\n      start_period: 10s\n',
    );
    expect(design.pods[0]!.containers[0]!.probes).toEqual({
      liveness: {
        kind: 'exec',
        command: ['/bin/sh', '-c', 'pg_isready'],
        periodSeconds: 90,
        failureThreshold: 5,
        initialDelaySeconds: 10,
      },
    });
  });

  it('reads resources in Kubernetes quantities', () => {
    const { design } = load(
      'services:\n  a:\n    image: x\n    deploy:\n      resources:\n        limits: {cpus: "0.5", memory: 512M}\n        reservations: {cpus: "2", memory: 1gb}\n',
    );
    expect(design.pods[0]!.containers[0]!.resources).toEqual({
      cpuLimit: '500m',
      memoryLimit: '512Mi',
      cpuRequest: '2',
      memoryRequest: '1Gi',
    });
  });
});

describe('pods from shared network namespaces', () => {
  it('joins network_mode: service:x into the pod of x, x being the app', () => {
    const { design } = load(`services:
  app:
    image: shop:1
    ports: ["8080:8080"]
  proxy:
    image: envoyproxy/envoy:v1.31
    network_mode: service:app
  exporter:
    image: prom/statsd-exporter
    network_mode: service:app
`);
    expect(design.pods).toHaveLength(1);
    expect(design.pods[0]).toMatchObject({
      name: 'app',
      containers: [
        { name: 'app', role: 'app' },
        { name: 'proxy', role: 'sidecar', roleInferred: true },
        { name: 'exporter', role: 'adapter', roleInferred: true },
      ],
    });
  });

  it('groups by kompose.service.group, the member named like the group being the app', () => {
    const { design } = load(`services:
  git-sync:
    image: registry.k8s.io/git-sync/git-sync:v4
    labels: {kompose.service.group: docs}
    volumes: [content:/git]
  docs:
    image: nginx
    labels: {kompose.service.group: docs}
    volumes: [content:/usr/share/nginx/html:ro]
volumes:
  content: {}
`);
    expect(design.pods).toMatchObject([
      {
        name: 'docs',
        volumes: [{ name: 'content', kind: 'emptyDir' }],
        containers: [
          {
            name: 'docs',
            role: 'app',
            mounts: [{ volume: 'content', path: '/usr/share/nginx/html', readOnly: true }],
          },
          { name: 'git-sync', role: 'sidecar', mounts: [{ volume: 'content', path: '/git' }] },
        ],
      },
    ]);
  });
});

describe('volumes', () => {
  it('maps named, anonymous, tmpfs, bind, config and secret mounts', () => {
    const { design, notes } = load(`services:
  web:
    image: nginx
    volumes:
      - data:/data
      - /cache
      - ./site:/usr/share/nginx/html:ro
      - type: tmpfs
        target: /tmp
    configs:
      - source: nginx
        target: /etc/nginx/conf.d/default.conf
    secrets: [tls-key]
volumes:
  data:
    labels: {a: b}
configs:
  nginx:
    content: "server {}"
secrets:
  tls-key:
    file: ./key.pem
`);
    expect(design.pods[0]!.volumes).toEqual([
      { name: 'data', kind: 'persistent' },
      { name: 'cache', kind: 'emptyDir' },
      { name: 'site', kind: 'configMap' },
      { name: 'tmp', kind: 'emptyDir' },
      { name: 'nginx', kind: 'configMap', files: [{ path: 'default.conf', content: 'server {}' }] },
      { name: 'tls-key', kind: 'secret' },
    ]);
    expect(design.pods[0]!.containers[0]!.mounts).toEqual([
      { volume: 'data', path: '/data' },
      { volume: 'cache', path: '/cache' },
      { volume: 'site', path: '/usr/share/nginx/html', readOnly: true },
      { volume: 'tmp', path: '/tmp' },
      { volume: 'nginx', path: '/etc/nginx/conf.d', readOnly: true },
      { volume: 'tls-key', path: '/run/secrets', readOnly: true },
    ]);
    expect(notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['compose-bind-mount', 'compose-secret', 'compose-volume-options']),
    );
  });
});

describe('connections', () => {
  it('come from env values, depends_on and links, preferring the port the value names', () => {
    const { design, notes } = load(`services:
  web:
    image: web
    environment:
      API_URL: http://api:8080/v1
    depends_on:
      db: {condition: service_healthy}
    links: [cache]
  api:
    image: api
    ports: ["8080:8080", "9000:9000"]
  db:
    image: postgres
    expose: ["5432"]
  cache:
    image: redis
`);
    const [web, api, db] = design.pods.map((p) => p.containers[0]!);
    const service = (name: string) => design.services.find((s) => s.name === name)!.id;
    expect(design.connections).toMatchObject([
      { from: web!.id, to: { id: service('api'), port: 'http' } },
      { from: web!.id, to: { id: service('db'), port: 'postgres' } },
    ]);
    expect(api && db).toBeTruthy();
    expect(notes.find((n) => n.code === 'dependency-without-port')).toMatchObject({ line: 8 });
  });
});

describe('interpolation and extensions', () => {
  it('keeps ${VAR} as written, reads ${VAR:-default} ports by their default, and ignores x- keys with a note', () => {
    const { design, notes } = load(`x-common: &common
  image: base:\${TAG:-1}
services:
  web:
    <<: *common
    ports: ["\${PORT:-8080}:80"]
    environment: {URL: "http://\${HOST}/"}
`);
    expect(design.pods[0]!.containers[0]).toMatchObject({
      image: 'base:${TAG:-1}',
      ports: [{ port: 80 }],
      env: [{ value: 'http://${HOST}/' }],
    });
    expect(design.services[0]!.ports[0]!.port).toBe(8080);
    expect(notes.filter((n) => n.code === 'compose-interpolation').map((n) => n.message)).toEqual([
      expect.stringContaining('${TAG}'),
      expect.stringContaining('${PORT}, ${HOST}'),
    ]);
    expect(notes.find((n) => n.code === 'compose-extension-ignored')).toMatchObject({ line: 1 });
  });
});

describe('field readers', () => {
  it.each([
    ['a b  c', ['a', 'b', 'c']],
    [`sh -c "echo 'hi there'"`, ['sh', '-c', "echo 'hi there'"]],
    [`a\\ b 'c d'`, ['a b', 'c d']],
    ['', []],
  ])('splits %s', (line, words) => {
    expect(splitWords(line)).toEqual(words);
  });

  it.each([
    ['10s', 10],
    ['1m30s', 90],
    ['1h', 3600],
    ['500ms', 1],
    ['20', 20],
    ['soon', undefined],
  ])('reads the duration %s', (text, seconds) => {
    expect(durationSeconds(text)).toBe(seconds);
  });

  it.each([
    ['0.5', '500m'],
    ['2', '2'],
    ['0.25', '250m'],
    ['x', undefined],
  ])('reads cpus %s', (text, quantity) => {
    expect(cpuQuantity(text)).toBe(quantity);
  });

  it.each([
    ['512m', '512Mi'],
    ['1gb', '1Gi'],
    ['64k', '64Ki'],
    ['1024', '1024'],
    ['10b', '10'],
    ['lots', undefined],
  ])('reads memory %s', (text, quantity) => {
    expect(memoryQuantity(text)).toBe(quantity);
  });
});
