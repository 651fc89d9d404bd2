/**
 * The six recommended labels (kubernetes.io/docs/concepts/overview/working-with-objects/common-labels):
 * - name: the application, from the main image (`redis`, `mysql`); the pod name when there is none;
 * - instance: the pod name, which is also the workload's `metadata.name` (as Polaris expects);
 * - version: the main image's tag; component: the pod name, unless the pod's labels say otherwise;
 * - part-of: the design; managed-by: `podwright`.
 * Selectors use only `instance` and `part-of`: neither changes with an image or a user label, so a
 * workload's selector (immutable once applied) stays valid across exports. Renaming the pod or the
 * design changes it, as it changes the object's identity.
 */
import type { Container, External, Pod } from '../../model/types';
import { imageTag, labelValue } from '../values';
import type { K8sContext } from './context';

export const LABEL = {
  name: 'app.kubernetes.io/name',
  instance: 'app.kubernetes.io/instance',
  version: 'app.kubernetes.io/version',
  component: 'app.kubernetes.io/component',
  partOf: 'app.kubernetes.io/part-of',
  managedBy: 'app.kubernetes.io/managed-by',
} as const;

export const MANAGED_BY = 'podwright';

export type Labels = Record<string, string>;

function partOf(ctx: K8sContext): string {
  return labelValue(ctx.design.name) ?? 'podwright';
}

/** Cached per pod and export: every object of a pod carries its labels. Treat them as read-only. */
const selectorCache = new WeakMap<K8sContext, Map<Pod, Labels>>();
const labelCache = new WeakMap<K8sContext, Map<Pod, Labels>>();

function cached(
  cache: WeakMap<K8sContext, Map<Pod, Labels>>,
  ctx: K8sContext,
  pod: Pod,
  make: () => Labels,
): Labels {
  let byPod = cache.get(ctx);
  if (!byPod) cache.set(ctx, (byPod = new Map()));
  let labels = byPod.get(pod);
  if (!labels) byPod.set(pod, (labels = make()));
  return labels;
}

export function selectorLabels(ctx: K8sContext, pod: Pod): Labels {
  return cached(selectorCache, ctx, pod, () => ({
    [LABEL.instance]: labelValue(pod.name) ?? 'pod',
    [LABEL.partOf]: partOf(ctx),
  }));
}

/** The pod's main container: its first app container, else its first container. */
function mainContainer(pod: Pod): Container | undefined {
  return pod.containers.find((c) => c.role === 'app') ?? pod.containers[0];
}

/** `registry.example.com/shop/checkout:1.2@sha256:…` -> `checkout`. */
export function imageName(image: string): string | undefined {
  const path = image.split('@', 1)[0]!;
  const last = path.slice(path.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  return labelValue(colon === -1 ? last : last.slice(0, colon));
}

/** All six labels, then the pod's own labels (which may not replace the selector's two). */
export function podLabels(ctx: K8sContext, pod: Pod): Labels {
  return cached(labelCache, ctx, pod, () => makePodLabels(ctx, pod));
}

function makePodLabels(ctx: K8sContext, pod: Pod): Labels {
  const selector = selectorLabels(ctx, pod);
  const main = mainContainer(pod);
  const tag = main ? imageTag(main.image) : undefined;
  const version = tag ? labelValue(tag) : undefined;
  const instance = selector[LABEL.instance]!;
  const labels: Labels = {
    [LABEL.name]: (main && imageName(main.image)) ?? instance,
    [LABEL.instance]: instance,
    ...(version ? { [LABEL.version]: version } : {}),
    [LABEL.component]: instance,
    [LABEL.partOf]: partOf(ctx),
    [LABEL.managedBy]: MANAGED_BY,
  };
  for (const [key, value] of Object.entries(pod.labels ?? {})) {
    if (key in selector) continue;
    labels[key] = value;
  }
  return labels;
}

export function externalLabels(ctx: K8sContext, external: External): Labels {
  const name = labelValue(external.name) ?? 'external';
  return {
    [LABEL.name]: name,
    [LABEL.instance]: name,
    [LABEL.component]: 'external',
    [LABEL.partOf]: partOf(ctx),
    [LABEL.managedBy]: MANAGED_BY,
  };
}

/** For objects that belong to the design as a whole (a Service that selects no pod, the Namespace). */
export function designLabels(ctx: K8sContext): Labels {
  return { [LABEL.partOf]: partOf(ctx), [LABEL.managedBy]: MANAGED_BY };
}
