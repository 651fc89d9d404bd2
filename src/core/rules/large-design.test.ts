/**
 * The checks on the benchmark's generated 1,000-pod design, as drawn and with many small breakages:
 * the snapshot pins the findings (counts per rule, first and last, and a digest of all of them, in
 * order), so that work on the speed of the rules cannot change what they find or the order they list it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../../bench/generate-design';
import type { Container, Design, Pod } from '../model/types';
import { runRules } from './index';
import type { Diagnostic } from './types';

/** Pod `i` broken in a way chosen by `i`: every kind of breakage recurs with its own period. */
function breakPod(pod: Pod, i: number): Pod {
  const mapRole = (role: Container['role'], update: (c: Container) => Container): Pod => ({
    ...pod,
    containers: pod.containers.map((c) => (c.role === role ? update(c) : c)),
  });
  if (i % 11 === 2)
    return mapRole('adapter', (c) => ({ ...c, ports: c.ports.map((p) => ({ ...p, name: 'Metrics_Port' })) }));
  if (i % 17 === 4) return mapRole('sidecar', (c) => ({ ...c, mounts: [] }));
  if (i % 19 === 5)
    return mapRole('app', (c) => ({
      ...c,
      ports: c.ports.map((p) => ({ ...p, contract: { ...p.contract!, version: 'v1' } })),
    }));
  if (i % 23 === 6) return mapRole('app', (c) => ({ ...c, image: 'registry.example.com/app:latest' }));
  if (i % 29 === 7)
    return mapRole('sidecar', (c) => ({ ...c, resources: undefined, securityContext: undefined }));
  if (i % 37 === 9) return { ...pod, replicas: 1, description: '' };
  if (i % 41 === 10)
    return mapRole('ambassador', (c) => ({ ...c, ports: c.ports.map((p) => ({ ...p, name: 'http' })) }));
  if (i % 43 === 11) return { ...pod, containers: pod.containers.filter((c) => c.role !== 'app') };
  if (i % 53 === 13) return mapRole('app', (c) => ({ ...c, probes: undefined }));
  if (i % 59 === 14) return mapRole('adapter', (c) => ({ ...c, role: 'app' }));
  return pod;
}

function brokenDesign(pods: number): Design {
  const design = generateDesign({ pods });
  return {
    ...design,
    pods: design.pods.map(breakPod),
    services: design.services.map((s, i) =>
      i % 31 === 8 ? { ...s, ports: s.ports.map((p) => ({ ...p, targetPort: 'nope' })) } : s,
    ),
    connections: design.connections.flatMap((c, i) => {
      if (i % 13 === 3) return [{ ...c, to: { ...c.to, id: 'svc-missing' } }];
      if (i % 47 === 12 && c.requires) return [{ ...c, requires: { ...c.requires, range: '^2.0.0' } }];
      if (i % 61 === 15) return [c, { ...c, id: `${c.id}-again`, weight: 70 }];
      return [c];
    }),
  };
}

function summary(findings: Diagnostic[]) {
  const perRule: Record<string, number> = {};
  for (const f of findings) perRule[f.rule] = (perRule[f.rule] ?? 0) + 1;
  return {
    count: findings.length,
    perRule,
    first: findings.slice(0, 3),
    last: findings.slice(-3),
    digest: createHash('sha256').update(JSON.stringify(findings)).digest('hex'),
  };
}

describe('checks on a generated 1,000-pod design', () => {
  it('as drawn', () => {
    expect(summary(runRules(generateDesign({ pods: 1000 })))).toMatchSnapshot();
  });

  it('with breakages', () => {
    expect(summary(runRules(brokenDesign(1000)))).toMatchSnapshot();
  });
});
