/**
 * Pairs the entities of an imported design with those of the current one: by id first (our own export
 * records ids, and a rename in the text keeps them), then by a key such as the name. Each current
 * entity pairs with at most one imported entity; the rest are new (imported side) or gone (current side).
 */
import { newId } from '../model/ids';

interface WithId {
  id: string;
}

/**
 * Pairs imported items with current ones. `keyOf` gives the second pass's key (the name, or a
 * container's pod and name); undefined means "match by id only".
 * Returns, per imported item, the current item it continues.
 */
export function pairUp<C extends WithId, I extends WithId>(
  current: readonly C[],
  imported: readonly I[],
  keyOfCurrent: (item: C) => string | undefined,
  keyOfImported: (item: I) => string | undefined,
): Map<I, C> {
  const pairs = new Map<I, C>();
  const byId = new Map(current.map((item) => [item.id, item]));
  const claimed = new Set<C>();
  for (const item of imported) {
    const match = byId.get(item.id);
    if (match && !claimed.has(match)) {
      pairs.set(item, match);
      claimed.add(match);
    }
  }
  // Same keys in text order: the first current item with a key goes to the first imported one.
  const byKey = new Map<string, C[]>();
  for (const item of current) {
    const key = claimed.has(item) ? undefined : keyOfCurrent(item);
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  for (const item of imported) {
    if (pairs.has(item)) continue;
    const key = keyOfImported(item);
    const match = key === undefined ? undefined : byKey.get(key)?.shift();
    if (match) pairs.set(item, match);
  }
  return pairs;
}

/**
 * Hands out the ids of the reconciled design: a paired entity keeps the current id; a new one keeps its
 * imported id unless some current entity holds it, else gets a fresh one. Records every imported id's
 * final id, for the references (service -> pod, connection ends).
 */
export class IdAssigner {
  readonly finalOf = new Map<string, string>();
  private readonly taken: Set<string>;

  constructor(currentIds: Iterable<string>) {
    this.taken = new Set(currentIds);
  }

  keep(importedId: string, currentId: string): string {
    this.finalOf.set(importedId, currentId);
    return currentId;
  }

  fresh(importedId: string, prefix: string): string {
    let id = importedId;
    while (this.taken.has(id)) id = newId(prefix);
    this.taken.add(id);
    this.finalOf.set(importedId, id);
    return id;
  }

  /** The final id of an imported reference; unknown ones (none after a clean import) stay as they are. */
  map(importedId: string): string {
    return this.finalOf.get(importedId) ?? importedId;
  }
}
