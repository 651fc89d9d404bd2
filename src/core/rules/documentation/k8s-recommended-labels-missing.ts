import { definePodRule } from '../define';
import { podTarget } from '../targets';

/** The recommended labels that identify a workload; the other four are stamped by the export. */
export const IDENTIFYING_LABELS = ['app.kubernetes.io/name', 'app.kubernetes.io/instance'] as const;

export default definePodRule(
  {
    id: 'k8s-recommended-labels-missing',
    description:
      'Require pods that carry their own labels (as imported manifests do) to carry app.kubernetes.io/name and instance.',
    category: 'documentation',
    severity: 'info',
    why: 'Kubernetes recommends the app.kubernetes.io labels on every object, and dashboards, Polaris (metadataAndInstanceMismatched) and kube-score (label-values) rely on them. Pods with labels of their own came from existing manifests; the manifests in the repository lack what the export would add.',
    upstream: [
      'Polaris metadataAndInstanceMismatched',
      'kube-score label-values',
      'Datree WORKLOAD_INVALID_LABELS_VALUE',
    ],
    messages: {
      missing:
        'Pod "{pod}" has labels but not {missing}; the manifests it came from cannot be told apart by the recommended labels.',
    },
  },
  {
    pod({ pod }, _context, findings) {
      const labels = pod.labels;
      if (!labels || typeof labels !== 'object' || Object.keys(labels).length === 0) return;
      const missing = IDENTIFYING_LABELS.filter((key) => !Object.hasOwn(labels, key) || labels[key] === '');
      if (missing.length === 0) return;
      const added = Object.fromEntries(missing.map((key) => [key, pod.name]));
      findings.push({
        messageId: 'missing',
        data: { pod: pod.name, missing: missing.join(' and ') },
        target: podTarget(pod),
        fix: {
          title: `Add ${missing.join(' and ')}: ${pod.name}`,
          changes: [{ type: 'updatePod', id: pod.id, patch: { labels: { ...labels, ...added } } }],
        },
      });
    },
  },
);
