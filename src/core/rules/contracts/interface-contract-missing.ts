import { coerce, valid } from 'semver';
import type { DesignChange } from '../../model/change-types';
import type { Contract } from '../../model/types';
import { defineRule } from '../define';
import { containerTarget, externalTarget, isBlank } from '../targets';
import type { DiagnosticTarget, Finding } from '../types';

/** A port someone depends on, and who. */
interface UsedPort {
  users: Set<string>;
}

export default defineRule(
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
  ({ design, index }) => {
    const findings: Finding[] = [];
    const used = new Map<string, UsedPort>();
    const use = (key: string, user: string) => {
      const entry = used.get(key);
      if (entry) entry.users.add(user);
      else used.set(key, { users: new Set([user]) });
    };
    for (const connection of design.connections) {
      const caller = `"${index.containers.get(connection.from)?.container.name ?? connection.from}"`;
      const target = index.target(connection);
      if (target.kind === 'container' && target.port)
        use(`c:${target.container.id}:${target.port.name}`, caller);
      else if (target.kind === 'external' && target.port)
        use(`x:${target.external.id}:${target.port.name}`, caller);
      // A call through a service depends on the container port behind it; the service is counted below.
    }
    for (const ref of index.containers.values()) {
      for (const exposure of index.exposures(ref.container.id)) {
        use(`c:${ref.container.id}:${exposure.port.name}`, `service "${exposure.service.name}"`);
      }
    }

    const inspect = (
      key: string,
      port: string,
      owner: string,
      target: DiagnosticTarget,
      contract: Contract | undefined,
      setVersion: (contract: Contract, version: string) => DesignChange,
    ) => {
      const data = { port, owner };
      if (!contract) {
        const users = used.get(key)?.users;
        if (users)
          findings.push({ messageId: 'missing', data: { ...data, users: joinUsers([...users]) }, target });
        return;
      }
      if (isBlank(contract.name)) findings.push({ messageId: 'noName', data, target });
      if (valid(contract.version) === null) {
        const coerced = coerce(contract.version)?.version;
        findings.push({
          messageId: 'badVersion',
          data: { ...data, contract: contract.name, version: contract.version },
          target,
          fix: coerced
            ? { title: `Write the version as ${coerced}`, changes: [setVersion(contract, coerced)] }
            : undefined,
        });
      }
    };
    for (const pod of design.pods) {
      for (const container of pod.containers) {
        for (const port of container.ports) {
          inspect(
            `c:${container.id}:${port.name}`,
            port.name,
            `container "${container.name}" in pod "${pod.name}"`,
            containerTarget(container),
            port.contract,
            (contract, version) => ({
              type: 'updatePort',
              container: container.id,
              port: port.name,
              patch: { contract: { ...contract, version } },
            }),
          );
        }
      }
    }
    for (const external of design.externals) {
      for (const port of external.ports) {
        inspect(
          `x:${external.id}:${port.name}`,
          port.name,
          `external "${external.name}"`,
          externalTarget(external),
          port.contract,
          (contract, version) => ({
            type: 'updateExternalPort',
            external: external.id,
            port: port.name,
            patch: { contract: { ...contract, version } },
          }),
        );
      }
    }
    return findings;
  },
);

function joinUsers(users: string[]): string {
  return users.length <= 1 ? users.join('') : `${users.slice(0, -1).join(', ')} and ${users.at(-1)}`;
}
