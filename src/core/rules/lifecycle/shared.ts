import type { Container, Design, Pod } from '../../model/types';
import type { DesignIndex } from '../design-index';
import { NATIVE_SIDECARS_FROM, type KubernetesVersion } from '../k8s-version';
import { inPodArrivals, isInPod } from '../relations';
import type { QuickFix } from '../types';

/** Containers of the pod that call this helper and so need it running when they start. */
export function startupDependents(index: DesignIndex, pod: Pod, helper: Container): Container[] {
  // Most helpers are called by nothing in their pod (or wait on nothing): no map for those.
  if (!index.arrivals(helper.id).some((a) => isInPod(a, pod))) return [];
  const dependents = new Map<string, Container>();
  for (const arrival of inPodArrivals(index, pod, helper)) {
    const from = arrival.from!.container;
    if (from.role === 'app' || from.role === 'init') dependents.set(from.id, from);
  }
  return [...dependents.values()];
}

export function versionText(version: KubernetesVersion): string {
  return `${version.major}.${version.minor}`;
}

/** Raising the target to the first version with native sidecars on by default. */
export function nativeTargetFix(design: Design): QuickFix {
  const kubernetes = versionText(NATIVE_SIDECARS_FROM);
  return {
    title: `Target Kubernetes ${kubernetes}, where helpers run as native sidecars`,
    changes: [{ type: 'updateDesign', patch: { target: { ...design.target, kubernetes } } }],
  };
}
