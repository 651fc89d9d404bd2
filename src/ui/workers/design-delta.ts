/**
 * What the page sends a worker (the export engine, the checks) for each design: only what changed since
 * the last one. A structured clone of a 200-pod design costs the main thread tens of milliseconds per
 * change, while a change touches one pod. Designs are immutable, so an item of a collection that is the
 * same object as in the last design sent goes as its index there; the worker, which keeps the last design
 * it rebuilt, takes its own copy of that item. Fields the worker never reads (for the exporters: layout,
 * rule settings, the baseline) never go at all.
 *
 * Both ends must see every message, in order: the encoder's `previous` is the worker's `previous`.
 */
import type { Design } from '../../core';

const COLLECTIONS = ['pods', 'services', 'externals', 'connections', 'passthrough'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** Fields of a design that no exporter reads (see manifest/sync/export-inputs.ts). */
export const NOT_EXPORTED: ReadonlySet<string> = new Set(['layout', 'rules', 'baseline']);

export interface DesignDelta {
  /** Every other field of the design, as is. */
  fields: Record<string, unknown>;
  /** Each collection item by item: an object is new, a number is the index of the same item last time. */
  collections: Partial<Record<Collection, (object | number)[]>>;
}

/**
 * The delta from `previous` (the last design encoded, or none) to `design`, leaving out the fields in
 * `omit`; the layout is always left out (no worker draws), and arrives as an empty one.
 */
export function encodeDesign(
  design: Design,
  previous: Design | undefined,
  omit: ReadonlySet<string> = NOT_EXPORTED,
): DesignDelta {
  const fields: Record<string, unknown> = {};
  const collections: DesignDelta['collections'] = {};
  for (const [key, value] of Object.entries(design)) {
    if (key === 'layout' || omit.has(key) || (COLLECTIONS as readonly string[]).includes(key)) continue;
    fields[key] = value;
  }
  for (const key of COLLECTIONS) {
    const items = design[key] as readonly object[] | undefined;
    if (!items) continue;
    const before = previous?.[key] as readonly object[] | undefined;
    if (!before || before.length === 0) {
      collections[key] = [...items];
      continue;
    }
    if (before === items) {
      collections[key] = items.map((_, index) => index);
      continue;
    }
    const at = new Map<object, number>();
    before.forEach((item, index) => at.set(item, index));
    collections[key] = items.map((item) => at.get(item) ?? item);
  }
  return { fields, collections };
}

/** The design a delta stands for, given the design the last delta stood for. */
export function decodeDesign(delta: DesignDelta, previous: Design | undefined): Design {
  const design: Record<string, unknown> = { ...delta.fields, layout: {} };
  for (const key of COLLECTIONS) {
    const items = delta.collections[key];
    if (!items) continue;
    const before = (previous?.[key] ?? []) as readonly object[];
    // An unchanged collection stays the same array: the exporter's caches compare collections by identity.
    const unchanged = items.length === before.length && items.every((item, index) => item === index);
    design[key] = unchanged ? before : items.map((item) => (typeof item === 'number' ? before[item] : item));
  }
  return design as unknown as Design;
}
