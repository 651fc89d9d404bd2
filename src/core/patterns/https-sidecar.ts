import type { DesignChange } from '../model/change-types';
import type { Container, Contract, Design, Pod, Port } from '../model/types';
import { HARDENED } from '../templates/hardening';
import {
  appInPod,
  containerName,
  freePort,
  IdMaker,
  portName,
  portSpeaking,
  requirementFor,
  volumeName,
} from './context';
import { placeHelper } from './placement';
import { refusal, type PatternApplication } from './types';

const IMAGE = 'nginxinc/nginx-unprivileged:1.27.3-alpine';

/**
 * The sidecar pattern's first example: an nginx sidecar that terminates TLS in front of the app's
 * plain HTTP port. Services and callers of other pods that reached the HTTP port now reach the
 * sidecar's HTTPS port; the app's port is bound to localhost unless its own probes still need it on
 * the pod network (then a note says so). Adds the nginx configuration, a Secret volume for the
 * certificate and a writable /tmp for the read-only root filesystem.
 */
export function addHttpsSidecar(design: Design, appContainerId: string): PatternApplication {
  const found = appInPod(design, appContainerId);
  if (typeof found === 'string') return refusal(found);
  const { pod, app } = found;
  if (pod.containers.some((c) => c.ports.some((p) => p.contract?.protocol === 'https'))) {
    return refusal(`Pod "${pod.name}" already serves HTTPS.`);
  }
  const http = portSpeaking(app, ['http'], ['http', 'web']);
  if (!http) return refusal(`"${app.name}" has no HTTP port for a TLS sidecar to put HTTPS in front of.`);

  const ids = new IdMaker(design);
  const notes: string[] = [];
  const name = containerName(pod, 'tls-proxy');
  const httpsName = portName(pod, 'https');
  const httpsNumber = freePort(pod, 8443);
  const conf = volumeName(pod, `${name}-conf`);
  const certs = volumeName(pod, `${name}-certs`);
  const tmp = volumeName(pod, `${name}-tmp`);
  const contract: Contract = http.contract
    ? { ...http.contract, protocol: 'https' }
    : { name: `${app.name}-web`, version: '1.0.0', protocol: 'https' };
  const sidecar: Container = {
    id: ids.make(`${app.id}-tls`),
    name,
    role: 'sidecar',
    image: IMAGE,
    description: `Terminates TLS on port ${httpsNumber} and proxies every request to "${app.name}" on 127.0.0.1:${http.port}.`,
    docsUrl: 'https://nginx.org/en/docs/http/configuring_https_servers.html',
    sourceUrl: 'https://github.com/nginxinc/docker-nginx-unprivileged',
    ports: [
      {
        name: httpsName,
        port: httpsNumber,
        protocol: 'TCP',
        scope: 'pod',
        description: `"${app.name}" over TLS: what clients and services use.`,
        contract,
      },
    ],
    env: [],
    mounts: [
      { volume: conf, path: '/etc/nginx/conf.d', readOnly: true },
      { volume: certs, path: '/etc/nginx/tls', readOnly: true },
      { volume: tmp, path: '/tmp' },
    ],
    probes: {
      startup: { kind: 'tcp', port: httpsName, periodSeconds: 2, failureThreshold: 30 },
      readiness: { kind: 'tcp', port: httpsName, periodSeconds: 5 },
    },
    resources: { cpuRequest: '100m', memoryRequest: '64Mi', memoryLimit: '128Mi' },
    securityContext: HARDENED,
  };
  // A free slot in the pod, which grows (and its neighbours move) when it has none.
  const placement = placeHelper(design, pod);
  const changes: DesignChange[] = [
    {
      type: 'addVolume',
      pod: pod.id,
      volume: {
        name: conf,
        kind: 'configMap',
        files: [{ path: 'default.conf', content: nginxTls(httpsNumber, http.port) }],
      },
    },
    { type: 'addVolume', pod: pod.id, volume: { name: certs, kind: 'secret' } },
    { type: 'addVolume', pod: pod.id, volume: { name: tmp, kind: 'emptyDir' } },
    { type: 'addContainer', pod: pod.id, container: sidecar, layout: placement.layout },
    ...placement.changes,
    {
      type: 'addConnection',
      connection: {
        id: ids.make(`${sidecar.id}-to-app`),
        from: sidecar.id,
        to: { id: app.id, port: http.name },
        ...requirementFor(http.contract),
        description: 'Decrypted requests, proxied over localhost.',
      },
    },
    ...retargetTraffic(design, pod, app, http, sidecar.id, sidecar.ports[0]!),
  ];
  for (const change of changes) {
    if (change.type !== 'updateServicePort') continue;
    const service = design.services.find((s) => s.id === change.service)!;
    notes.push(
      `Service "${service.name}" now serves HTTPS${change.patch.port ? ` on port ${change.patch.port}` : ''}: callers must use https://.`,
    );
  }
  if (hasNetworkProbe(app, http.name)) {
    notes.push(
      `"${app.name}" keeps port "${http.name}" on the pod network because its probes use it; bind it to 127.0.0.1 once they no longer do, so plain HTTP stays inside the pod.`,
    );
  } else {
    changes.push({ type: 'updatePort', container: app.id, port: http.name, patch: { scope: 'localhost' } });
  }
  notes.push(`Put the certificate and key (tls.crt, tls.key) in the Secret of volume "${certs}".`);
  return { ok: true, changes, selectId: sidecar.id, notes };
}

/** Whatever reached the plain port from outside the pod now reaches the HTTPS port. */
function retargetTraffic(
  design: Design,
  pod: Pod,
  app: Container,
  http: Port,
  sidecarId: string,
  https: Port,
): DesignChange[] {
  const changes: DesignChange[] = [];
  for (const service of design.services) {
    if (service.pod !== pod.id) continue;
    const names = service.ports.map((p) => p.name);
    const numbers = service.ports.map((p) => p.port);
    for (const sp of service.ports) {
      if (sp.targetPort !== http.name) continue;
      // HTTPS on its well-known name and number, when the service has them free.
      const rename = !names.includes('https') && !numbers.includes(443);
      if (rename) {
        names.push('https');
        numbers.push(443);
      }
      changes.push({
        type: 'updateServicePort',
        service: service.id,
        port: sp.name,
        patch: { targetPort: https.name, ...(rename ? { name: 'https', port: 443 } : {}) },
      });
    }
  }
  for (const connection of design.connections) {
    if (connection.to.id !== app.id || connection.to.port !== http.name) continue;
    if (pod.containers.some((c) => c.id === connection.from)) continue;
    changes.push({
      type: 'updateConnection',
      id: connection.id,
      patch: { to: { id: sidecarId, port: https.name } },
    });
  }
  return changes;
}

function hasNetworkProbe(container: Container, port: string): boolean {
  return Object.values(container.probes ?? {}).some(
    (probe) => probe?.kind !== 'exec' && probe?.port === port,
  );
}

/** nginx terminating TLS and proxying to the app on localhost. */
function nginxTls(listen: number, upstream: number): string {
  return `server {
    listen ${listen} ssl;
    ssl_certificate     /etc/nginx/tls/tls.crt;
    ssl_certificate_key /etc/nginx/tls/tls.key;
    ssl_protocols       TLSv1.2 TLSv1.3;

    location / {
        proxy_pass http://127.0.0.1:${upstream};
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
`;
}
