/**
 * Where a share link keeps its design: the fragment `#design=<payload>`, so the design never reaches a
 * server (browsers do not send the fragment). The payload is `encodeShare`'s base64url text.
 */
export const SHARE_FRAGMENT_KEY = 'design';

/** The link that opens this page with the design: `origin + pathname + '#design=' + payload`. */
export function shareLink(location: { origin: string; pathname: string }, payload: string): string {
  return `${location.origin}${location.pathname}#${SHARE_FRAGMENT_KEY}=${payload}`;
}

/**
 * The payload of a location's fragment (`#design=…`, possibly among other `&`-separated parts), or
 * null when the fragment holds no design. An empty `#design=` gives '' so the decoder can say so.
 */
export function readShareFragment(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment === '') return null;
  const prefix = `${SHARE_FRAGMENT_KEY}=`;
  const part = fragment.split('&').find((p) => p === SHARE_FRAGMENT_KEY || p.startsWith(prefix));
  if (part === undefined) return null;
  return part.slice(prefix.length);
}

/**
 * The fragment without its design part ('' when nothing else was there), so that removing the
 * design from the address keeps whatever else the fragment said.
 */
export function fragmentWithoutDesign(hash: string): string {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_FRAGMENT_KEY}=`;
  const rest = fragment
    .split('&')
    .filter((p) => p !== '' && p !== SHARE_FRAGMENT_KEY && !p.startsWith(prefix));
  return rest.length > 0 ? `#${rest.join('&')}` : '';
}
