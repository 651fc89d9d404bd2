import { definePodRule } from '../define';
import { containerTarget, roleWord } from '../targets';

export default definePodRule(
  {
    id: 'resources-unset',
    description:
      'Require CPU and memory requests and a memory limit on every long-running container, helpers included.',
    category: 'baseline',
    severity: 'warning',
    why: "Without requests the scheduler cannot place the pod sensibly, and without a memory limit one container can starve its neighbours. Sidecars count in the pod's request too. Mirrors kube-linter unset-cpu-requirements and unset-memory-requirements, Polaris cpuRequestsMissing and memoryLimitsMissing, kube-score container-resources.",
    upstream: [
      'kube-linter unset-cpu-requirements',
      'kube-linter unset-memory-requirements',
      'Polaris cpuRequestsMissing',
      'Polaris memoryRequestsMissing',
      'Polaris memoryLimitsMissing',
      'kube-score container-resources',
      'Checkov CKV_K8S_10-13',
    ],
    messages: {
      missing: '{role} "{container}" in pod "{pod}" has no {missing}.',
    },
  },
  {
    pod({ pod }, _context, findings) {
      for (const container of pod.containers) {
        if (container.role === 'init') continue;
        const r = container.resources ?? {};
        if (r.cpuRequest && r.memoryRequest && r.memoryLimit) continue;
        const missing = [
          !r.cpuRequest ? 'CPU request' : '',
          !r.memoryRequest ? 'memory request' : '',
          !r.memoryLimit ? 'memory limit' : '',
        ].filter(Boolean);
        findings.push({
          messageId: 'missing',
          data: {
            role: roleWord(container.role),
            container: container.name,
            pod: pod.name,
            missing: joinWords(missing),
          },
          target: containerTarget(container),
        });
      }
    },
  },
);

function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
