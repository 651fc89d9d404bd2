import { coerce } from 'semver';
import type { DesignChange } from '../../model/change-types';
import type { Connection, Contract, Design, External, ExternalPort, Port } from '../../model/types';
import { definePodRule } from '../define';
import type { Arrival, ContainerEntry, DesignIndex } from '../design-index';
import { containerTarget, externalTarget, isBlank } from '../targets';
import type { DiagnosticTarget, Finding } from '../types';
import { isVersion } from './versions';

export default definePodRule(
  {
    id: 'interface-contract-missing',
    description:
      'Require a complete contract (name, semantic version, protocol) on every port that a connection or a service uses.',
    category: 'contracts',
    severity: 'warning',
    why: 'Designing Distributed Systems asks for a defined container API that does not break, and semantic versioning starts from a declared public API: a port others depend on needs a named, versioned contract before compatibility can be checked at all.',
    upstream: [],
    messages: {
      missing:
        'Port "{port}" of {owner} is used by {users} but declares no contract (name, version, protocol).',
      noName: 'The contract on port "{port}" of {owner} has no name.',
      badVersion:
        'The contract "{contract}" on port "{port}" of {owner} has version "{version}", which is not a semantic version such as 1.2.0.',
    },
  },
  {
    // Who uses a port is read from the index when a port needs it; only a design with repeated container
    // ids, where the index's entries by id and in order differ, gathers it first, the old way.
    start: ({ design, index }) =>
      index.entries.length === index.containers.size ? undefined : usersOfPorts(design, index),
    pod({ pod, entries }, _context, findings, used: PortUsers | undefined) {
      for (let c = 0; c < pod.containers.length; c++) {
        const container = pod.containers[c]!;
        for (const port of container.ports) {
          // Cheap first: most ports have a complete contract.
          if (port.contract && complete(port.contract)) continue;
          const users = port.contract
            ? undefined
            : used
              ? used.get(port)?.names
              : containerPortUsers(entries[c]!, port);
          if (!port.contract && !users) continue;
          inspect(
            findings,
            users,
            port.name,
            `container "${container.name}" in pod "${pod.name}"`,
            containerTarget(container),
            port.contract,
          );
        }
      }
    },
    rest({ design, index }, findings, used: PortUsers | undefined) {
      for (const external of design.externals) {
        for (const port of external.ports) {
          if (port.contract && complete(port.contract)) continue;
          const users = port.contract
            ? undefined
            : used
              ? used.get(port)?.names
              : externalPortUsers(index, external, port);
          if (!port.contract && !users) continue;
          inspect(
            findings,
            users,
            port.name,
            `external "${external.name}"`,
            externalTarget(external),
            port.contract,
          );
        }
      }
    },
  },
);

/** Who depends on each port without a contract (the only ports whose users a message names). */
type PortUsers = Map<Port | ExternalPort, UniqueNames | undefined>;

/**
 * Keyed by the port object itself. Ports with a contract need no list: most ports of a large design.
 */
function usersOfPorts(design: Design, index: DesignIndex): PortUsers {
  const used: PortUsers = new Map();
  for (const pod of design.pods)
    for (const container of pod.containers)
      for (const port of container.ports) if (!port.contract) used.set(port, undefined);
  for (const external of design.externals)
    for (const port of external.ports) if (!port.contract) used.set(port, undefined);
  if (used.size > 0) {
    for (const entry of index.containers.values()) {
      for (const target of entry.targets) {
        // A call through a service depends on the container port behind it, counted with the service below.
        if ((target.kind === 'container' || target.kind === 'external') && target.port)
          addUser(used, target.port, `"${entry.container.name}"`);
      }
      for (const exposure of entry.exposures)
        addUser(used, exposure.port, `service "${exposure.service.name}"`);
    }
  }
  return used;
}

function inspect(
  findings: Finding[],
  users: string[] | undefined,
  port: string,
  owner: string,
  target: DiagnosticTarget,
  contract: Contract | undefined,
): void {
  if (!contract) {
    if (users)
      findings.push({ messageId: 'missing', data: { port, owner, users: joinUsers(users) }, target });
    return;
  }
  if (isBlank(contract.name)) findings.push({ messageId: 'noName', data: { port, owner }, target });
  if (!isVersion(contract.version)) {
    const coerced = coerce(contract.version)?.version;
    const patch = { contract: { ...contract, version: coerced ?? contract.version } };
    const change: DesignChange =
      target.kind === 'external'
        ? { type: 'updateExternalPort', external: target.id, port, patch }
        : { type: 'updatePort', container: target.id, port, patch };
    findings.push({
      messageId: 'badVersion',
      data: { port, owner, contract: contract.name, version: contract.version },
      target,
      fix: coerced ? { title: `Write the version as ${coerced}`, changes: [change] } : undefined,
    });
  }
}

function complete(contract: Contract): boolean {
  return !isBlank(contract.name) && isVersion(contract.version);
}

function joinUsers(users: string[]): string {
  return users.length <= 1 ? users.join('') : `${users.slice(0, -1).join(', ')} and ${users.at(-1)}`;
}

/**
 * Who uses a container port, named in the order a walk over the containers in document order meets
 * them (as `usersOfPorts` does): each caller at its own place, in the order of its connections, and
 * the services in front of the port at the port's container, after any call it makes to itself.
 */
function containerPortUsers(entry: ContainerEntry, port: Port): string[] | undefined {
  // The first caller is kept apart: the usual port has one caller and no service, and needs no list.
  let first: Arrival | undefined;
  let callers: Arrival[] | undefined;
  for (const arrival of entry.arrivals) {
    // A call through a service depends on the container port behind it, counted with the service.
    if (arrival.via || arrival.port !== port || !arrival.from) continue;
    if (!first) first = arrival;
    else (callers ??= [first]).push(arrival);
  }
  let services: string[] | undefined;
  for (const exposure of entry.exposures)
    if (exposure.port === port) (services ??= []).push(`service "${exposure.service.name}"`);
  if (!first && !services) return undefined;
  if (!callers && !services) return [`"${first!.from!.container.name}"`];
  callers ??= first ? [first] : [];
  const named = callers.map((a) => ({ from: a.from!, connection: a.connection }));
  return unique(inWalkOrder(named, entry.position, services ?? []));
}

/** Who uses an external's port: the containers whose connections end at it. */
function externalPortUsers(index: DesignIndex, external: External, port: ExternalPort): string[] | undefined {
  const callers: Caller[] = [];
  for (const connection of index.inbound(external.id)) {
    const from = index.containers.get(connection.from);
    const target = index.target(connection);
    if (from && target.kind === 'external' && target.port === port) callers.push({ from, connection });
  }
  return callers.length === 0 ? undefined : unique(inWalkOrder(callers, Infinity, []));
}

/** A container whose connection uses a port. */
interface Caller {
  from: ContainerEntry;
  connection: Connection;
}

/** Callers' names by the caller's place and then its connection's, with `others` placed at `at`. */
function inWalkOrder(callers: Caller[], at: number, others: string[]): string[] {
  const order = (c: Caller) => c.from.outbound.indexOf(c.connection);
  callers.sort((a, b) => a.from.position - b.from.position || order(a) - order(b));
  const names = callers.map((c) => `"${c.from.container.name}"`);
  const before = callers.filter((c) => c.from.position <= at).length;
  return [...names.slice(0, before), ...others, ...names.slice(before)];
}

function unique(names: string[]): string[] {
  return names.length <= 1 ? names : [...new Set(names)];
}

/** Names each listed once, in the order first added; a set is built only for a long list. */
interface UniqueNames {
  names: string[];
  set?: Set<string>;
}

/** Adds a user to a port being tracked (a key of `used`); the list is made on the first user. */
function addUser(
  used: Map<Port | ExternalPort, UniqueNames | undefined>,
  port: Port | ExternalPort,
  name: string,
) {
  if (!used.has(port)) return;
  const users = used.get(port);
  if (!users) {
    used.set(port, { names: [name] });
  } else if (users.set) {
    if (users.set.has(name)) return;
    users.set.add(name);
    users.names.push(name);
  } else if (!users.names.includes(name)) {
    users.names.push(name);
    if (users.names.length > 16) users.set = new Set(users.names);
  }
}
