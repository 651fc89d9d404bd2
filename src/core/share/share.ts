import { checkText, parseDesignValue, type ParseIssue, type ParseResult } from '../model/parse';
import type { Design } from '../model/types';
import { fromBase64url, toBase64url } from './base64url';
import { deflateRaw, inflateRaw } from './compression';
import { crc32 } from './crc32';

/**
 * The payload of a share link's fragment (`#…`), never sent to a server:
 * base64url( version byte 1 | CRC-32 of the JSON, 4 bytes big-endian | deflate-raw(JSON of the design) ).
 * The checksum tells a changed or cut-short link from a good one; the limits keep a hostile link
 * from costing more than a few megabytes.
 */
const VERSION = 1;
const HEADER_BYTES = 5;

/** Longer links are refused before decoding (Chromium's URL limit is 2 MB). */
export const MAX_SHARE_CHARS = 2_000_000;
/** A link may unpack to at most this many bytes of JSON; decompression stops there. */
export const MAX_SHARE_JSON_BYTES = 10 * 1024 * 1024;

/** Why a design cannot be shared by link (too large), with a sentence for people. */
export class ShareError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ShareError';
  }
}

/**
 * Encodes a whole design as the payload of a share link's fragment: compressed JSON in base64url.
 * Deterministic for a given design. Throws a ShareError when the link would be longer than
 * MAX_SHARE_CHARS (export the design file instead).
 */
export async function encodeShare(design: Design): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(design));
  if (json.length > MAX_SHARE_JSON_BYTES) throw tooLarge(`${json.length} bytes of JSON`);
  const compressed = await deflateRaw(json);
  const payload = new Uint8Array(HEADER_BYTES + compressed.length);
  payload[0] = VERSION;
  new DataView(payload.buffer).setUint32(1, crc32(json));
  payload.set(compressed, HEADER_BYTES);
  const text = toBase64url(payload);
  if (text.length > MAX_SHARE_CHARS) throw tooLarge(`${text.length} characters`);
  return text;
}

function tooLarge(size: string): ShareError {
  return new ShareError(
    'share-too-large',
    `This design is too large to share by link (${size}); save it as a file and share that instead.`,
  );
}

/**
 * Decodes a share link's fragment (with or without its `#`) back into a design, through the same
 * checks as any design file (`parseDesignValue`). Refuses, with a clear message and nothing else
 * changed, a link that is empty, too long, not base64url, made by a newer version, changed or cut
 * short (checksum or decompression fails), or that unpacks past MAX_SHARE_JSON_BYTES.
 */
export async function decodeShare(fragment: string): Promise<ParseResult> {
  const text = fragment.trim().replace(/^#/, '');
  if (text === '') return refuse('share-empty', 'The link holds no design.');
  if (text.length > MAX_SHARE_CHARS) {
    return refuse(
      'share-too-large',
      `The link is ${text.length} characters long; at most ${MAX_SHARE_CHARS} are read.`,
    );
  }
  const bytes = fromBase64url(text.replace(/=+$/, ''));
  if (!(bytes instanceof Uint8Array)) {
    return refuse(
      'share-malformed',
      `The link is damaged: character ${bytes.badAt + 1} cannot appear in a Podwright link.`,
    );
  }
  if (bytes.length <= HEADER_BYTES) return refuse('share-damaged', DAMAGED);
  if (bytes[0] !== VERSION) {
    return bytes[0]! > VERSION && bytes[0]! < 16
      ? refuse('share-newer', 'The link was made by a newer Podwright; open it there, or update this one.')
      : refuse('share-damaged', DAMAGED);
  }
  let json: Uint8Array | 'too-large';
  try {
    json = await inflateRaw(bytes.subarray(HEADER_BYTES), MAX_SHARE_JSON_BYTES);
  } catch {
    return refuse('share-damaged', DAMAGED);
  }
  if (json === 'too-large') {
    return refuse(
      'share-too-large',
      `The link unpacks to more than ${MAX_SHARE_JSON_BYTES} bytes, more than any design; it was refused unread.`,
    );
  }
  if (crc32(json) !== new DataView(bytes.buffer, bytes.byteOffset).getUint32(1)) {
    return refuse('share-damaged', DAMAGED);
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    return refuse('share-damaged', DAMAGED);
  }
  // A link with a valid checksum may still be crafted: the same checks as an untrusted file.
  const early = checkText(source, MAX_SHARE_JSON_BYTES);
  if (early) return { ok: false, errors: [early] };
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return refuse('share-damaged', 'The link’s design is not valid JSON.');
  }
  return parseDesignValue(value);
}

const DAMAGED =
  'The link is damaged: it was cut short or changed on the way (its data does not check out). Ask for the link again.';

function refuse(code: string, message: string): ParseResult {
  const issue: ParseIssue = { code, message, path: [] };
  return { ok: false, errors: [issue] };
}
