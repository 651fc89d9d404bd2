import { defineRule } from '../define';
import { nativeSidecars } from '../k8s-version';
import { containerTarget, isHelper, roleWord } from '../targets';
import type { Finding } from '../types';
import { nativeTargetFix, versionText } from './shared';

export default defineRule(
  {
    id: 'native-sidecar-unsupported-target',
    description:
      'Disallow designs that need native sidecars while targeting a Kubernetes version without them.',
    category: 'lifecycle',
    severity: 'error',
    why: 'An init container can only call a helper that runs before it, which only native sidecars do (the SidecarContainers gate: alpha and off in 1.28, on by default from 1.29, GA in 1.33). On an older target the helper starts after every init container has finished, so the call fails.',
    upstream: [],
    messages: {
      initCallsHelper:
        'Init container "{init}" in pod "{pod}" connects to {role} "{container}", but on Kubernetes {version} helpers start only after every init container has finished; native sidecars need 1.29 or later.',
    },
  },
  ({ design, index }) => {
    const version = index.kubernetes;
    if (!version || nativeSidecars(version)) return [];
    const findings: Finding[] = [];
    for (const pod of design.pods) {
      for (const init of pod.containers) {
        if (init.role !== 'init') continue;
        const called = new Set<string>();
        for (const connection of index.outbound(init.id)) {
          const target = index.target(connection);
          if (target.kind !== 'container' || target.pod.id !== pod.id || !isHelper(target.container))
            continue;
          if (called.has(target.container.id)) continue;
          called.add(target.container.id);
          findings.push({
            messageId: 'initCallsHelper',
            data: {
              init: init.name,
              pod: pod.name,
              role: roleWord(target.container.role).toLowerCase(),
              container: target.container.name,
              version: versionText(version),
            },
            target: containerTarget(init),
            fix: nativeTargetFix(design),
          });
        }
      }
    }
    return findings;
  },
);
