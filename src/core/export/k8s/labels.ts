/**
 * The six recommended labels (kubernetes.io/docs/concepts/overview/working-with-objects/common-labels).
 * Selectors use only `name` and `instance`: they never change when an image tag or a user label does,
 * so a Deployment's selector (immutable once applied) stays valid across exports.
 */
import type { External, Pod } from '../../model/types';
import { imageTag, joinName, labelValue } from '../values';
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

export function selectorLabels(ctx: K8sContext, pod: Pod): Labels {
  const name = labelValue(pod.name) ?? 'pod';
  return {
    [LABEL.name]: name,
    [LABEL.instance]: labelValue(joinName(partOf(ctx), name)) ?? name,
  };
}

/** The pod's own version: the tag of its first app container, else of its first container. */
function podVersion(pod: Pod): string | undefined {
  const main = pod.containers.find((c) => c.role === 'app') ?? pod.containers[0];
  const tag = main ? imageTag(main.image) : undefined;
  return tag ? labelValue(tag) : undefined;
}

/** All six labels, then the pod's own labels (which may not replace the selector's two). */
export function podLabels(ctx: K8sContext, pod: Pod): Labels {
  const selector = selectorLabels(ctx, pod);
  const version = podVersion(pod);
  const labels: Labels = {
    ...selector,
    ...(version ? { [LABEL.version]: version } : {}),
    [LABEL.component]: selector[LABEL.name]!,
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
    [LABEL.instance]: labelValue(joinName(partOf(ctx), name)) ?? name,
    [LABEL.component]: 'external',
    [LABEL.partOf]: partOf(ctx),
    [LABEL.managedBy]: MANAGED_BY,
  };
}

/** For objects that belong to the design as a whole (a Service that selects no pod, the Namespace). */
export function designLabels(ctx: K8sContext): Labels {
  return { [LABEL.partOf]: partOf(ctx), [LABEL.managedBy]: MANAGED_BY };
}
