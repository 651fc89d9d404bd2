import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idGet, idSet, newIdMap } from './id-map';

describe('IdMap', () => {
  it.each([
    { expected: 0, pieces: 1 },
    { expected: 2000, pieces: 1 },
    { expected: 2001, pieces: 2 },
    { expected: 20000, pieces: 10 },
  ])('sizes $expected entries in $pieces piece(s)', ({ expected, pieces }) => {
    expect(newIdMap(expected)).toHaveLength(pieces);
  });

  it('says whether an id is new, and keeps the last value of a repeated id', () => {
    const map = newIdMap<number>(5000);
    expect(idSet(map, 'pod-1', 1)).toBe(true);
    expect(idSet(map, 'pod-1', 2)).toBe(false);
    expect(idGet(map, 'pod-1')).toBe(2);
    expect(idGet(map, 'pod-2')).toBeUndefined();
    expect(idGet(map, '')).toBeUndefined();
  });

  it('answers like a Map, however many entries and pieces (seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.integer()), { maxLength: 300 }),
        fc.integer({ min: 0, max: 9000 }),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 50 }),
        (entries, expected, probes) => {
          const map = newIdMap<number>(expected);
          const reference = new Map<string, number>();
          for (const [id, value] of entries) {
            expect(idSet(map, id, value)).toBe(!reference.has(id));
            reference.set(id, value);
          }
          for (const id of [...reference.keys(), ...probes]) expect(idGet(map, id)).toBe(reference.get(id));
        },
      ),
      { seed: 20261129, numRuns: 200 },
    );
  });
});
