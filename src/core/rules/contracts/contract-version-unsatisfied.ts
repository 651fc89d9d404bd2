import type { Connection } from '../../model/types';
import type { DesignIndex, ResolvedTarget } from '../design-index';
import { definePodRule } from '../define';
import { targetContract, targetName } from '../relations';
import { connectionTarget } from '../targets';
import type { Finding } from '../types';
import { inRange, isRange, isVersion } from './versions';

export default definePodRule(
  {
    id: 'contract-version-unsatisfied',
    description:
      "Require every connection's contract requirement (name and semver range) to be met by the contract of the port it reaches.",
    category: 'contracts',
    severity: 'error',
    why: "Semantic versioning: a major version is an incompatible API, and before 1.0.0 a minor one is too (so ^0.2.0 does not accept 0.3.0). A caller built against orders-api ^2.1.0 breaks against 3.0.0 or against another API altogether. The same comparison oasdiff and Pact's can-i-deploy make in CI.",
    upstream: ['oasdiff api-major-version-not-bumped (consumer side)', 'Pact can-i-deploy'],
    messages: {
      rangeInvalid:
        'Connection {connection} requires "{contract}" in range "{range}", which is not a semver range (such as ^1.2.0).',
      otherContract:
        'Connection {connection} requires contract "{contract}", but "{target}" port {port} offers "{offered}".',
      unsatisfied:
        'Connection {connection} requires "{contract}" {range}, but "{target}" port {port} offers version {version}.',
    },
  },
  {
    pod({ entries }, { index }, findings) {
      for (const { outbound, targets } of entries) {
        for (let i = 0; i < outbound.length; i++) check(findings, index, outbound[i]!, targets[i]!);
      }
    },
  },
);

/** The finding, if any, of one connection that requires a contract version. */
function check(
  findings: Finding[],
  index: DesignIndex,
  connection: Connection,
  target: ResolvedTarget,
): void {
  const requires = connection.requires;
  if (!requires) return;
  const contract = targetContract(target);
  // The usual case, a valid range met by the contract on the other end, builds no message data.
  if (
    isRange(requires.range) &&
    (!contract ||
      !isVersion(contract.version) ||
      (contract.name === requires.contract && inRange(contract.version, requires.range)))
  )
    return;
  const data = {
    connection: index.connectionName(connection),
    contract: requires.contract,
    range: requires.range,
    target: targetName(target),
    port: connection.to.port,
  };
  const at = connectionTarget(index, connection);
  if (!isRange(requires.range)) {
    findings.push({ messageId: 'rangeInvalid', data, target: at });
    return;
  }
  // No contract, or an unreadable version: interface-contract-missing reports those.
  if (!contract || !isVersion(contract.version)) return;
  if (contract.name !== requires.contract) {
    findings.push({ messageId: 'otherContract', data: { ...data, offered: contract.name }, target: at });
  } else if (!inRange(contract.version, requires.range)) {
    findings.push({ messageId: 'unsatisfied', data: { ...data, version: contract.version }, target: at });
  }
}
