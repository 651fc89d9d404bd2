/**
 * Proxy configuration from the design: the ambassador's (or router's) listening ports, outbound
 * connections and their weights become an nginx, envoy or twemproxy configuration file in a
 * configMap volume of its pod. Pure; call `proxyConfigChanges` again whenever a weight or a backend
 * changes, and apply the changes it returns as one undo step.
 */
import type { DesignChange } from '../../model/change-types';
import { findContainer } from '../../model/queries';
import { toDnsLabel, uniqueName } from '../../model/names';
import type { Design, Volume } from '../../model/types';
import { renderEnvoy } from './envoy';
import { renderNginx, type RenderedConfig } from './nginx';
import { planProxy, type ProxyFlavour, type ProxyPlan } from './plan';
import { renderTwemproxy } from './twemproxy';

export { proxyFlavour, relativeWeights, type ProxyFlavour } from './plan';

/** Where each proxy reads its configuration in its official image. */
export const PROXY_CONFIG_LOCATION: Record<ProxyFlavour, { dir: string; file: string }> = {
  nginx: { dir: '/etc/nginx/conf.d', file: 'default.conf' },
  envoy: { dir: '/etc/envoy', file: 'envoy.yaml' },
  twemproxy: { dir: '/etc/nutcracker', file: 'nutcracker.yml' },
};

const RENDERERS: Record<ProxyFlavour, (plan: ProxyPlan) => RenderedConfig> = {
  nginx: renderNginx,
  envoy: renderEnvoy,
  twemproxy: renderTwemproxy,
};

export interface ProxyConfig {
  flavour: ProxyFlavour;
  /** The file's name inside its configMap volume. */
  file: string;
  content: string;
  /** What the file leaves out and why (backends without an address, unsupported protocols, …). */
  notes: string[];
}

export type ProxyConfigResult = { ok: true; config: ProxyConfig } | { ok: false; reason: string };

/**
 * Renders the configuration file of a proxy container from its ports and outbound connections:
 * nginx upstream weights, envoy weighted endpoints or twemproxy server pools, picked by its image.
 */
export function renderProxyConfig(design: Design, containerId: string): ProxyConfigResult {
  const planned = planProxy(design, containerId);
  if (!planned.ok) return planned;
  const { flavour } = planned.plan;
  const { content, notes } = RENDERERS[flavour](planned.plan);
  if (!content) {
    return {
      ok: false,
      reason: notes[0] ?? `"${planned.plan.container.name}" has nothing to configure yet.`,
    };
  }
  return { ok: true, config: { flavour, file: PROXY_CONFIG_LOCATION[flavour].file, content, notes } };
}

export type ProxyConfigUpdate =
  { ok: true; changes: DesignChange[]; volume: string; config: ProxyConfig } | { ok: false; reason: string };

/**
 * The changes that bring a proxy's configuration file up to date with the design: the file is
 * written into the configMap volume the container already mounts for it (found by file name, then by
 * the image's configuration directory), or a new volume mounted there. No changes when it is current.
 */
export function proxyConfigChanges(design: Design, containerId: string): ProxyConfigUpdate {
  const rendered = renderProxyConfig(design, containerId);
  if (!rendered.ok) return rendered;
  const { config } = rendered;
  const { pod, container } = findContainer(design, containerId)!;
  const location = PROXY_CONFIG_LOCATION[config.flavour];
  const mounted = container.mounts
    .map((mount) => ({ mount, volume: pod.volumes.find((v) => v.name === mount.volume) }))
    .filter((m): m is { mount: (typeof m)['mount']; volume: Volume } => m.volume !== undefined);
  const holder =
    mounted.find(
      (m) => m.volume.kind === 'configMap' && m.volume.files?.some((f) => f.path === config.file),
    ) ?? mounted.find((m) => m.mount.path === location.dir);
  if (holder && holder.volume.kind !== 'configMap') {
    return {
      ok: false,
      reason: `"${container.name}" mounts ${holder.volume.kind} volume "${holder.volume.name}" at ${location.dir}; the configuration needs a configMap there.`,
    };
  }
  if (holder) {
    const files = holder.volume.files ?? [];
    const current = files.find((f) => f.path === config.file);
    if (current?.content === config.content) {
      return { ok: true, changes: [], volume: holder.volume.name, config };
    }
    const next = current
      ? files.map((f) => (f.path === config.file ? { ...f, content: config.content } : f))
      : [...files, { path: config.file, content: config.content }];
    const change: DesignChange = {
      type: 'updateVolume',
      pod: pod.id,
      volume: holder.volume.name,
      patch: { files: next },
    };
    return { ok: true, changes: [change], volume: holder.volume.name, config };
  }
  const name = uniqueName(
    toDnsLabel(`${container.name}-conf`, 'proxy-conf'),
    pod.volumes.map((v) => v.name),
  );
  const changes: DesignChange[] = [
    {
      type: 'addVolume',
      pod: pod.id,
      volume: { name, kind: 'configMap', files: [{ path: config.file, content: config.content }] },
    },
    {
      type: 'updateContainer',
      id: container.id,
      patch: { mounts: [...container.mounts, { volume: name, path: location.dir, readOnly: true }] },
    },
  ];
  return { ok: true, changes, volume: name, config };
}
