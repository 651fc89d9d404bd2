import type { Container, Probe } from '../../model/types';
import type { NoteList } from '../notes';
import { put } from '../values';

/** A design probe as a Kubernetes probe; undefined (with a note) when it cannot be written. */
export function buildProbe(
  container: Container,
  probe: Probe,
  which: string,
  notes: NoteList,
): Record<string, unknown> | undefined {
  const handler = probeHandler(container, probe, which, notes);
  if (!handler) return undefined;
  put(handler, 'initialDelaySeconds', probe.initialDelaySeconds);
  put(handler, 'periodSeconds', probe.periodSeconds);
  put(handler, 'failureThreshold', probe.failureThreshold);
  return handler;
}

function probeHandler(
  container: Container,
  probe: Probe,
  which: string,
  notes: NoteList,
): Record<string, unknown> | undefined {
  const port = probe.port ?? container.ports[0]?.name;
  switch (probe.kind) {
    case 'http':
    case 'tcp': {
      if (!port) {
        notes.add(
          'probe-without-port',
          'warning',
          `The ${which} probe of ${container.name} names no port; left out.`,
          container.id,
        );
        return undefined;
      }
      return probe.kind === 'http' ? { httpGet: { path: probe.path || '/', port } } : { tcpSocket: { port } };
    }
    case 'grpc': {
      // A gRPC probe takes a port number, not a name.
      const number = container.ports.find((p) => p.name === port)?.port;
      if (number === undefined) {
        notes.add(
          'probe-without-port',
          'warning',
          `The ${which} probe of ${container.name} names no port of the container; left out.`,
          container.id,
        );
        return undefined;
      }
      return { grpc: { port: number } };
    }
    case 'exec': {
      if (!probe.command || probe.command.length === 0) {
        notes.add(
          'probe-without-command',
          'warning',
          `The ${which} probe of ${container.name} has no command; left out.`,
          container.id,
        );
        return undefined;
      }
      return { exec: { command: [...probe.command] } };
    }
    default:
      return undefined;
  }
}
