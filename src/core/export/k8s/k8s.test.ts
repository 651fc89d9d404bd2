import { describe, expect, it } from 'vitest';
import {
  aConnection,
  aContainer,
  aDesign,
  aPod,
  aPort,
  aService,
  anExternal,
  aWebDesign,
} from '../../testing/builders';
import type { Design, Pod, WorkloadKind } from '../../model/types';
import { exportKubernetes } from './index';
import type { KubernetesExportOptions } from '../types';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function run(design: Design, options: KubernetesExportOptions = {}) {
  const result = exportKubernetes(design, options);
  const find = (kind: string, name?: string): Obj | undefined =>
    result.objects.find(
      (o) => o.kind === kind && (name === undefined || (o.metadata as Obj).name === name),
    ) as Obj | undefined;
  return { ...result, find, codes: result.notes.map((n) => n.code) };
}

const withPod = (pod: Partial<Pod>, design: Partial<Design> = {}) =>
  aDesign({ pods: [aPod({ containers: [aContainer({ ports: [aPort()] })], ...pod })], ...design });

describe('workloads', () => {
  it.each<{ workload: WorkloadKind; expected: Obj; podSpecPath: string[] }>([
    {
      workload: 'Deployment',
      expected: {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        spec: { replicas: 3, selector: { matchLabels: {} } },
      },
      podSpecPath: ['spec', 'template', 'spec'],
    },
    {
      workload: 'StatefulSet',
      expected: { apiVersion: 'apps/v1', kind: 'StatefulSet', spec: { replicas: 3, serviceName: 'web' } },
      podSpecPath: ['spec', 'template', 'spec'],
    },
    {
      workload: 'DaemonSet',
      expected: { apiVersion: 'apps/v1', kind: 'DaemonSet' },
      podSpecPath: ['spec', 'template', 'spec'],
    },
    {
      workload: 'Job',
      expected: {
        apiVersion: 'batch/v1',
        kind: 'Job',
        spec: { template: { spec: { restartPolicy: 'OnFailure' } } },
      },
      podSpecPath: ['spec', 'template', 'spec'],
    },
    {
      workload: 'CronJob',
      expected: {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        spec: {
          schedule: '*/5 * * * *',
          jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure' } } } },
        },
      },
      podSpecPath: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    },
    {
      workload: 'Pod',
      expected: { apiVersion: 'v1', kind: 'Pod', spec: { containers: [{ name: 'app' }] } },
      podSpecPath: ['spec'],
    },
  ])('$workload', ({ workload, expected, podSpecPath }) => {
    const { objects } = run(withPod({ workload, replicas: 3, schedule: '*/5 * * * *' }));
    const object = objects.find((o) => o.kind === workload) as Obj;
    expect(object).toMatchObject({ ...expected, metadata: { name: 'web' } });
    const spec = podSpecPath.reduce<Obj>((at, key) => at[key], object);
    expect(spec.containers).toEqual([
      { name: 'app', image: 'example/app:1.0.0', ports: [{ name: 'http', containerPort: 8080 }] },
    ]);
  });

  it.each([
    { pod: { workload: 'CronJob' as const }, code: 'cronjob-without-schedule' },
    { pod: { workload: 'DaemonSet' as const, replicas: 2 }, code: 'replicas-ignored' },
    { pod: { workload: 'StatefulSet' as const }, code: 'statefulset-service-generated' },
    { pod: { containers: [aContainer({ role: 'init' })] }, code: 'pod-without-containers' },
  ])('notes $code', ({ pod, code }) => {
    expect(run(withPod(pod)).codes).toContain(code);
  });

  it('names the design Headless service as a StatefulSet governing Service, or generates one', () => {
    const headless = aService({
      name: 'shards',
      type: 'Headless',
      pod: 'p-web',
      ports: [{ name: 'http', port: 80, targetPort: 'http' }],
    });
    expect(
      run(withPod({ workload: 'StatefulSet' }, { services: [headless] })).find('StatefulSet'),
    ).toMatchObject({ spec: { serviceName: 'shards' } });
    const generated = run(withPod({ workload: 'StatefulSet' }));
    expect(generated.find('Service', 'web')).toMatchObject({
      metadata: { annotations: { 'podwright.io/generated': 'true' } },
      spec: { clusterIP: 'None', ports: [{ name: 'http', port: 8080, targetPort: 'http' }] },
    });
  });

  it('leaves replicas out when the design does, as Kubernetes defaults to one', () => {
    const { find } = run(withPod({ replicas: undefined }));
    expect(find('Deployment')!.spec).not.toHaveProperty('replicas');
  });

  it('carries the six recommended labels and selects on instance and part-of only', () => {
    const { find } = run(withPod({ labels: { tier: 'front', 'app.kubernetes.io/instance': 'ignored' } }));
    const deployment = find('Deployment')!;
    expect(deployment.metadata.labels).toEqual({
      'app.kubernetes.io/name': 'app',
      'app.kubernetes.io/instance': 'web',
      'app.kubernetes.io/version': '1.0.0',
      'app.kubernetes.io/component': 'web',
      'app.kubernetes.io/part-of': 'test',
      'app.kubernetes.io/managed-by': 'podwright',
      tier: 'front',
    });
    expect(deployment.spec.selector.matchLabels).toEqual({
      'app.kubernetes.io/instance': 'web',
      'app.kubernetes.io/part-of': 'test',
    });
    expect(deployment.spec.template.metadata.labels).toEqual(deployment.metadata.labels);
  });
});

describe('containers', () => {
  const helpers = () =>
    withPod({
      containers: [
        aContainer({ id: 'c-init', name: 'migrate', role: 'init' }),
        aContainer({ ports: [aPort()] }),
        aContainer({ id: 'c-proxy', name: 'proxy', role: 'ambassador' }),
        aContainer({ id: 'c-logs', name: 'logs', role: 'adapter' }),
      ],
    });

  it('places helpers as native sidecars before the init containers from 1.29', () => {
    const { find, codes } = run(helpers(), { kubernetesVersion: '1.29' });
    const spec = find('Deployment')!.spec.template.spec;
    expect(spec.initContainers.map((c: Obj) => [c.name, c.restartPolicy])).toEqual([
      ['proxy', 'Always'],
      ['logs', 'Always'],
      ['migrate', undefined],
    ]);
    expect(spec.containers.map((c: Obj) => c.name)).toEqual(['app']);
    expect(find('Deployment')!.metadata.annotations['podwright.io/containers']).toBe(
      'migrate,app,proxy,logs',
    );
    expect(codes).not.toContain('helpers-as-containers');
  });

  it('keeps helpers as regular containers before 1.29, and says so', () => {
    const { find, codes } = run(helpers(), { kubernetesVersion: 'v1.28.4' });
    const spec = find('Deployment')!.spec.template.spec;
    expect(spec.initContainers.map((c: Obj) => c.name)).toEqual(['migrate']);
    expect(spec.containers.map((c: Obj) => c.name)).toEqual(['app', 'proxy', 'logs']);
    expect(codes).toContain('helpers-as-containers');
  });

  it('warns that a Job with regular-container helpers never completes', () => {
    expect(
      run(aDesign({ ...helpers(), pods: [{ ...helpers().pods[0]!, workload: 'Job' }] }), {
        kubernetesVersion: '1.27',
      }).codes,
    ).toContain('job-helpers-block-completion');
  });

  it('reads secret variables from the pod Secret and never writes their value', () => {
    const design = withPod({
      containers: [
        aContainer({
          env: [
            { name: 'PLAIN', value: 'v', description: 'Plain # value' },
            { name: 'TOKEN', value: 'hunter2', secret: true },
            { name: 'OPTIONAL', secret: true, required: false },
          ],
        }),
      ],
    });
    const { find, text, notes } = run(design);
    expect(find('Deployment')!.spec.template.spec.containers[0].env).toEqual([
      { name: 'PLAIN', value: 'v' },
      { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'web', key: 'TOKEN' } } },
      { name: 'OPTIONAL', valueFrom: { secretKeyRef: { name: 'web', key: 'OPTIONAL', optional: true } } },
    ]);
    expect(text).not.toContain('hunter2');
    expect(text).toContain('            # Plain # value\n            - name: PLAIN');
    expect(notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['secret-value-dropped', 'secret-not-generated']),
    );
  });

  it.each([
    {
      probe: { kind: 'http' as const, port: 'http', path: '/healthz', periodSeconds: 5 },
      expected: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 5 },
    },
    { probe: { kind: 'tcp' as const, port: 'http' }, expected: { tcpSocket: { port: 'http' } } },
    { probe: { kind: 'grpc' as const, port: 'http' }, expected: { grpc: { port: 8080 } } },
    {
      probe: { kind: 'exec' as const, command: ['true'], failureThreshold: 2 },
      expected: { exec: { command: ['true'] }, failureThreshold: 2 },
    },
  ])('writes a $probe.kind probe', ({ probe, expected }) => {
    const { find } = run(
      withPod({ containers: [aContainer({ ports: [aPort()], probes: { readiness: probe } })] }),
    );
    expect(find('Deployment')!.spec.template.spec.containers[0].readinessProbe).toEqual(expected);
  });

  it('writes resources and the security context', () => {
    const container = aContainer({
      resources: { cpuRequest: '100m', memoryLimit: '128Mi' },
      securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false },
    });
    const { find } = run(withPod({ containers: [container] }));
    expect(find('Deployment')!.spec.template.spec.containers[0]).toMatchObject({
      resources: { requests: { cpu: '100m' }, limits: { memory: '128Mi' } },
      securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false },
    });
  });
});

describe('volumes', () => {
  it('generates a ConfigMap from files, mapping paths that are not valid keys', () => {
    const { find } = run(
      withPod({
        containers: [aContainer({ mounts: [{ volume: 'conf', path: '/etc/app', readOnly: true }] })],
        volumes: [
          { name: 'conf', kind: 'configMap', files: [{ path: 'conf.d/app.conf', content: 'a = 1\n' }] },
        ],
      }),
    );
    expect(find('ConfigMap', 'web-conf')).toMatchObject({ data: { 'conf.d_app.conf': 'a = 1\n' } });
    expect(find('Deployment')!.spec.template.spec.volumes).toEqual([
      {
        name: 'conf',
        configMap: { name: 'web-conf', items: [{ key: 'conf.d_app.conf', path: 'conf.d/app.conf' }] },
      },
    ]);
  });

  it('claims persistent storage with a PVC and a Recreate strategy in a Deployment', () => {
    const { find } = run(withPod({ volumes: [{ name: 'data', kind: 'persistent', size: '5Gi' }] }));
    expect(find('PersistentVolumeClaim', 'web-data')).toMatchObject({
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } },
    });
    expect(find('Deployment')).toMatchObject({ spec: { strategy: { type: 'Recreate' } } });
  });

  it('claims persistent storage with volumeClaimTemplates in a StatefulSet', () => {
    const { find, codes } = run(
      withPod({ workload: 'StatefulSet', volumes: [{ name: 'data', kind: 'persistent' }] }),
    );
    expect(find('PersistentVolumeClaim')).toBeUndefined();
    expect(find('StatefulSet')!.spec.volumeClaimTemplates).toEqual([
      {
        metadata: { name: 'data' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      },
    ]);
    expect(codes).toContain('volume-size-default');
  });

  it('records the design order of the volumes when claim templates change it', () => {
    const volumes = [
      { name: 'data', kind: 'persistent' as const },
      { name: 'tmp', kind: 'emptyDir' as const },
    ];
    expect(
      run(withPod({ workload: 'StatefulSet', volumes })).find('StatefulSet')!.metadata.annotations[
        'podwright.io/volumes'
      ],
    ).toBe('data,tmp');
    expect(run(withPod({ volumes })).find('Deployment')!.metadata.annotations).not.toHaveProperty(
      'podwright.io/volumes',
    );
  });

  it('references secret volumes and notes that the Secret is the user’s to create', () => {
    const { find, codes } = run(withPod({ volumes: [{ name: 'tls', kind: 'secret' }] }));
    expect(find('Deployment')!.spec.template.spec.volumes).toEqual([
      { name: 'tls', secret: { secretName: 'web-tls' } },
    ]);
    expect(find('Secret')).toBeUndefined();
    expect(codes).toContain('secret-not-generated');
  });
});

describe('services and externals', () => {
  it.each([
    { type: 'ClusterIP' as const, expected: { selector: { 'app.kubernetes.io/instance': 'web' } } },
    { type: 'Headless' as const, expected: { clusterIP: 'None' } },
    { type: 'NodePort' as const, expected: { type: 'NodePort' } },
    { type: 'LoadBalancer' as const, expected: { type: 'LoadBalancer' } },
  ])('writes a $type service targeting the container port by name', ({ type, expected }) => {
    const design = aWebDesign();
    design.services[0] = { ...design.services[0]!, type };
    const service = run(design).find('Service', 'web')!;
    expect(service.spec).toMatchObject({
      ...expected,
      ports: [{ name: 'https', port: 443, targetPort: 'https' }],
    });
    expect(service.metadata.annotations).toEqual({
      'podwright.io/id': 's-web',
      'podwright.io/description': 'A service.',
    });
  });

  it.each([
    {
      host: 'db.example.com',
      expected: { spec: { type: 'ExternalName', externalName: 'db.example.com' } },
      slice: false,
      code: undefined,
    },
    {
      host: '10.1.2.3',
      expected: { spec: { ports: [{ name: 'sql', port: 5432 }] } },
      slice: true,
      code: undefined,
    },
    {
      host: undefined,
      expected: { spec: { ports: [{ name: 'sql', port: 5432 }] } },
      slice: false,
      code: 'external-without-host',
    },
  ])('represents an external with host $host', ({ host, expected, slice, code }) => {
    const design = aWebDesign();
    design.externals[0] = {
      ...anExternal({
        ports: [
          {
            name: 'sql',
            port: 5432,
            protocol: 'TCP',
            contract: { name: 'pg', version: '16.0.0', protocol: 'postgres' },
          },
        ],
      }),
      ...(host ? { host } : {}),
    };
    const { find, codes } = run(design);
    expect(find('Service', 'db')).toMatchObject({
      ...expected,
      metadata: {
        annotations: {
          'podwright.io/kind': 'external',
          'podwright.io/external-kind': 'database',
          'podwright.io/ports': '{"sql":{"name":"pg","version":"16.0.0","protocol":"postgres"}}',
        },
      },
    });
    expect(find('EndpointSlice') !== undefined).toBe(slice);
    if (code) expect(codes).toContain(code);
  });
});

describe('documentation annotations', () => {
  it('records roles, ports, env and connections so an import can restore them', () => {
    const annotations = run(aWebDesign()).find('Deployment')!.metadata.annotations;
    expect(annotations).toMatchObject({
      'podwright.io/id': 'p-web',
      'id.container.podwright.io/app': 'c-app',
      'role.container.podwright.io/app': 'app',
      'role.container.podwright.io/tls': 'sidecar',
      'ports.container.podwright.io/app': '{"http":{"scope":"localhost"}}',
    });
    expect(JSON.parse(annotations['connections.container.podwright.io/tls'])).toEqual([
      { id: 'e-2', to: { id: 'c-app', port: 'http' }, target: 'container/web/app' },
    ]);
    expect(JSON.parse(annotations['connections.container.podwright.io/app'])).toEqual([
      { id: 'e-1', to: { id: 'x-db', port: 'sql' }, target: 'external/db' },
    ]);
  });
});

describe('network policies and disruption budgets', () => {
  const twoPods = () =>
    aDesign({
      pods: [
        aPod({
          id: 'p-api',
          name: 'api',
          replicas: 3,
          containers: [aContainer({ id: 'c-api', ports: [aPort(), aPort({ name: 'metrics', port: 9100 })] })],
        }),
        aPod({ id: 'p-web', name: 'web', containers: [aContainer({ id: 'c-web' })] }),
      ],
      services: [
        aService({
          id: 's-api',
          name: 'api',
          pod: 'p-api',
          ports: [{ name: 'http', port: 80, targetPort: 'http' }],
        }),
      ],
      connections: [aConnection({ id: 'e-1', from: 'c-web', to: { id: 's-api', port: 'http' } })],
    });

  it('admits ingress only from the pods that connect, on their ports, and notes closed ports', () => {
    const { find, notes } = run(twoPods(), { networkPolicies: true });
    expect(find('NetworkPolicy', 'api')!.spec).toEqual({
      podSelector: {
        matchLabels: { 'app.kubernetes.io/instance': 'api', 'app.kubernetes.io/part-of': 'test' },
      },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [
            {
              podSelector: {
                matchLabels: { 'app.kubernetes.io/instance': 'web', 'app.kubernetes.io/part-of': 'test' },
              },
            },
          ],
          ports: [{ port: 'http' }],
        },
      ],
    });
    expect(find('NetworkPolicy', 'web')).toBeUndefined();
    expect(notes).toContainEqual(
      expect.objectContaining({ code: 'network-policy-closes-port', entityId: 'p-api' }),
    );
  });

  it('keeps ports that a LoadBalancer publishes open to all', () => {
    const design = twoPods();
    design.services[0] = { ...design.services[0]!, type: 'LoadBalancer' };
    expect(run(design, { networkPolicies: true }).find('NetworkPolicy', 'api')!.spec.ingress[0]).toEqual({
      ports: [{ port: 'http' }],
    });
  });

  it('writes budgets for replicated pods only, and nothing unless asked', () => {
    expect(
      run(twoPods(), { podDisruptionBudgets: true }).objects.filter((o) => o.kind === 'PodDisruptionBudget'),
    ).toMatchObject([{ metadata: { name: 'api' }, spec: { maxUnavailable: 1 } }]);
    expect(run(twoPods()).objects.map((o) => o.kind)).toEqual(['Deployment', 'Service', 'Deployment']);
  });

  it('takes its options from the design unless the caller overrides them', () => {
    const design = {
      ...twoPods(),
      namespace: 'shop',
      exportOptions: { networkPolicies: true, podDisruptionBudgets: true },
    };
    const kinds = run(design).objects.map((o) => o.kind);
    expect(kinds).toEqual([
      'Namespace',
      'Deployment',
      'Service',
      'PodDisruptionBudget',
      'NetworkPolicy',
      'Deployment',
    ]);
    expect(
      run(design).objects.every((o) => o.kind === 'Namespace' || (o.metadata as Obj).namespace === 'shop'),
    ).toBe(true);
    expect(run(design, { networkPolicies: false, namespace: '' }).objects.map((o) => o.kind)).not.toContain(
      'NetworkPolicy',
    );
  });
});

describe('version and ranges', () => {
  it('falls back to the default version on nonsense, with a note', () => {
    const { text, codes } = run(aWebDesign(), { kubernetesVersion: 'latest' });
    expect(codes).toContain('k8s-version-invalid');
    expect(text).toContain('Kubernetes 1.33 manifests');
  });

  it('maps each container, service, external and connection to its lines', () => {
    const { text, ranges } = run(aWebDesign());
    const at = (id: string) => {
      const r = ranges.find((x) => x.id === id)!;
      return text
        .split('\n')
        .slice(r.start - 1, r.end)
        .join('\n');
    };
    expect(at('c-tls')).toMatch(/^ {8}# sidecar: The app\.\n {8}- name: tls\n/);
    expect(at('p-web')).toMatch(/^# A pod\.\napiVersion: apps\/v1\nkind: Deployment/);
    expect(at('s-web')).toMatch(/^# A service\.\napiVersion: v1\nkind: Service/);
    expect(at('x-db')).toContain('podwright.io/kind: external');
    expect(at('e-2')).toMatch(/^ {4}connections\.container\.podwright\.io\/tls: /);
  });
});
