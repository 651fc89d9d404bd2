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
import type { Design } from '../../model/types';
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
    const design = aWebDesign();
    design.pods[0]!.containers[1]!.license = 'BSD-2-Clause';
    const annotations = run(design).find('Deployment')!.metadata.annotations;
    expect(annotations).toMatchObject({
      'podwright.io/id': 'p-web',
      'id.container.podwright.io/app': 'c-app',
      'role.container.podwright.io/app': 'app',
      'role.container.podwright.io/tls': 'sidecar',
      'license.container.podwright.io/tls': 'BSD-2-Clause',
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
