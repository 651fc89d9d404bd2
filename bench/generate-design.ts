/**
 * Generated designs for benchmarks (export, rules): `pods` pods of four containers each (app, sidecar,
 * ambassador, adapter) with the wiring of the book's single-node patterns, a Service per pod, and
 * connections from each pod's ambassador to the next pod's Service. Deterministic: the same options
 * always give the same design.
 */
import type { Container, Design, Pod, Service } from '../src/core/model/types';

export interface GenerateOptions {
  pods: number;
  /** Design name; also the `part-of` label. */
  name?: string;
}

function container(podIndex: number, role: Container['role'], partial: Partial<Container>): Container {
  return {
    id: `c-${podIndex}-${role}`,
    name: role,
    role,
    image: `registry.example.com/bench/${role}:1.${podIndex % 10}.0`,
    description: `The ${role} of pod ${podIndex}: generated for benchmarks.`,
    docsUrl: `https://docs.example.com/${role}`,
    ports: [],
    env: [],
    mounts: [],
    resources: { cpuRequest: '100m', memoryRequest: '64Mi', memoryLimit: '128Mi' },
    securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
    ...partial,
  };
}

function pod(i: number): Pod {
  const http = { name: 'http', port: 8080, protocol: 'TCP' as const, scope: 'pod' as const };
  return {
    id: `pod-${i}`,
    name: `svc-${i}`,
    description: `Generated pod ${i}: an app with a sidecar, an ambassador and an adapter.`,
    owner: `team-${i % 20}`,
    workload: i % 10 === 0 ? 'StatefulSet' : 'Deployment',
    replicas: 2,
    containers: [
      container(i, 'app', {
        ports: [{ ...http, contract: { name: `api-${i}`, version: '1.2.0', protocol: 'http' } }],
        env: [
          { name: 'UPSTREAM', value: '127.0.0.1:9000', description: 'The ambassador.' },
          { name: 'API_KEY', secret: true, description: 'Key for the upstream.' },
        ],
        mounts: [{ volume: 'shared', path: '/var/shared' }],
        probes: {
          readiness: { kind: 'http', port: 'http', path: '/readyz' },
          liveness: { kind: 'http', port: 'http', path: '/livez' },
        },
      }),
      container(i, 'sidecar', {
        mounts: [
          { volume: 'shared', path: '/var/shared', readOnly: true },
          { volume: 'config', path: '/etc/sidecar' },
        ],
      }),
      container(i, 'ambassador', {
        ports: [{ name: 'proxy', port: 9000, protocol: 'TCP', scope: 'localhost' }],
        probes: { startup: { kind: 'exec', command: ['nc', '-z', '127.0.0.1', '9000'] } },
      }),
      container(i, 'adapter', {
        ports: [
          {
            name: 'metrics',
            port: 9100,
            protocol: 'TCP',
            scope: 'pod',
            contract: { name: 'metrics', version: '1.0.0', protocol: 'prometheus' },
          },
        ],
        probes: { readiness: { kind: 'http', port: 'metrics', path: '/metrics' } },
      }),
    ],
    volumes: [
      { name: 'shared', kind: 'emptyDir' },
      {
        name: 'config',
        kind: 'configMap',
        files: [{ path: 'sidecar.conf', content: `pod = ${i}\nmode = "bench"\n` }],
      },
      ...(i % 10 === 0 ? [{ name: 'data', kind: 'persistent' as const, size: '1Gi' }] : []),
    ],
  };
}

function service(i: number): Service {
  return {
    id: `svc-${i}`,
    name: `svc-${i}`,
    description: `Service of generated pod ${i}.`,
    type: i % 10 === 0 ? 'Headless' : 'ClusterIP',
    pod: `pod-${i}`,
    ports: [{ name: 'http', port: 80, targetPort: 'http' }],
  };
}

export function generateDesign({ pods, name = 'bench' }: GenerateOptions): Design {
  const indices = Array.from({ length: pods }, (_, i) => i);
  return {
    format: 'podwright/v1',
    name,
    description: `A generated design of ${pods} pods for benchmarks.`,
    target: { kubernetes: '1.33' },
    pods: indices.map(pod),
    services: indices.map(service),
    externals: [],
    connections: indices.flatMap((i) => [
      {
        id: `e-${i}-local`,
        from: `c-${i}-app`,
        to: { id: `c-${i}-ambassador`, port: 'proxy' },
        description: 'App to its ambassador.',
      },
      {
        id: `e-${i}-next`,
        from: `c-${i}-ambassador`,
        to: { id: `svc-${(i + 1) % pods}`, port: 'http' },
        requires: { contract: `api-${(i + 1) % pods}`, range: '^1.0.0' },
        description: 'Ambassador to the next service.',
      },
      {
        id: `e-${i}-adapter`,
        from: `c-${i}-adapter`,
        to: { id: `c-${i}-app`, port: 'http' },
        description: 'Adapter reads the app.',
      },
    ]),
    layout: {},
    exportOptions: { networkPolicies: true, podDisruptionBudgets: true },
  };
}
