/**
 * Keeps one derived object per id and hands back the same object while its inputs are the same
 * (compared with ===). React Flow and memoised node components then skip everything unchanged,
 * which keeps large designs smooth. Entries not asked for in a pass are dropped by `sweep`.
 */
export class KeyedMemo<T> {
  private entries = new Map<string, { deps: readonly unknown[]; value: T }>();
  private seen = new Set<string>();

  get(id: string, deps: readonly unknown[], build: () => T): T {
    this.seen.add(id);
    const entry = this.entries.get(id);
    if (entry && sameDeps(entry.deps, deps)) return entry.value;
    const value = build();
    this.entries.set(id, { deps, value });
    return value;
  }

  /** Forgets entries not used since the last sweep. */
  sweep(): void {
    for (const id of this.entries.keys()) if (!this.seen.has(id)) this.entries.delete(id);
    this.seen.clear();
  }
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Returns `previous` when `next` holds the same items in the same order, so arrays keep identity too. */
export function sameArrayOr<T>(previous: T[] | undefined, next: T[]): T[] {
  if (previous && previous.length === next.length && previous.every((item, i) => item === next[i])) {
    return previous;
  }
  return next;
}
