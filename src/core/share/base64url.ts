/**
 * base64url (RFC 4648 §5) without padding: what fits in a URL fragment untouched. Decoding is strict
 * and reports the first character that a Podwright link never contains.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Int16Array(128).fill(-1);
const CODES = new Uint8Array(64);
for (let i = 0; i < ALPHABET.length; i++) {
  VALUES[ALPHABET.charCodeAt(i)] = i;
  CODES[i] = ALPHABET.charCodeAt(i);
}

export function toBase64url(bytes: Uint8Array): string {
  // Characters are written as bytes and decoded once: concatenating strings is many times slower.
  const out = new Uint8Array(Math.ceil((bytes.length * 4) / 3));
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = CODES[n >> 18]!;
    out[o++] = CODES[(n >> 12) & 63]!;
    out[o++] = CODES[(n >> 6) & 63]!;
    out[o++] = CODES[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o++] = CODES[n >> 18]!;
    out[o++] = CODES[(n >> 12) & 63]!;
    if (rest === 2) out[o++] = CODES[(n >> 6) & 63]!;
  }
  return new TextDecoder().decode(out.subarray(0, o));
}

/** The bytes, or the 0-based position of the first character that is not base64url. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | { badAt: number } {
  const length = text.length;
  if (length % 4 === 1) return { badAt: length - 1 };
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? VALUES[code]! : -1;
    if (value < 0) return { badAt: i };
    acc = (acc << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[o++] = (acc >> bits) & 255;
    }
  }
  return bytes;
}
