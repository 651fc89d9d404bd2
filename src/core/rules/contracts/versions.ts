import { satisfies, valid, validRange } from 'semver';

/**
 * Memoised semver checks. A design repeats the same few versions and ranges on every port and
 * connection, and parsing them is most of what the contract rules cost on large designs.
 */
const MAX_ENTRIES = 10_000;
const validVersions = new Map<string, boolean>();
const validRanges = new Map<string, boolean>();
/** By range, then by version: a look-up builds no key string. */
const satisfied = new Map<string, Map<string, boolean>>();

function memo<K>(cache: Map<K, boolean>, key: K, compute: () => boolean): boolean {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

export function isVersion(version: unknown): boolean {
  return typeof version === 'string' && memo(validVersions, version, () => valid(version) !== null);
}

export function isRange(range: unknown): boolean {
  return typeof range === 'string' && memo(validRanges, range, () => validRange(range) !== null);
}

/** Whether a valid version is in a valid range. */
export function inRange(version: string, range: string): boolean {
  let byVersion = satisfied.get(range);
  if (!byVersion) {
    if (satisfied.size >= MAX_ENTRIES) satisfied.clear();
    byVersion = new Map();
    satisfied.set(range, byVersion);
  }
  return memo(byVersion, version, () => satisfies(version, range));
}
