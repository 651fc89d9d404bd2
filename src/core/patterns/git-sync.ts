import type { DesignChange } from '../model/change-types';
import type { Container, Design, External } from '../model/types';
import { HARDENED } from '../templates/hardening';
import {
  appInPod,
  containerName,
  endpointName,
  freeMountPath,
  freePort,
  IdMaker,
  portName,
  volumeName,
} from './context';
import { placeExternal, placeHelper } from './placement';
import { refusal, type PatternApplication } from './types';

const GIT_CONTRACT = { name: 'git-smart-http', version: '2.0.0', protocol: 'https' } as const;

/**
 * The sidecar pattern with a shared volume: git-sync clones a repository into an emptyDir that the app
 * mounts read-only, and pulls it on a period, switching a `current` link atomically. The repository is
 * the design's Git server (an external whose port speaks a git-* contract), or a new external to fill in.
 */
export function addGitSync(design: Design, appContainerId: string): PatternApplication {
  const found = appInPod(design, appContainerId);
  if (typeof found === 'string') return refusal(found);
  const { pod, app } = found;
  const existing = pod.containers.find((c) => /git-sync/.test(c.image));
  if (existing) return refusal(`Pod "${pod.name}" already runs git-sync as "${existing.name}".`);

  const ids = new IdMaker(design);
  const changes: DesignChange[] = [];
  const notes: string[] = [];
  let addRepo: Extract<DesignChange, { type: 'addExternal' }> | undefined;
  let repo: External | undefined = design.externals.find((x) =>
    x.ports.some((p) => p.contract?.name.startsWith('git')),
  );
  if (!repo) {
    repo = {
      id: ids.make('ext-git-repo'),
      name: endpointName(design, 'git-repo'),
      description: 'The Git server that hosts the repository git-sync follows.',
      kind: 'api',
      host: 'git.example.com',
      ports: [{ name: 'https', port: 443, protocol: 'TCP', contract: { ...GIT_CONTRACT } }],
    };
    addRepo = { type: 'addExternal', external: repo };
    notes.push(`Set the host of "${repo.name}" and GITSYNC_REPO to your repository.`);
  }
  const repoPort = repo.ports.find((p) => p.contract?.name.startsWith('git')) ?? repo.ports[0]!;
  const volume = volumeName(pod, 'git-content');
  const appPath = freeMountPath(app, '/git');
  const health = portName(pod, 'sync-health');
  const healthPort = freePort(pod, 2020);
  const sidecar: Container = {
    id: ids.make(`${app.id}-git-sync`),
    name: containerName(pod, 'git-sync'),
    role: 'sidecar',
    image: 'registry.k8s.io/git-sync/git-sync:v4.4.0',
    description: `Clones the repository into the shared volume and pulls every minute; swaps the \`current\` link atomically, so "${app.name}" never reads a half-written tree.`,
    docsUrl: 'https://github.com/kubernetes/git-sync/blob/v4.4.0/README.md',
    sourceUrl: 'https://github.com/kubernetes/git-sync',
    ports: [
      {
        name: health,
        port: healthPort,
        protocol: 'TCP',
        scope: 'pod',
        description: 'git-sync health: 200 once the first sync has succeeded.',
        contract: { name: 'git-sync-health', version: '4.0.0', protocol: 'health' },
      },
    ],
    env: [
      env('GITSYNC_REPO', `https://${repo.host || repo.name}/team/content.git`, 'The repository to clone.'),
      env('GITSYNC_REF', 'main', 'Branch, tag or commit to follow.'),
      env('GITSYNC_ROOT', '/git', 'Where the checkouts live: the shared volume.'),
      env('GITSYNC_LINK', 'current', 'Name of the link to the latest checkout.'),
      env('GITSYNC_PERIOD', '60s', 'How often to pull.'),
      env('GITSYNC_HTTP_BIND', `:${healthPort}`, 'Address of the health endpoint.'),
    ],
    mounts: [{ volume, path: '/git' }],
    probes: {
      startup: { kind: 'http', port: health, path: '/', periodSeconds: 2, failureThreshold: 60 },
      liveness: { kind: 'tcp', port: health, periodSeconds: 20 },
    },
    resources: { cpuRequest: '50m', memoryRequest: '32Mi', memoryLimit: '128Mi' },
    securityContext: HARDENED,
  };
  // A free slot in the pod, which grows (and its neighbours move) when it has none.
  const placement = placeHelper(design, pod);
  changes.push(
    { type: 'addVolume', pod: pod.id, volume: { name: volume, kind: 'emptyDir' } },
    {
      type: 'updateContainer',
      id: app.id,
      patch: { mounts: [...app.mounts, { volume, path: appPath, readOnly: true }] },
    },
    { type: 'addContainer', pod: pod.id, container: sidecar, layout: placement.layout },
    ...placement.changes,
    {
      type: 'addConnection',
      connection: {
        id: ids.make(`${sidecar.id}-to-repo`),
        from: sidecar.id,
        to: { id: repo.id, port: repoPort.name },
        ...(repoPort.contract ? { requires: { contract: repoPort.contract.name, range: '^2.0.0' } } : {}),
        description: 'Clone and fetch, every GITSYNC_PERIOD.',
      },
    },
  );
  notes.push(`"${app.name}" finds the files under ${appPath}/current.`);
  // A new repository goes where the grown pod and its moved neighbours leave room.
  if (addRepo) changes.unshift({ ...addRepo, layout: placeExternal(design, pod, changes) });
  return { ok: true, changes, selectId: sidecar.id, notes };
}

function env(name: string, value: string, description: string) {
  return { name, value, description, required: true };
}
