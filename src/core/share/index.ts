/** Sharing a design by link: the whole design, compressed, in the URL fragment. */
export { decodeShare, encodeShare, MAX_SHARE_CHARS, MAX_SHARE_JSON_BYTES, ShareError } from './share';
