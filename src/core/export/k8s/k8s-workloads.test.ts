import { describe, expect, it } from 'vitest';
import { aContainer, aDesign, aPod, aPort, aService } from '../../testing/builders';
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
