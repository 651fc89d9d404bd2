/**
 * Ids are stable, never shown, and unique within a design. A counter plus a random part keeps them
 * unique across pasted and merged designs; tests can make them deterministic with `setIdSource`.
 */
let source: () => string = defaultSource;
let counter = 0;

function defaultSource(): string {
  counter += 1;
  return `${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export function newId(prefix: string): string {
  return `${prefix}_${source()}`;
}

/** For tests and the CLI: a deterministic id sequence. Returns a function that restores the default. */
export function setIdSource(next: () => string): () => void {
  const previous = source;
  source = next;
  return () => {
    source = previous;
  };
}

export function sequentialIds(): () => string {
  let n = 0;
  return () => (++n).toString(36);
}
