import type { BaselineContract, ContractBaseline, Design } from '../model/types';

/**
 * A snapshot of every contract the design's containers offer, to save as `design.baseline` when the
 * contracts are released; `contract-breaking-change` then compares the design with it. Pure: the
 * caller passes the time if it wants one recorded.
 */
export function makeBaseline(design: Design, savedAt?: string): ContractBaseline {
  const contracts: BaselineContract[] = [];
  for (const pod of design.pods) {
    for (const container of pod.containers) {
      for (const port of container.ports) {
        if (!port.contract) continue;
        contracts.push({
          container: container.id,
          containerName: container.name,
          podName: pod.name,
          port: port.name,
          number: port.port,
          protocol: port.protocol,
          contract: { ...port.contract },
        });
      }
    }
  }
  return savedAt === undefined ? { contracts } : { savedAt, contracts };
}

const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * The well-formed entries of a saved baseline. Design files are untrusted and loading keeps unknown
 * content as it is, so every entry is checked here and malformed ones are skipped.
 */
export function readBaseline(value: unknown): BaselineContract[] {
  if (typeof value !== 'object' || value === null) return [];
  const list = (value as { contracts?: unknown }).contracts;
  if (!Array.isArray(list)) return [];
  const entries: BaselineContract[] = [];
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const e = item as Record<string, unknown>;
    const contract = e.contract as Record<string, unknown> | null | undefined;
    if (!isString(e.container) || !isString(e.port) || typeof contract !== 'object' || contract === null)
      continue;
    if (!isString(contract.name) || !isString(contract.version) || !isString(contract.protocol)) continue;
    entries.push({
      container: e.container,
      containerName: isString(e.containerName) ? e.containerName : e.container,
      podName: isString(e.podName) ? e.podName : '',
      port: e.port,
      number: typeof e.number === 'number' ? e.number : NaN,
      protocol: e.protocol === 'UDP' ? 'UDP' : 'TCP',
      contract: {
        name: contract.name,
        version: contract.version,
        protocol: contract.protocol as BaselineContract['contract']['protocol'],
      },
    });
  }
  return entries;
}
