/**
 * A cache of serialised YAML pieces, for exports that run again and again on a design that changes a
 * little each time (the live editor). Serialising is nine tenths of an export; building the plain
 * objects is cheap. So the key of a piece is its content: the JSON of exactly what the serializer reads
 * (the value, the comment, the marks). A piece whose input is unchanged is never serialised again,
 * whatever design change came before, so no list of "what depends on what" can be incomplete.
 *
 * Entries live for one run: those the last export used stay, the rest go, so the cache never holds
 * more than about two exports' worth of text.
 */
import type { ExportRange } from './types';

/** A serialised piece: a whole document, or one entry of a split document (see yaml-split.ts). */
export interface YamlPiece {
  text: string;
  lineCount: number;
  /** Ranges relative to the piece's first line (1-based), in text order. */
  ranges: readonly ExportRange[];
  /** Lines written above the piece (the keys of the containers it sits in), for split documents. */
  frame: readonly string[];
  /** The value the piece was made from: equal in content to every later value with the same key. */
  value: unknown;
}

export class YamlCache {
  /** The last run's keys and pieces, in the order it asked for them (its slots). */
  private lastKeys: string[] = [];
  private lastPieces: YamlPiece[] = [];
  private keys: string[] = [];
  private pieces: YamlPiece[] = [];
  /** The last run's pieces by key, built only when a slot holds another key than last time. */
  private byKey: Map<string, YamlPiece> | undefined;
  /**
   * Keys of whole documents by document spec: a spec that is the same object as before (a pod's
   * documents reused by k8s/build-cache.ts) has the same content, so its key is not computed again.
   * Specs are never changed once built.
   */
  private readonly specKeys = new WeakMap<object, string>();
  /** Pieces serialised (misses) and reused (hits) since the last `endRun`. */
  misses = 0;
  hits = 0;
  /** The counts of the last run ended. */
  last = { hits: 0, misses: 0 };

  /**
   * The piece for `key`, made by `make` unless the last run had it. Most runs ask for the same keys
   * in the same order, so the key at the same slot is tried first: one string comparison instead of
   * hashing a few kilobytes of key into a map, a thousand times per export.
   */
  piece(key: string, make: () => YamlPiece): YamlPiece {
    const slot = this.keys.length;
    let found: YamlPiece | undefined;
    if (this.lastKeys[slot] === key) found = this.lastPieces[slot];
    else {
      this.byKey ??= new Map(this.lastKeys.map((k, i) => [k, this.lastPieces[i]!]));
      found = this.byKey.get(key);
    }
    if (found) this.hits++;
    else {
      found = make();
      this.misses++;
    }
    this.keys.push(key);
    this.pieces.push(found);
    return found;
  }

  /** The key of `spec`, computed by `compute` the first time this spec object is seen. */
  keyOf(spec: object, compute: () => string): string {
    let key = this.specKeys.get(spec);
    if (key === undefined) {
      key = compute();
      this.specKeys.set(spec, key);
    }
    return key;
  }

  /** Ends an export: the next one reuses what this one used, and nothing older. */
  endRun(): void {
    this.lastKeys = this.keys;
    this.lastPieces = this.pieces;
    this.keys = [];
    this.pieces = [];
    this.byKey = undefined;
    this.last = { hits: this.hits, misses: this.misses };
    this.misses = 0;
    this.hits = 0;
  }
}

const TAG = '\u0000';
const NULL_TOKEN = /[:,[]null[,\]}]/;

/**
 * Tells apart what plain JSON merges: `NaN`, `Infinity` and `undefined` (an array item) all become
 * `null`, while YAML writes `.nan`, `.inf` and `null`. Strings that start with the tag are escaped, so
 * no string can pass for a tagged number.
 */
function strict(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return `${TAG}${String(value)}`;
  if (value === undefined) return `${TAG}undefined`;
  if (typeof value === 'string' && value.startsWith(TAG)) return `${TAG}${value}`;
  return value;
}

/**
 * A string equal for two inputs only when they serialise to the same YAML. Plain JSON, which is fast
 * (native), unless it holds a `null` that may stand for something else: then the strict form, marked
 * with a leading `!` that no plain JSON array starts with.
 */
export function contentKey(input: readonly unknown[]): string {
  const json = JSON.stringify(input);
  // `null` as a JSON value, not inside a string such as `/dev/null` (a false alarm only costs time).
  // `includes` first: a native search, where the pattern would walk every character of most keys.
  return json.includes('null') && NULL_TOKEN.test(json) ? `!${JSON.stringify(input, strict)}` : json;
}
