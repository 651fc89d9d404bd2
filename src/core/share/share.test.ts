import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../model/changes';
import type { Design } from '../model/types';
import { TEMPLATES } from '../templates';
import { stepArbitrary, stepToChange } from '../testing/random-changes';
import { fromBase64url, toBase64url } from './base64url';
import { crc32 } from './crc32';
import { decodeShare, encodeShare, MAX_SHARE_CHARS, MAX_SHARE_JSON_BYTES, ShareError } from './index';

/** A payload as the encoder builds it, from any bytes: for crafting hostile links. */
function craft(json: Uint8Array, compressed: Uint8Array, version = 1): string {
  const payload = new Uint8Array(5 + compressed.length);
  payload[0] = version;
  new DataView(payload.buffer).setUint32(1, crc32(json));
  payload.set(compressed, 5);
  return toBase64url(payload);
}
const craftJson = (text: string) => {
  const json = new TextEncoder().encode(text);
  return craft(json, deflateRawSync(json));
};

const errorOf = async (fragment: string) => {
  const result = await decodeShare(fragment);
  expect(result.ok).toBe(false);
  return result.ok ? undefined : result.errors[0];
};

describe('base64url and CRC-32', () => {
  it.each([
    [[], ''],
    [[0xff], '_w'],
    [[0xfb, 0xff], '-_8'],
    [[1, 2, 3], 'AQID'],
  ])('%j <-> %s', (bytes, text) => {
    expect(toBase64url(new Uint8Array(bytes))).toBe(text);
    expect([...(fromBase64url(text) as Uint8Array)]).toEqual(bytes);
  });

  it('round-trips any bytes and rejects any other character, with its position', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
      }),
      { seed: 7, numRuns: 200 },
    );
    expect(fromBase64url('AQ+D')).toEqual({ badAt: 2 });
    expect(fromBase64url('AQIDA')).toEqual({ badAt: 4 });
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('share links', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('round-trip template %s', async (_id, t) => {
    const design = t.design();
    const fragment = await encodeShare(design);
    expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(JSON.stringify(design).length / 2);
    const decoded = await decodeShare(`#${fragment}`);
    expect(decoded.ok && decoded.design).toEqual(design);
    expect(await encodeShare(design)).toBe(fragment);
  });

  it('round-trips templates after any sequence of changes (seeded)', async () => {
    const property = fc.asyncProperty(
      fc.nat(TEMPLATES.length - 1),
      fc.array(stepArbitrary, { maxLength: 30 }),
      async (which, steps) => {
        let design: Design = TEMPLATES[which]!.design();
        for (const step of steps) {
          const change = stepToChange(design, step);
          if (change) design = applyChange(design, change);
        }
        const decoded = await decodeShare(await encodeShare(design));
        expect(decoded.ok && decoded.design).toEqual(design);
      },
    );
    await fc.assert(property, { seed: 20261128, numRuns: 100 });
  });

  it('keeps names in any script and odd characters', async () => {
    const design = { ...TEMPLATES[0]!.design(), description: 'Ünïcødé ✓ 日本語 🚀 "quotes" \u0000?' };
    const decoded = await decodeShare(await encodeShare(design));
    expect(decoded.ok && decoded.design.description).toBe(design.description);
  });
});

describe('refused links', () => {
  it.each([
    { name: 'empty', fragment: '#', code: 'share-empty' },
    { name: 'only spaces', fragment: '   ', code: 'share-empty' },
    { name: 'not base64url', fragment: 'AQID+/==AQ', code: 'share-malformed', message: 'character 5' },
    { name: 'a few bytes', fragment: 'AQID', code: 'share-damaged' },
    { name: 'too long', fragment: 'A'.repeat(MAX_SHARE_CHARS + 1), code: 'share-too-large' },
  ])('$name', async ({ fragment, code, message }) => {
    const error = await errorOf(fragment);
    expect(error).toMatchObject({ code, path: [] });
    if (message) expect(error?.message).toContain(message);
  });

  it('says when a newer Podwright made the link', async () => {
    const json = new TextEncoder().encode('{}');
    expect(await errorOf(craft(json, deflateRawSync(json), 2))).toMatchObject({ code: 'share-newer' });
  });

  it('refuses a link cut short at any point', async () => {
    const fragment = await encodeShare(TEMPLATES[2]!.design());
    for (const keep of [8, 20, Math.floor(fragment.length / 2), fragment.length - 3, fragment.length - 1]) {
      const error = await errorOf(fragment.slice(0, keep));
      expect(error?.code, `kept ${keep}`).toMatch(/^share-(damaged|malformed)$/);
      expect(error?.message).toMatch(/damaged/);
    }
  });

  it('never turns a link with one character changed into another design (seeded)', async () => {
    const original = TEMPLATES[4]!.design();
    const fragment = await encodeShare(original);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(fragment.length - 1), fc.nat(63), async (at, pick) => {
        const replacement = alphabet[pick]!;
        fc.pre(replacement !== fragment[at]);
        const tampered = fragment.slice(0, at) + replacement + fragment.slice(at + 1);
        const result = await decodeShare(tampered);
        // Bits no decoder reads (base64 padding, deflate's padding after its last block) may change
        // without changing the content; then the very same design comes back. Anything else is refused.
        if (result.ok) {
          accepted += 1;
          expect(result.design).toEqual(original);
        }
      }),
      { seed: 42, numRuns: 150 },
    );
    expect(accepted).toBeLessThan(5);
  });

  it('refuses a decompression bomb without unpacking it', async () => {
    // 40 MB of zeros squeeze into ~40 kB; the decoder must stop near the 10 MB limit.
    const zeros = new Uint8Array(40 * 1024 * 1024);
    const bomb = craft(zeros.subarray(0, 16), deflateRawSync(zeros));
    expect(bomb.length).toBeLessThan(200_000);
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    const error = await errorOf(bomb);
    expect(error).toMatchObject({ code: 'share-too-large' });
    expect(error?.message).toContain(String(MAX_SHARE_JSON_BYTES));
    expect(performance.now() - started).toBeLessThan(5000);
    // Held while decoding: about the limit, never the 40 MB (measured after, so only a loose bound).
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(30 * 1024 * 1024);
  });

  it('refuses data that does not inflate, and a wrong checksum', async () => {
    const json = new TextEncoder().encode('{"format":"podwright/v1"}');
    expect(await errorOf(craft(json, new Uint8Array([0xff, 0xff, 0xff, 0xff])))).toMatchObject({
      code: 'share-damaged',
    });
    const wrong = craft(new TextEncoder().encode('other'), deflateRawSync(json));
    expect(await errorOf(wrong)).toMatchObject({ code: 'share-damaged' });
  });

  it('puts a well-formed but hostile payload through the design checks', async () => {
    expect(await errorOf(craftJson('[1, 2]'))).toMatchObject({ code: 'not-a-design' });
    expect(await errorOf(craftJson('not json'))).toMatchObject({
      code: 'share-damaged',
      message: expect.stringContaining('not valid JSON'),
    });
    expect(await errorOf(craftJson('['.repeat(5000) + ']'.repeat(5000)))).toMatchObject({ code: 'too-deep' });
    const invalid = await errorOf(craftJson('{"format":"podwright/v1","pods":"many"}'));
    expect(invalid?.path).toEqual(['pods']);
    const proto = await decodeShare(
      craftJson('{"format":"podwright/v1","name":"x","__proto__":{"polluted":true}}'),
    );
    expect(proto.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('will not make a link longer than a browser takes', async () => {
    // Incompressible text (a seeded pseudo-random sequence) defeats deflate.
    let seed = 12345;
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const noise = Array.from({ length: 3_000_000 }, () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return letters[(seed >>> 0) % 64]!;
    }).join('');
    const design = { ...TEMPLATES[0]!.design(), description: noise };
    const error = await encodeShare(design).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShareError);
    expect(error).toMatchObject({
      code: 'share-too-large',
      message: expect.stringContaining('save it as a file'),
    });
  }, 20_000);
});
