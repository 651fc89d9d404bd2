import type { DesignChange } from '../model/change-types';
import { tryApplyChanges } from '../model/changes';
import { findConnection, findContainer, findExternal, findService, serviceTarget } from '../model/queries';
import { portNameProblem } from '../model/names';
import type { Container, Contract, Design } from '../model/types';
import { HARDENED } from '../templates/hardening';
import { containerName, freePort, IdMaker, portName, roleWord } from './context';
import { proxyConfigChanges } from './proxy-config';
import { placeHelper } from './placement';
import { refusal, type PatternApplication } from './types';

/**
 * The ambassador pattern: the app's connection to a service or external system now goes to an envoy
 * ambassador on localhost, which carries it on to the original target. The ambassador listens on a
 * localhost port with the target's contract (plain HTTP when the target speaks HTTPS: it originates
 * TLS), answers /healthz for its probes, and gets an envoy.yaml generated from its connections.
 */
export function putAmbassadorInFront(design: Design, connectionId: string): PatternApplication {
  const connection = findConnection(design, connectionId);
  if (!connection) return refusal('Select a connection first.');
  const caller = findContainer(design, connection.from);
  if (!caller) return refusal('That connection does not start at a container.');
  const { pod, container: app } = caller;
  if (app.role !== 'app') {
    return refusal(
      `The connection starts at "${app.name}", ${roleWord(app.role)}; ambassadors broker an app's connections.`,
    );
  }
  const target = describeTarget(design, connection.to.id, connection.to.port, pod.id);
  if (typeof target === 'string') return refusal(target);
  if (target.podId === pod.id)
    return refusal('The connection stays inside the pod; an ambassador brokers traffic that leaves it.');

  const ids = new IdMaker(design);
  // Named after what the app reaches through it: the target's port name could say "https" while the
  // ambassador offers plain HTTP on localhost.
  const listenName = portName(pod, portLabel(target.name));
  const healthName = portName(pod, 'proxy-health', [listenName]);
  const listenNumber = freePort(pod, target.port < 1024 ? 10000 + target.port : target.port);
  const healthNumber = freePort(pod, 9901, [listenNumber]);
  const offered: Contract | undefined = target.contract
    ? {
        ...target.contract,
        protocol: target.contract.protocol === 'https' ? 'http' : target.contract.protocol,
      }
    : undefined;
  const ambassador: Container = {
    id: ids.make(`${app.id}-to-${target.name}-proxy`),
    name: containerName(pod, `${target.name}-proxy`),
    role: 'ambassador',
    image: 'envoyproxy/envoy:v1.31.3',
    description: `Ambassador: "${app.name}" calls "${target.name}" on 127.0.0.1:${listenNumber}; envoy carries the calls on${target.contract?.protocol === 'https' ? ' over TLS' : ''}, with retries.`,
    docsUrl: 'https://www.envoyproxy.io/docs/envoy/v1.31.3/',
    sourceUrl: 'https://github.com/envoyproxy/envoy',
    ports: [
      {
        name: listenName,
        port: listenNumber,
        protocol: 'TCP',
        scope: 'localhost',
        description: `"${target.name}" as the app sees it, on localhost.`,
        ...(offered ? { contract: offered } : {}),
      },
      {
        name: healthName,
        port: healthNumber,
        protocol: 'TCP',
        scope: 'pod',
        description: 'Health endpoint for the kubelet: /healthz.',
        contract: { name: 'health', version: '1.0.0', protocol: 'health' },
      },
    ],
    env: [],
    mounts: [],
    probes: {
      startup: { kind: 'http', port: healthName, path: '/healthz', periodSeconds: 2, failureThreshold: 30 },
      readiness: { kind: 'http', port: healthName, path: '/healthz', periodSeconds: 5 },
    },
    resources: { cpuRequest: '50m', memoryRequest: '64Mi', memoryLimit: '128Mi' },
    securityContext: HARDENED,
  };
  // A free slot in the pod, which grows (and its neighbours move) when it has none.
  const placement = placeHelper(design, pod);
  const changes: DesignChange[] = [
    { type: 'addContainer', pod: pod.id, container: ambassador, layout: placement.layout },
    ...placement.changes,
    {
      type: 'addConnection',
      connection: {
        id: ids.make(`${ambassador.id}-upstream`),
        from: ambassador.id,
        to: { ...connection.to },
        ...(connection.requires ? { requires: connection.requires } : {}),
        description: connection.description ?? `Calls of "${app.name}", carried on.`,
      },
    },
    { type: 'updateConnection', id: connection.id, patch: { to: { id: ambassador.id, port: listenName } } },
  ];
  // The envoy configuration is written from the design as it will be once the rest is applied.
  const scratch = tryApplyChanges(design, changes);
  if (!scratch.ok) return refusal(scratch.error.message);
  const config = proxyConfigChanges(scratch.design, ambassador.id);
  if (!config.ok) return refusal(config.reason);
  const notes = [
    `Point "${app.name}" at 127.0.0.1:${listenNumber} instead of ${target.address}.`,
    ...config.config.notes,
  ];
  return { ok: true, changes: [...changes, ...config.changes], selectId: ambassador.id, notes };
}

interface TargetFacts {
  name: string;
  port: number;
  contract?: Contract;
  address: string;
  /** The pod behind it, when it is a service of the design. */
  podId?: string;
}

function describeTarget(design: Design, id: string, wanted: string, callerPod: string): TargetFacts | string {
  const service = findService(design, id);
  if (service) {
    const port = service.ports.find((p) => p.name === wanted);
    if (!port) return `Service "${service.name}" has no port "${wanted}".`;
    const contract = serviceTarget(design, service, wanted)?.port.contract;
    return {
      name: service.name,
      port: port.port,
      address: `${service.name}:${port.port}`,
      podId: service.pod,
      ...(contract ? { contract } : {}),
    };
  }
  const external = findExternal(design, id);
  if (external) {
    const port = external.ports.find((p) => p.name === wanted);
    if (!port) return `"${external.name}" has no port "${wanted}".`;
    return {
      name: external.name,
      port: port.port,
      address: `${external.host || external.name}:${port.port}`,
      ...(port.contract ? { contract: port.contract } : {}),
    };
  }
  const container = findContainer(design, id);
  if (container?.pod.id === callerPod) {
    return 'The connection stays inside the pod; an ambassador brokers traffic that leaves it.';
  }
  if (container) {
    return `"${container.container.name}" in pod "${container.pod.name}" has no stable address; put a service in front of it first.`;
  }
  return 'The connection ends nowhere.';
}

/** A port name (IANA service name: at most 15 characters, a letter, no "--") from a target's name. */
function portLabel(name: string): string {
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 15)
    .replace(/^-+|-+$/g, '');
  return portNameProblem(label) ? 'upstream' : label;
}
