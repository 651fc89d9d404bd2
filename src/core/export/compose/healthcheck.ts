/**
 * A Compose healthcheck from the design's probes. Compose has one check per container, so the
 * readiness probe wins (it says when to send traffic, which is what `service_healthy` waits for), then
 * the liveness, then the startup probe.
 *
 * Assumption (docs/conversion-matrix.md): HTTP and TCP checks run through `/bin/sh` with `wget` or
 * `curl` (HTTP) or `nc` (TCP) in the image; gRPC checks run `grpc_health_probe`. The checks reach the
 * container at 127.0.0.1, which also answers on localhost-only ports.
 */
import type { Container, Probe } from '../../model/types';

export function chosenProbe(container: Container): { probe: Probe; which: string } | undefined {
  const probes = container.probes;
  if (!probes) return undefined;
  if (probes.readiness) return { probe: probes.readiness, which: 'readiness' };
  if (probes.liveness) return { probe: probes.liveness, which: 'liveness' };
  if (probes.startup) return { probe: probes.startup, which: 'startup' };
  return undefined;
}

/** Quotes a word for /bin/sh: single quotes, with each `'` written as `'\''`. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

function probeTest(container: Container, probe: Probe): string[] | undefined {
  const portName = probe.port ?? container.ports[0]?.name;
  const port = container.ports.find((p) => p.name === portName)?.port;
  switch (probe.kind) {
    case 'http': {
      if (port === undefined) return undefined;
      const path = probe.path ? (probe.path.startsWith('/') ? probe.path : `/${probe.path}`) : '/';
      const url = shellQuote(`http://127.0.0.1:${port}${path}`);
      return ['CMD-SHELL', `wget -q -O /dev/null ${url} || curl -fsS -o /dev/null ${url} || exit 1`];
    }
    case 'tcp':
      return port === undefined ? undefined : ['CMD-SHELL', `nc -z 127.0.0.1 ${port} || exit 1`];
    case 'grpc':
      return port === undefined ? undefined : ['CMD', 'grpc_health_probe', `-addr=127.0.0.1:${port}`];
    case 'exec':
      return probe.command && probe.command.length > 0 ? ['CMD', ...probe.command] : undefined;
    default:
      return undefined;
  }
}

export function buildHealthcheck(container: Container): Record<string, unknown> | undefined {
  const chosen = chosenProbe(container);
  if (!chosen) return undefined;
  const { probe } = chosen;
  const test = probeTest(container, probe);
  if (!test) return undefined;
  return {
    test,
    // Kubernetes' defaults (10 s, 3 failures), not Compose's (30 s), so both behave alike.
    interval: `${probe.periodSeconds ?? 10}s`,
    retries: probe.failureThreshold ?? 3,
    ...(probe.initialDelaySeconds ? { start_period: `${probe.initialDelaySeconds}s` } : {}),
  };
}
