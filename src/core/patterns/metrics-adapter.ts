import type { DesignChange } from '../model/change-types';
import type { Container, Design } from '../model/types';
import { HARDENED } from '../templates/hardening';
import { appInPod, containerName, freePort, IdMaker, portName, requirementFor } from './context';
import { exporterFor } from './exporters';
import { placeHelper } from './placement';
import { refusal, type PatternApplication } from './types';

/**
 * The adapter pattern for monitoring: a Prometheus exporter beside the app that reads it over
 * localhost and serves metrics in the exposition format on the pod network. The exporter is chosen
 * by what the app speaks (its contracts, else its image): Redis, MySQL, PostgreSQL, memcached,
 * nginx; any other HTTP app gets the blackbox exporter, which at least reports whether it answers.
 */
export function addMetricsAdapter(design: Design, appContainerId: string): PatternApplication {
  const found = appInPod(design, appContainerId);
  if (typeof found === 'string') return refusal(found);
  const { pod, app } = found;
  // The app's own metrics, or an exporter that already reads it; an adapter's metrics about itself do not count.
  const serves = (c: Container) => c.ports.some((p) => p.contract?.protocol === 'prometheus');
  const reads = (c: Container) => design.connections.some((e) => e.from === c.id && e.to.id === app.id);
  const metrics = pod.containers.find(
    (c) => serves(c) && (c.id === app.id || (c.role === 'adapter' && reads(c))),
  );
  if (metrics) return refusal(`"${app.name}" already has Prometheus metrics, served by "${metrics.name}".`);
  const chosen = exporterFor(app);
  if (!chosen) {
    return refusal(
      `No exporter is known for "${app.name}" (${app.image}); give its port a contract (redis, mysql, postgres, memcached, http) first.`,
    );
  }
  const { exporter, target } = chosen;
  const ids = new IdMaker(design);
  const name = containerName(pod, `${app.name}-metrics`);
  const port = portName(pod, 'metrics');
  const wiring = exporter.wiring(target);
  const adapter: Container = {
    id: ids.make(`${app.id}-metrics`),
    name,
    role: 'adapter',
    image: exporter.image,
    description: `Metrics adapter: reads ${exporter.subject} from "${app.name}" over localhost and serves it as Prometheus metrics on /metrics.`,
    docsUrl: exporter.docsUrl,
    sourceUrl: exporter.sourceUrl,
    ...(wiring.args ? { args: wiring.args } : {}),
    ports: [
      {
        name: port,
        port: freePort(pod, exporter.port),
        protocol: 'TCP',
        scope: 'pod',
        description: `Prometheus metrics of "${app.name}".`,
        contract: {
          name: `${app.name}-metrics`,
          version: exporter.version,
          protocol: 'prometheus',
          spec: 'https://prometheus.io/docs/instrumenting/exposition_formats/',
        },
      },
    ],
    env: wiring.env,
    mounts: [],
    probes: {
      readiness: exporter.healthPath
        ? { kind: 'http', port, path: exporter.healthPath, periodSeconds: 10 }
        : { kind: 'tcp', port, periodSeconds: 10 },
    },
    resources: { cpuRequest: '25m', memoryRequest: '32Mi', memoryLimit: '64Mi' },
    securityContext: HARDENED,
  };
  // A free slot in the pod, which grows (and its neighbours move) when it has none.
  const placement = placeHelper(design, pod);
  const changes: DesignChange[] = [
    { type: 'addContainer', pod: pod.id, container: adapter, layout: placement.layout },
    ...placement.changes,
    {
      type: 'addConnection',
      connection: {
        id: ids.make(`${adapter.id}-to-app`),
        from: adapter.id,
        to: { id: app.id, port: target.name },
        ...requirementFor(target.contract),
        description: 'Reads the app over localhost at every scrape.',
      },
    },
  ];
  const notes = [
    ...(exporter.notes ?? []),
    `Point Prometheus at port ${adapter.ports[0]!.port} of pod "${pod.name}" (a Service or a scrape annotation).`,
  ];
  return { ok: true, changes, selectId: adapter.id, notes };
}
