import type { Pod } from '../../model/types';
import type { YamlDocumentSpec } from '../yaml';
import type { K8sContext } from './context';
import { podLabels, selectorLabels } from './labels';
import { objectMeta } from './objects';

/**
 * A PodDisruptionBudget (an option) for a replicated Deployment or StatefulSet: voluntary disruptions
 * such as node drains take at most one replica at a time.
 */
export function disruptionBudgetDocument(ctx: K8sContext, pod: Pod): YamlDocumentSpec | undefined {
  if ((pod.replicas ?? 1) <= 1 || (pod.workload !== 'Deployment' && pod.workload !== 'StatefulSet'))
    return undefined;
  return {
    value: {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: objectMeta(ctx, pod.name, podLabels(ctx, pod)),
      spec: { maxUnavailable: 1, selector: { matchLabels: selectorLabels(ctx, pod) } },
    },
    comment: `Drains take at most one of the ${pod.replicas} replicas of ${pod.name} at a time.`,
    ids: [pod.id],
  };
}
