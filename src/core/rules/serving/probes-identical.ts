import type { Probe, ProbeKind } from '../../model/types';
import { definePodRule } from '../define';
import { containerTarget } from '../targets';
import { probeHandler } from './probes';

export default definePodRule(
  {
    id: 'probes-identical',
    description: 'Disallow liveness and readiness probes that run the same check.',
    category: 'serving',
    severity: 'warning',
    why: 'Readiness takes a replica out of rotation (for instance while a dependency is down); liveness restarts it. With one check for both, a dependency blip restarts every replica instead of draining it. Mirrors kube-score pod-probes-identical, which compares the handler, not the timings.',
    upstream: ['kube-score pod-probes-identical'],
    messages: {
      same: 'Container "{container}" in pod "{pod}" uses the same {kind} check for liveness and readiness, so a passing hiccup restarts it instead of taking it out of rotation.',
    },
  },
  {
    pod({ pod }, _context, findings) {
      const { containers } = pod;
      for (let i = 0; i < containers.length; i++) {
        const container = containers[i]!;
        const liveness = container.probes?.liveness;
        const readiness = container.probes?.readiness;
        if (!liveness || !readiness || plainlyDifferent(liveness, readiness)) continue;
        if (probeHandler(liveness) !== probeHandler(readiness)) continue;
        findings.push({
          messageId: 'same',
          data: {
            container: container.name,
            pod: pod.name,
            kind: liveness.kind === 'exec' ? 'exec' : liveness.kind.toUpperCase(),
          },
          target: containerTarget(container),
        });
      }
    },
  },
);

/**
 * Whether two probes' handlers differ, told without building them: HTTP probes on the same port with
 * other paths, or probes of different kinds (each kind's handler text starts with it). Most containers
 * with both probes are one of these; anything else is compared as `probeHandler` texts.
 */
function plainlyDifferent(a: Probe, b: Probe): boolean {
  if (a.kind !== b.kind) return KNOWN_KINDS.has(a.kind) && KNOWN_KINDS.has(b.kind);
  if (a.kind !== 'http' || a.port !== b.port) return false;
  const pathA = a.path ?? '/';
  const pathB = b.path ?? '/';
  return typeof pathA === 'string' && typeof pathB === 'string' && pathA !== pathB;
}

/** Kinds whose handler texts start with different words, so two probes of different kinds differ. */
const KNOWN_KINDS: ReadonlySet<string> = new Set<ProbeKind>(['http', 'tcp', 'exec', 'grpc']);
