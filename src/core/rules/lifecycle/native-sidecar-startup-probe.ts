import type { Container, Pod, Port } from '../../model/types';
import type { DesignIndex } from '../design-index';
import { definePodRule } from '../define';
import { nativeSidecars } from '../k8s-version';
import { containerTarget, isHelper, roleWord } from '../targets';
import type { QuickFix } from '../types';
import { inPodArrivals, isInPod } from '../relations';
import { startupDependents } from './shared';

export default definePodRule(
  {
    id: 'native-sidecar-startup-probe',
    description: 'Require a startup probe on every native sidecar that the app or an init container calls.',
    category: 'lifecycle',
    severity: 'warning',
    why: 'Kubernetes starts the next container as soon as a native sidecar has "started": its process is running and it has no startupProbe, or its startupProbe succeeded. Without the probe, the app may call an ambassador that is not yet listening.',
    upstream: [],
    messages: {
      missing:
        '{role} "{container}" in pod "{pod}" has no startup probe, so "{dependent}" may start before it accepts connections.',
    },
  },
  {
    pod({ pod }, { index }, findings) {
      if (!nativeSidecars(index.kubernetes)) return;
      const { containers } = pod;
      for (let i = 0; i < containers.length; i++) {
        const helper = containers[i]!;
        if (!isHelper(helper) || helper.probes?.startup) continue;
        // Most helpers are called by nothing in their pod, so nothing waits on them: no list to build.
        if (!calledInPod(index, pod, helper)) continue;
        const [dependent] = startupDependents(index, pod, helper);
        if (!dependent) continue;
        const used = inPodArrivals(index, pod, helper).find((a) => a.from?.container === dependent)?.port;
        findings.push({
          messageId: 'missing',
          data: {
            role: roleWord(helper.role),
            container: helper.name,
            pod: pod.name,
            dependent: dependent.name,
          },
          target: containerTarget(helper),
          fix: used ? probeFix(helper, used) : undefined,
        });
      }
    },
  },
);

function calledInPod(index: DesignIndex, pod: Pod, helper: Container): boolean {
  const arrivals = index.arrivals(helper.id);
  for (let i = 0; i < arrivals.length; i++) if (isInPod(arrivals[i]!, pod)) return true;
  return false;
}

/**
 * A TCP probe on the port the caller uses or, when that is bound to localhost (which the kubelet cannot
 * reach: it probes the pod IP), on the helper's health port. Otherwise an exec probe is needed: no fix.
 */
function probeFix(helper: Container, used: Port): QuickFix | undefined {
  const port =
    used.scope === 'pod'
      ? used
      : helper.ports.find((p) => p.scope === 'pod' && p.contract?.protocol === 'health');
  if (!port) return undefined;
  return {
    title: `Add a TCP startup probe on port "${port.name}"`,
    changes: [
      {
        type: 'updateContainer',
        id: helper.id,
        patch: {
          probes: {
            ...helper.probes,
            startup: { kind: 'tcp', port: port.name, periodSeconds: 2, failureThreshold: 30 },
          },
        },
      },
    ],
  };
}
