import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { aConnection, aContainer, aDesign, aPod, aPort, aService, aWebDesign } from '../../testing/builders';
import type { Design } from '../../model/types';
import { exportCompose } from './index';
import { composeCpus, composeMemory } from './quantities';
import { shellQuote } from './healthcheck';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function run(design: Design) {
  const result = exportCompose(design);
  const file = parse(result.text) as Obj;
  return {
    ...result,
    file,
    services: file.services as Record<string, Obj>,
    codes: result.notes.map((n) => n.code),
  };
}

/** Pod "web": an app that calls its ambassador on localhost, and an adapter that reads the app. */
const ambassadorDesign = () =>
  aDesign({
    pods: [
      aPod({
        containers: [
          aContainer({
            ports: [aPort()],
            probes: { readiness: { kind: 'http', port: 'http', path: '/ready' } },
          }),
          aContainer({
            id: 'c-amb',
            name: 'proxy',
            role: 'ambassador',
            ports: [aPort({ name: 'redis', port: 6379, scope: 'localhost' })],
            probes: { readiness: { kind: 'tcp', port: 'redis' } },
          }),
          aContainer({
            id: 'c-adapter',
            name: 'metrics',
            role: 'adapter',
            ports: [aPort({ name: 'metrics', port: 9100 })],
          }),
          aContainer({ id: 'c-init', name: 'migrate', role: 'init' }),
        ],
      }),
    ],
    services: [aService({ pod: 'p-web', ports: [{ name: 'http', port: 8080, targetPort: 'http' }] })],
    connections: [
      aConnection({ id: 'e-1', from: 'c-app', to: { id: 'c-amb', port: 'redis' } }),
      aConnection({ id: 'e-2', from: 'c-adapter', to: { id: 'c-app', port: 'http' } }),
    ],
  });

describe('pods as services', () => {
  it('names one service per container and lets the app own the namespace', () => {
    const { services } = run(aWebDesign());
    expect(Object.keys(services)).toEqual(['web-app', 'web-tls']);
    expect(services['web-app']).toMatchObject({
      networks: { default: { aliases: ['web'] } },
      expose: ['8443'],
    });
    expect(services['web-app']).not.toHaveProperty('network_mode');
    expect(services['web-tls']).toMatchObject({
      network_mode: 'service:web-app',
      depends_on: { 'web-app': { condition: 'service_started' } },
    });
    for (const key of ['ports', 'networks', 'expose']) expect(services['web-tls']).not.toHaveProperty(key);
  });

  it('lets an ambassador the app needs at start own the namespace, and starts it first', () => {
    const { services } = run(ambassadorDesign());
    expect(services['web-proxy']).toMatchObject({
      networks: { default: { aliases: ['web'] } },
      expose: ['8080', '9100'],
    });
    expect(services['web-app']).toMatchObject({
      network_mode: 'service:web-proxy',
      depends_on: {
        'web-proxy': { condition: 'service_healthy' },
        'web-migrate': { condition: 'service_completed_successfully' },
      },
    });
    expect(services['web-metrics']).toMatchObject({
      network_mode: 'service:web-proxy',
      depends_on: {
        'web-proxy': { condition: 'service_started' },
        'web-app': { condition: 'service_healthy' },
      },
    });
    expect(services['web-migrate']).toMatchObject({ restart: 'no' });
    expect(services['web-migrate']).not.toHaveProperty('network_mode');
  });

  it('never writes a depends_on cycle', () => {
    const design = ambassadorDesign();
    design.connections.push(aConnection({ id: 'e-3', from: 'c-amb', to: { id: 'c-app', port: 'http' } }));
    const { services } = run(design);
    expect(services['web-proxy']!.depends_on).toBeUndefined();
  });

  it('publishes the ports of NodePort and LoadBalancer services on the owner', () => {
    const design = aWebDesign();
    design.services[0] = { ...design.services[0]!, type: 'LoadBalancer' };
    const { services } = run(design);
    expect(services['web-app']!.ports).toEqual([
      { name: 'https', target: 8443, published: '443', protocol: 'tcp' },
    ]);
    expect(services['web-app']!.labels).toMatchObject({
      'kompose.service.group': 'web',
      'kompose.service.type': 'loadbalancer',
    });
  });

  it.each([
    { workload: 'Deployment' as const, restart: 'unless-stopped', labels: {}, replicas: 2 },
    {
      workload: 'StatefulSet' as const,
      restart: 'unless-stopped',
      labels: { 'kompose.controller.type': 'statefulset' },
      replicas: 2,
    },
    {
      workload: 'DaemonSet' as const,
      restart: 'unless-stopped',
      labels: { 'kompose.controller.type': 'daemonset' },
      replicas: undefined,
    },
    { workload: 'Job' as const, restart: 'on-failure', labels: {}, replicas: undefined },
    {
      workload: 'CronJob' as const,
      restart: 'no',
      labels: { 'kompose.cronjob.schedule': '0 3 * * *' },
      replicas: undefined,
    },
  ])('maps a $workload to restart $restart and kompose labels', ({ workload, restart, labels, replicas }) => {
    const { services, text } = run(
      aDesign({ pods: [aPod({ workload, replicas: 2, schedule: '0 3 * * *', containers: [aContainer()] })] }),
    );
    expect(services['web-app']).toMatchObject({
      restart,
      labels: { 'kompose.service.group': 'web', ...labels },
    });
    expect(services['web-app']!.deploy?.replicas).toBe(replicas);
    if (restart === 'no') expect(text).toContain('restart: "no"');
  });
});

describe('service contents', () => {
  it('escapes $ in user text and interpolates secret variables from the environment', () => {
    const design = aDesign({
      pods: [
        aPod({
          containers: [
            aContainer({
              description: 'Costs $5',
              command: ['sh', '-c', 'echo $HOME'],
              env: [
                { name: 'PLAIN', value: 'a$b' },
                { name: 'TOKEN', value: 'never', secret: true },
                { name: 'MAYBE', secret: true, required: false },
              ],
            }),
          ],
        }),
      ],
    });
    const { services, text } = run(design);
    expect(services['web-app']).toMatchObject({
      entrypoint: ['sh', '-c', 'echo $$HOME'],
      environment: { PLAIN: 'a$$b', TOKEN: '${TOKEN:?set TOKEN}', MAYBE: '${MAYBE:-}' },
      'x-podwright': {
        description: 'Costs $$5',
        env: { TOKEN: { secret: true }, MAYBE: { required: false, secret: true } },
      },
    });
    expect(text).not.toContain('never');
  });

  it.each([
    {
      probe: { kind: 'http' as const, port: 'http', path: "/it's" },
      test: [
        'CMD-SHELL',
        "wget -q -O /dev/null 'http://127.0.0.1:8080/it'\\''s' || curl -fsS -o /dev/null 'http://127.0.0.1:8080/it'\\''s' || exit 1",
      ],
    },
    { probe: { kind: 'tcp' as const, port: 'http' }, test: ['CMD-SHELL', 'nc -z 127.0.0.1 8080 || exit 1'] },
    {
      probe: { kind: 'grpc' as const, port: 'http' },
      test: ['CMD', 'grpc_health_probe', '-addr=127.0.0.1:8080'],
    },
    { probe: { kind: 'exec' as const, command: ['pg_isready'] }, test: ['CMD', 'pg_isready'] },
  ])('turns a $probe.kind probe into a healthcheck', ({ probe, test }) => {
    const { services } = run(
      aDesign({
        pods: [
          aPod({
            containers: [
              aContainer({ ports: [aPort()], probes: { readiness: { ...probe, periodSeconds: 7 } } }),
            ],
          }),
        ],
      }),
    );
    expect(services['web-app']!.healthcheck).toEqual({ test, interval: '7s', retries: 3 });
  });

  it('mounts named volumes, file configs and secrets', () => {
    const design = aDesign({
      pods: [
        aPod({
          containers: [
            aContainer({
              mounts: [
                { volume: 'cache', path: '/cache' },
                { volume: 'conf', path: '/etc/app/' },
                { volume: 'tls', path: '/tls', readOnly: true },
              ],
            }),
          ],
          volumes: [
            { name: 'cache', kind: 'emptyDir' },
            { name: 'conf', kind: 'configMap', files: [{ path: 'app.conf', content: 'home = $HOME\n' }] },
            { name: 'tls', kind: 'secret' },
          ],
        }),
      ],
    });
    const { services, file, codes } = run(design);
    expect(services['web-app']).toMatchObject({
      volumes: [{ type: 'volume', source: 'web-cache', target: '/cache' }],
      configs: [{ source: 'web-conf-app.conf', target: '/etc/app/app.conf' }],
      secrets: [{ source: 'web-tls', target: '/tls' }],
    });
    expect(file).toMatchObject({
      volumes: { 'web-cache': {} },
      configs: { 'web-conf-app.conf': { content: 'home = $$HOME\n' } },
      secrets: { 'web-tls': { file: './secrets/web-tls' } },
    });
    expect(codes).toContain('compose-secret-file');
  });

  it('records the design mounts when Compose would lose their order or a writable config', () => {
    const volumes = [
      { name: 'conf', kind: 'configMap' as const, files: [{ path: 'a.conf', content: '' }] },
      { name: 'cache', kind: 'emptyDir' as const },
    ];
    const grouped = [
      { volume: 'cache', path: '/cache' },
      { volume: 'conf', path: '/etc/app', readOnly: true },
    ];
    const reordered = [grouped[1]!, grouped[0]!];
    const ext = (mounts: typeof grouped) =>
      run(aDesign({ pods: [aPod({ volumes, containers: [aContainer({ mounts })] })] })).services['web-app']![
        'x-podwright'
      ];
    expect(ext(grouped)).not.toHaveProperty('mounts');
    expect(ext(reordered).mounts).toEqual(reordered);
    expect(ext([{ volume: 'conf', path: '/etc/app' }]).mounts).toEqual([
      { volume: 'conf', path: '/etc/app' },
    ]);
  });

  it('converts resources and the security context', () => {
    const container = aContainer({
      resources: { cpuRequest: '250m', cpuLimit: '2', memoryRequest: '64Mi', memoryLimit: '1Gi' },
      securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, runAsNonRoot: true },
    });
    const { services, codes } = run(aDesign({ pods: [aPod({ replicas: 3, containers: [container] })] }));
    expect(services['web-app']).toMatchObject({
      deploy: {
        replicas: 3,
        resources: { limits: { cpus: '2', memory: '1g' }, reservations: { cpus: '0.25', memory: '64m' } },
      },
      read_only: true,
      security_opt: ['no-new-privileges:true'],
    });
    expect(codes).toContain('compose-run-as-non-root');
  });
});

describe('notes for what Compose cannot express', () => {
  it.each([
    { change: (d: Design) => (d.services[0]!.type = 'Headless'), code: 'compose-headless-service' },
    {
      change: (d: Design) => (d.exportOptions = { networkPolicies: true }),
      code: 'compose-no-network-policy',
    },
    { change: (d: Design) => (d.pods[0]!.workload = 'CronJob'), code: 'compose-cronjob-schedule' },
    { change: (d: Design) => (d.pods[0]!.replicas = 2), code: 'compose-replicated-pod' },
    { change: (d: Design) => (d.services[0]!.pod = ''), code: 'service-without-pod' },
    { change: (d: Design) => (d.externals[0]!.host = 'db.example.com'), code: 'compose-external-name' },
    { change: () => undefined, code: 'compose-localhost-scope' },
    { change: () => undefined, code: 'compose-service-port-remap' },
  ])('$code', ({ change, code }) => {
    const design = aWebDesign();
    change(design);
    expect(run(design).codes).toContain(code);
  });
});

describe('ranges and extensions', () => {
  it('maps containers, pods, services, externals and connections to their lines', () => {
    const { text, ranges } = run(aWebDesign());
    const at = (id: string) => {
      const r = ranges.find((x) => x.id === id)!;
      return text
        .split('\n')
        .slice(r.start - 1, r.end)
        .join('\n');
    };
    expect(at('c-app')).toMatch(
      /^ {2}# Pod web \(Deployment\): A pod\.\n {2}#\n {2}# app: The app\.\n {2}web-app:\n/,
    );
    expect(at('p-web')).toContain('web-tls:');
    expect(at('s-web')).toBe('          - web');
    expect(at('e-2')).toMatch(/^ {8}- id: e-2\n/);
    expect(ranges.filter((r) => r.id === 'x-db')).toHaveLength(1);
  });

  it('keeps the design facts in x-podwright', () => {
    const design = aWebDesign();
    design.pods[0]!.containers[1]!.license = 'BSD-2-Clause';
    const { file, services } = run(design);
    expect(services['web-tls']!['x-podwright']).toMatchObject({
      id: 'c-tls',
      role: 'sidecar',
      license: 'BSD-2-Clause',
    });
    expect(file['x-podwright']).toMatchObject({
      format: 'podwright/v1',
      name: 'test',
      pods: [
        { id: 'p-web', name: 'web', workload: 'Deployment', volumes: [{ name: 'cache', kind: 'emptyDir' }] },
      ],
      services: [{ id: 's-web', name: 'web', type: 'ClusterIP', pod: 'p-web' }],
      externals: [
        { id: 'x-db', name: 'db', kind: 'database', ports: [{ name: 'sql', port: 5432, protocol: 'TCP' }] },
      ],
    });
  });
});

describe('quantities and quoting', () => {
  it.each([
    ['100m', '0.1'],
    ['1', '1'],
    ['1.5', '1.5'],
    ['2k', undefined],
    ['lots', undefined],
  ])('cpu %s -> %s', (quantity, expected) => expect(composeCpus(quantity)).toBe(expected));

  it.each([
    ['128Mi', '128m'],
    ['1Gi', '1g'],
    ['512Ki', '512k'],
    ['1.5Gi', '1610612736b'],
    ['500M', '500000000b'],
    ['1024', '1024b'],
    ['1Ti', '1099511627776b'],
    ['lots', undefined],
  ])('memory %s -> %s', (quantity, expected) => expect(composeMemory(quantity)).toBe(expected));

  it.each([
    ['plain/path', 'plain/path'],
    ['with space', "'with space'"],
    ["it's", "'it'\\''s'"],
    ['$(rm -rf /)', "'$(rm -rf /)'"],
  ])('shell-quotes %j', (word, expected) => expect(shellQuote(word)).toBe(expected));
});
