import type { K8sContext } from './context';
import type { Labels } from './labels';

/** Object metadata in the usual key order; empty annotations are left out. */
export function objectMeta(
  ctx: K8sContext,
  name: string,
  labels: Labels,
  annotations: Record<string, string> = {},
): Record<string, unknown> {
  return {
    name,
    ...(ctx.namespace ? { namespace: ctx.namespace } : {}),
    labels,
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
  };
}
