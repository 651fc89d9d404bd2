import { describe, expect, it } from 'vitest';
import { importManifests } from '..';

/** A pod of an app and one helper, each given as the YAML of a container. */
function helperRole(
  app: string,
  helper: string,
  volumes = '',
): { role: string; inferred?: boolean; why?: string } {
  const text = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - ${app}
  - ${helper}
${volumes}`;
  const result = importManifests([{ name: 'p.yaml', text }]);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const [main, other] = result.design.pods[0]!.containers;
  expect(main!.role).toBe('app');
  const why = result.notes.find((n) => n.code === 'role-inferred')?.message;
  return { role: other!.role, ...(other!.roleInferred ? { inferred: true } : {}), ...(why ? { why } : {}) };
}

const APP = '{name: app, image: shop:1}';

describe('helper roles', () => {
  it.each([
    [
      'app -> helper over localhost -> outside',
      '{name: app, image: shop:1, env: [{name: DB, value: "localhost:5432"}]}',
      '{name: proxy, image: x/pgproxy:1, ports: [{containerPort: 5432}], args: ["--upstream=db.example.com:5432"]}',
      '',
      'ambassador',
    ],
    [
      'reads a shared volume and serves metrics',
      '{name: app, image: shop:1, volumeMounts: [{name: logs, mountPath: /var/log}]}',
      '{name: stats, image: x/parser:1, ports: [{name: metrics, containerPort: 9102}], volumeMounts: [{name: logs, mountPath: /logs}]}',
      '  volumes: [{name: logs, emptyDir: {}}]',
      'adapter',
    ],
    [
      'shares a volume',
      '{name: app, image: nginx, volumeMounts: [{name: html, mountPath: /usr/share/nginx/html}]}',
      '{name: writer, image: debian, volumeMounts: [{name: html, mountPath: /out}]}',
      '  volumes: [{name: html, emptyDir: {}}]',
      'sidecar',
    ],
    ['twemproxy', APP, '{name: cache-proxy, image: "tgagor/twemproxy:0.5"}', '', 'ambassador'],
    ['a Prometheus exporter', APP, '{name: m, image: "oliver006/redis_exporter:v1.62"}', '', 'adapter'],
    ['fluent-bit', APP, '{name: logs, image: "fluent/fluent-bit:3.1"}', '', 'adapter'],
    ['git-sync', APP, '{name: sync, image: "registry.k8s.io/git-sync/git-sync:v4.2.4"}', '', 'sidecar'],
    ['envoy in front of the app', APP, '{name: envoy, image: "envoyproxy/envoy:v1.31.0"}', '', 'sidecar'],
    [
      'envoy the app calls',
      '{name: app, image: shop:1, env: [{name: UPSTREAM, value: "http://localhost:9901"}]}',
      '{name: envoy, image: "envoyproxy/envoy:v1.31.0", ports: [{containerPort: 9901}]}',
      '',
      'ambassador',
    ],
    ['a container named an adapter', APP, '{name: log-adapter, image: busybox}', '', 'adapter'],
    ['anything else', APP, '{name: shell, image: busybox}', '', 'sidecar'],
  ])('%s', (_name, app, helper, volumes, role) => {
    const result = helperRole(app, helper, volumes);
    expect(result).toMatchObject({ role, inferred: true });
    expect(result.why).toContain(`taken for ${role === 'sidecar' ? 'a' : 'an'} ${role}`);
  });

  it('keeps a role our own export recorded, and marks nothing inferred', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    podwright.io/id: p1
    role.container.podwright.io/app: app
    role.container.podwright.io/shell: ambassador
spec:
  containers: [${APP}, {name: shell, image: busybox}]
`;
    const result = importManifests([{ name: 'p.yaml', text }]);
    expect(result.ok && result.design.pods[0]!.containers).toMatchObject([
      { role: 'app' },
      { role: 'ambassador' },
    ]);
    expect(result.ok && result.design.pods[0]!.containers.some((c) => c.roleInferred)).toBe(false);
  });
});
