import type { Probe } from '../../model/types';

/** The handler of a probe, which is what decides what it tests (timings aside), as kube-score compares them. */
export function probeHandler(probe: Probe): string {
  switch (probe.kind) {
    case 'exec':
      return `exec:${JSON.stringify(probe.command ?? [])}`;
    case 'http':
      return `http:${probe.port ?? ''}:${probe.path ?? '/'}`;
    default:
      return `${probe.kind}:${probe.port ?? ''}`;
  }
}
