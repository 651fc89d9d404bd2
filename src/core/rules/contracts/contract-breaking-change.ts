import { lt, major, minor, valid } from 'semver';
import type { Contract, Port } from '../../model/types';
import { readBaseline } from '../contract-baseline';
import { defineRule } from '../define';
import { containerTarget, designTarget } from '../targets';
import type { Finding, QuickFix } from '../types';

/** Whether `next` is a new major version of `previous` (before 1.0.0, a new minor one counts). */
export function isBreakingBump(previous: string, next: string): boolean {
  if (valid(previous) === null || valid(next) === null) return false;
  if (major(next) !== major(previous)) return major(next) > major(previous);
  return major(previous) === 0 && minor(next) > minor(previous);
}

/** The next version that announces a breaking change. */
export function nextBreaking(version: string): string | undefined {
  if (valid(version) === null) return undefined;
  return major(version) === 0 ? `0.${minor(version) + 1}.0` : `${major(version) + 1}.0.0`;
}

export default defineRule(
  {
    id: 'contract-breaking-change',
    description:
      'Disallow removing or changing a released contract (against the saved baseline) without a new major version.',
    category: 'contracts',
    severity: 'error',
    why: "Semantic versioning: an incompatible change needs a new major version, so that every caller's range stops accepting it and the break shows. Designing Distributed Systems asks that a container's API change carefully. Mirrors oasdiff api-major-version-not-bumped and api-version-decreased, and buf breaking's FIELD_NO_DELETE spirit.",
    upstream: ['oasdiff api-major-version-not-bumped', 'oasdiff api-version-decreased', 'buf breaking'],
    messages: {
      removed:
        'Contract "{contract}" {version} on port "{port}" of container "{container}" in pod "{pod}" is gone since the baseline, and no new major version of it exists; its callers break.',
      changed:
        'Contract "{contract}" on port "{port}" of container "{container}" in pod "{pod}" changed since the baseline ({changes}) but is still version {version}; a breaking change needs a new major version.',
      decreased:
        'Contract "{contract}" on port "{port}" of container "{container}" in pod "{pod}" went back from {previous} to {version}.',
    },
  },
  ({ design, index, baseline }) => {
    const entries = readBaseline(baseline);
    if (entries.length === 0) return [];
    const findings: Finding[] = [];
    // Every version of each contract the design offers now, to see whether a removal was versioned.
    const offered = new Map<string, string[]>();
    for (const { container } of index.containers.values()) {
      for (const port of container.ports) {
        if (!port.contract) continue;
        const list = offered.get(port.contract.name) ?? [];
        list.push(port.contract.version);
        offered.set(port.contract.name, list);
      }
    }
    for (const entry of entries) {
      const ref = index.containers.get(entry.container);
      const port: Port | undefined =
        ref?.container.ports.find((p) => p.name === entry.port) ??
        ref?.container.ports.find((p) => p.contract?.name === entry.contract.name);
      const contract: Contract | undefined = port?.contract;
      const data = {
        contract: entry.contract.name,
        version: entry.contract.version,
        port: entry.port,
        container: ref?.container.name ?? entry.containerName,
        pod: ref?.pod.name ?? entry.podName,
      };
      if (!port || !contract || contract.name !== entry.contract.name) {
        const bumped = (offered.get(entry.contract.name) ?? []).some((v) =>
          isBreakingBump(entry.contract.version, v),
        );
        if (!bumped)
          findings.push({
            messageId: 'removed',
            data,
            target: ref ? containerTarget(ref.container) : designTarget(design),
          });
        continue;
      }
      const changes = [
        contract.protocol !== entry.contract.protocol
          ? `protocol ${entry.contract.protocol} → ${contract.protocol}`
          : '',
        port.protocol !== entry.protocol ? `transport ${entry.protocol} → ${port.protocol}` : '',
        Number.isFinite(entry.number) && port.port !== entry.number
          ? `port number ${entry.number} → ${port.port}`
          : '',
        port.name !== entry.port ? `port name ${entry.port} → ${port.name}` : '',
      ].filter(Boolean);
      const target = containerTarget(ref!.container);
      if (changes.length > 0 && !isBreakingBump(entry.contract.version, contract.version)) {
        findings.push({
          messageId: 'changed',
          data: { ...data, port: port.name, version: contract.version, changes: changes.join(', ') },
          target,
          fix: bumpFix(ref!.container.id, port, contract, entry.contract.version),
        });
      } else if (
        valid(contract.version) &&
        valid(entry.contract.version) &&
        lt(contract.version, entry.contract.version)
      ) {
        findings.push({
          messageId: 'decreased',
          data: { ...data, port: port.name, previous: entry.contract.version, version: contract.version },
          target,
        });
      }
    }
    return findings;
  },
);

/** Declaring the change breaking is mechanical; callers whose ranges then fail show up at once. */
function bumpFix(
  containerId: string,
  port: Port,
  contract: Contract,
  released: string,
): QuickFix | undefined {
  const base =
    valid(released) && valid(contract.version) && lt(contract.version, released)
      ? released
      : contract.version;
  const version = nextBreaking(base);
  if (!version) return undefined;
  return {
    title: `Release "${contract.name}" as ${version}`,
    changes: [
      {
        type: 'updatePort',
        container: containerId,
        port: port.name,
        patch: { contract: { ...contract, version } },
      },
    ],
  };
}
