/**
 * How other panels ask the manifest editor to show an entity's lines (the Problems list, when a finding
 * is clicked), without loading Monaco themselves: a request waits here until an editor takes it, so a
 * finding clicked while the manifest tab is closed is shown when it opens.
 */
export interface RevealRequest {
  /** The entity whose first line to show; undefined for the design (the file's header). */
  id?: string;
}

let pending: RevealRequest | undefined;
const listeners = new Set<(request: RevealRequest) => void>();

export function requestManifestReveal(request: RevealRequest): void {
  pending = request;
  for (const listener of listeners) listener(request);
}

/** The request not yet taken, if any; taking it clears it. */
export function takeRevealRequest(): RevealRequest | undefined {
  const request = pending;
  pending = undefined;
  return request;
}

export function onRevealRequest(listener: (request: RevealRequest) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
