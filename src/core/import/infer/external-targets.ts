/**
 * Connection ends outside the design: an external's port for a host the input names, and a new
 * external (one per host) when nothing in the input answers to it.
 */
import type { External, ExternalPort } from '../../model/types';
import type { Draft } from '../draft';
import { guessExternalKind, portInfo, schemeInfo } from '../externals';
import type { Place } from '../load/source';
import { freePortName } from '../names';
import type { HostRef } from './hosts';
import type { DesignLookup } from './lookup';

export interface Target {
  id: string;
  port: string;
}

/** The external's port for the reference's port (or its scheme's), added when the external lacks it. */
export function externalTarget(external: External, ref: HostRef): Target | undefined {
  const number = ref.port ?? (ref.scheme ? schemeInfo(ref.scheme)?.port : undefined);
  if (number === undefined)
    return external.ports[0] ? { id: external.id, port: external.ports[0].name } : undefined;
  let port = external.ports.find((p) => p.port === number);
  if (!port) {
    port = externalPort(number, ref.scheme, new Set(external.ports.map((p) => p.name)));
    external.ports.push(port);
  }
  return { id: external.id, port: port.name };
}

function externalPort(number: number, scheme: string | undefined, taken: ReadonlySet<string>): ExternalPort {
  const preferred = (scheme ? schemeInfo(scheme)?.name : undefined) ?? portInfo(number)?.name;
  return { name: freePortName(number, taken, preferred), port: number, protocol: 'TCP' };
}

const HOST_WORD_PORTS: [RegExp, number][] = [
  [/postgres/, 5432],
  [/mysql|maria/, 3306],
  [/mongo/, 27017],
  [/redis/, 6379],
  [/memcache/, 11211],
  [/rabbit|amqp/, 5672],
  [/kafka/, 9092],
  [/nats/, 4222],
];

function hostWordPort(host: string): number | undefined {
  return HOST_WORD_PORTS.find(([pattern]) => pattern.test(host))?.[1];
}

/** A host that names nothing in the input: a new external, with the port the reference implies. */
export function newExternal(
  draft: Draft,
  lookup: DesignLookup,
  ref: HostRef,
  place: Place,
): Target | undefined {
  let external = lookup.externalsByHost.get(ref.host);
  if (!external) {
    const first = ref.host.split('.')[0]!;
    const wanted = /^\d+$/.test(first) || lookup.servicesByName.has(first) ? ref.host : first;
    const id = draft.claimId(undefined, 'x', place);
    const number =
      ref.port ?? (ref.scheme ? schemeInfo(ref.scheme)?.port : undefined) ?? hostWordPort(ref.host);
    const ports = number === undefined ? [] : [externalPort(number, ref.scheme, new Set())];
    external = {
      id,
      name: draft.serviceName(wanted, place, 'external'),
      description: '',
      kind: guessExternalKind(ref.host, ports, ref.scheme),
      host: ref.host,
      ports,
    };
    draft.design.externals.push(external);
    draft.entityPlaces.set(id, place);
    lookup.addExternal(external);
    draft.notes.info(
      'external-inferred',
      `${ref.host} is not in the input; it becomes external ${external.name} (${external.kind}).`,
      place,
      id,
    );
  }
  const target = externalTarget(external, ref);
  if (!target) {
    draft.notes.info(
      'connection-port-unknown',
      `No port is known for ${ref.host}, so no connection to it is drawn.`,
      place,
      external.id,
    );
  }
  return target;
}
