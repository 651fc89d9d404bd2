import { HELPER_ROLES, type Container, type Pod, type Volume } from '../../model/types';
import type { YamlMark } from '../yaml';
import { dataKey, joinName } from '../values';
import type { K8sContext } from './context';
import { buildContainer } from './container';

export interface BuiltPodSpec {
  spec: Record<string, unknown>;
  /** Marks relative to the pod spec. */
  marks: YamlMark[];
  /** The containers in manifest order: `containers`, then `initContainers`. */
  order: Container[];
  secretKeys: string[];
}

export interface PodSpecOptions {
  /** Jobs need `OnFailure` (or `Never`); other workloads keep the default `Always`. */
  restartPolicy?: 'OnFailure';
  /** StatefulSets claim persistent volumes through volumeClaimTemplates instead of pod volumes. */
  claimTemplates: boolean;
}

/** The name of the ConfigMap, Secret or PersistentVolumeClaim made for a pod volume. */
export function volumeObjectName(pod: Pod, volume: Volume): string {
  return joinName(pod.name, volume.name);
}

/**
 * Splits the containers the Kubernetes way. From 1.29 helpers are native sidecars: init containers
 * that keep running (`restartPolicy: Always`), started before the app and stopped after it; the
 * design's own init containers follow them, so they can use the helpers (a proxy, a fetched config).
 */
function placeContainers(
  ctx: K8sContext,
  pod: Pod,
): { main: Container[]; init: Container[]; native: Set<Container> } {
  const inits = pod.containers.filter((c) => c.role === 'init');
  const helpers = pod.containers.filter((c) => HELPER_ROLES.includes(c.role));
  const apps = pod.containers.filter((c) => c.role !== 'init' && !HELPER_ROLES.includes(c.role));
  if (ctx.nativeSidecars && apps.length > 0)
    return { main: apps, init: [...helpers, ...inits], native: new Set(helpers) };
  if (helpers.length > 0) {
    const why = ctx.nativeSidecars
      ? `${pod.name} has no app container, so its helpers run as regular containers.`
      : `Kubernetes ${ctx.version.major}.${ctx.version.minor} has no native sidecars: the helpers of ${pod.name} run as regular containers, with no start order.`;
    ctx.notes.add('helpers-as-containers', 'info', why, pod.id);
    if (pod.workload === 'Job' || pod.workload === 'CronJob') {
      ctx.notes.add(
        'job-helpers-block-completion',
        'warning',
        `The ${pod.workload} ${pod.name} will not complete while its helpers keep running; target 1.29 or later for native sidecars.`,
        pod.id,
      );
    }
  }
  return { main: pod.containers.filter((c) => c.role !== 'init'), init: inits, native: new Set() };
}

export function buildPodSpec(ctx: K8sContext, pod: Pod, options: PodSpecOptions): BuiltPodSpec {
  const marks: YamlMark[] = [];
  const secretKeys: string[] = [];
  const { main, init, native } = placeContainers(ctx, pod);
  const build = (field: string) => (container: Container, index: number) => {
    const built = buildContainer(ctx, pod, container, native.has(container));
    const summary = container.description ? `${container.role}: ${container.description}` : container.role;
    marks.push({ path: [field, index], ids: [container.id], comment: summary });
    for (const mark of built.marks) marks.push({ ...mark, path: [field, index, ...mark.path] });
    secretKeys.push(...built.secretKeys);
    return built.value;
  };
  const spec: Record<string, unknown> = {};
  if (init.length > 0) spec.initContainers = init.map(build('initContainers'));
  spec.containers = main.map(build('containers'));
  if (options.restartPolicy) spec.restartPolicy = options.restartPolicy;
  const volumes = pod.volumes
    .filter((volume) => !(options.claimTemplates && volume.kind === 'persistent'))
    .map((volume) => buildVolume(pod, volume));
  if (volumes.length > 0) spec.volumes = volumes;
  return { spec, marks, order: [...main, ...init], secretKeys };
}

function buildVolume(pod: Pod, volume: Volume): Record<string, unknown> {
  const name = volumeObjectName(pod, volume);
  switch (volume.kind) {
    case 'configMap': {
      const files = volume.files ?? [];
      const renamed = files.some((file) => dataKey(file.path) !== file.path);
      const items = files.map((file) => ({ key: dataKey(file.path), path: file.path.replace(/^\/+/, '') }));
      return { name: volume.name, configMap: { name, ...(renamed ? { items } : {}) } };
    }
    case 'secret':
      return { name: volume.name, secret: { secretName: name } };
    case 'persistent':
      return { name: volume.name, persistentVolumeClaim: { claimName: name } };
    default:
      return { name: volume.name, emptyDir: {} };
  }
}
