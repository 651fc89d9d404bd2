import { isHelper, containerTarget, roleWord } from '../targets';
import { defineRule } from '../define';
import { nativeSidecars } from '../k8s-version';
import type { Finding } from '../types';
import { nativeTargetFix, startupDependents, versionText } from './shared';

export default defineRule(
  {
    id: 'sidecar-not-native',
    description:
      'Require helpers that an app needs at start-up, and every helper of a Job, to run as native sidecars.',
    category: 'lifecycle',
    severity: 'warning',
    why: 'Before Kubernetes 1.29 helpers run as regular containers: nothing makes an ambassador start before the app that calls it, and a helper that keeps running stops a Job from ever completing. Native sidecars (KEP-753: init containers with restartPolicy Always) fix both.',
    upstream: [],
    messages: {
      startup:
        '{role} "{container}" in pod "{pod}" is called by {dependent} but runs as a regular container on Kubernetes {version}, so it may start after its caller; native sidecars need 1.29 or later.',
      job: '{role} "{container}" in {workload} pod "{pod}" runs as a regular container on Kubernetes {version}, so the Job never completes while it keeps running; native sidecars need 1.29 or later.',
    },
  },
  ({ design, index }) => {
    const version = index.kubernetes;
    if (!version || nativeSidecars(version)) return [];
    const findings: Finding[] = [];
    for (const pod of design.pods) {
      const batch = pod.workload === 'Job' || pod.workload === 'CronJob';
      for (const helper of pod.containers) {
        if (!isHelper(helper)) continue;
        const data = {
          role: roleWord(helper.role),
          container: helper.name,
          pod: pod.name,
          version: versionText(version),
        };
        const target = containerTarget(helper);
        if (batch) {
          findings.push({
            messageId: 'job',
            data: { ...data, workload: pod.workload },
            target,
            severity: 'error',
            fix: nativeTargetFix(design),
          });
          continue;
        }
        const [dependent] = startupDependents(index, pod, helper).filter((c) => c.role === 'app');
        if (dependent) {
          findings.push({
            messageId: 'startup',
            data: { ...data, dependent: `"${dependent.name}"` },
            target,
            fix: nativeTargetFix(design),
          });
        }
      }
    }
    return findings;
  },
);
