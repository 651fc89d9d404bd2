/**
 * A map from ids to values for the index of one run, kept in pieces small enough for V8's ordinary heap
 * pages. One `Map` of 20,000 containers outgrows those pages as it fills: each larger table goes to the
 * large-object space, which maps fresh memory for every table and hands it back to the system at the
 * next collection. On a 5,000-pod design that was 1.6 MB of first-touch page faults per map per run
 * (about 400 faults, 6-9 ms here), while ten maps of 2,000 cost none.
 *
 * Plain functions over an array of maps, not a class: V8 reaches a class instance's shape only through
 * a weak transition, so once a run's maps are collected the shape goes too, and every function
 * optimised for it is thrown away and compiled again on the next run.
 */
export type IdMap<V> = readonly Map<string, V>[];

/** Entries per piece: a V8 table for this many stays below the 128 KB large-object threshold. */
const PIECE = 2000;

/** An empty map sized once for `expected` entries; more still fit, in fuller pieces. */
export function newIdMap<V>(expected: number): IdMap<V> {
  const pieces: Map<string, V>[] = [];
  for (let i = Math.max(1, Math.ceil(expected / PIECE)); i > 0; i--) pieces.push(new Map());
  return pieces;
}

export function idGet<V>(map: IdMap<V>, id: string): V | undefined {
  return pieceOf(map, id).get(id);
}

/** Sets the value of an id; true when the id is new. */
export function idSet<V>(map: IdMap<V>, id: string, value: V): boolean {
  const piece = pieceOf(map, id);
  const size = piece.size;
  piece.set(id, value);
  return piece.size !== size;
}

function pieceOf<V>(map: IdMap<V>, id: string): Map<string, V> {
  return map.length === 1 ? map[0]! : map[hashOf(id) % map.length]!;
}

/** FNV-1a over the UTF-16 code units: cheap, and spreads ids that differ in a digit or two. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
