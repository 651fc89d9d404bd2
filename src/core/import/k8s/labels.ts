/**
 * Pod labels. A foreign manifest's labels are the pod's own and are all kept (the rules tell imported
 * pods by them). On an object our export wrote, the recommended labels it stamps are taken off again,
 * so only the labels the design had come back: whatever the export would write for a pod without
 * labels, key and value alike, is the export's.
 */
import { podLabels } from '../../export/k8s/labels';
import { makeContext } from '../../export/k8s/context';
import { makeDesign } from '../../model/factories';
import type { Pod } from '../../model/types';

export function podLabelsFrom(
  templateLabels: Record<string, string>,
  pod: Pod,
  ours: boolean,
  designName: string,
): Record<string, string> {
  if (!ours) return { ...templateLabels };
  const generated = podLabels(makeContext(makeDesign({ name: designName })), { ...pod, labels: {} });
  const own: Record<string, string> = {};
  for (const [key, value] of Object.entries(templateLabels)) {
    if (Object.hasOwn(generated, key) && generated[key] === value) continue;
    own[key] = value;
  }
  return own;
}
