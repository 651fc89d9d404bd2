import { coerce } from 'semver';
import type { DesignChange } from '../../model/change-types';
import type { Contract, Design, ExternalPort, Port } from '../../model/types';
import { definePodRule } from '../define';
import type { DesignIndex } from '../design-index';
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
    start: ({ design, index }) => usersOfPorts(design, index),
    pod({ pod }, _context, findings, used) {
      for (const container of pod.containers) {
        for (const port of container.ports) {
          // Cheap first: most ports have a complete contract, or none and no user.
          if (port.contract ? complete(port.contract) : !isUsed(used, port)) continue;
          inspect(
            findings,
            used,
            port,
            port.name,
            `container "${container.name}" in pod "${pod.name}"`,
            containerTarget(container),
            port.contract,
          );
        }
      }
    },
    rest({ design }, findings, used) {
      for (const external of design.externals) {
        for (const port of external.ports) {
          if (port.contract ? complete(port.contract) : !isUsed(used, port)) continue;
          inspect(
            findings,
            used,
            port,
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
  used: PortUsers,
  key: Port | ExternalPort,
  port: string,
  owner: string,
  target: DiagnosticTarget,
  contract: Contract | undefined,
): void {
  if (!contract) {
    const users = used.get(key);
    if (users)
      findings.push({
        messageId: 'missing',
        data: { port, owner, users: joinUsers(users.names) },
        target,
      });
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

function isUsed(used: ReadonlyMap<Port | ExternalPort, UniqueNames | undefined>, port: Port | ExternalPort) {
  return used.get(port) !== undefined;
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
