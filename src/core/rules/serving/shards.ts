import type { Pod, Service } from '../../model/types';
import type { DesignIndex } from '../design-index';

/**
 * A pod is treated as a set of shards when it runs several replicas and a headless service selects
 * it: that is how callers address members one by one (the book's `sharded-redis-0.redis`). The design
 * has no "sharded" tag, so the shape is the signal.
 */
export function headlessService(index: DesignIndex, pod: Pod): Service | undefined {
  return index.servicesOf(pod.id).find((s) => s.type === 'Headless');
}

export function isShardSet(index: DesignIndex, pod: Pod): boolean {
  return (pod.replicas ?? 1) >= 2 && headlessService(index, pod) !== undefined;
}
