import type { Design, Pod } from './types';

/** Why a change was refused: a code for programs, a sentence for people. */
export interface ChangeError {
  code: string;
  message: string;
}

export type ChangeResult = { ok: true; design: Design } | { ok: false; error: ChangeError };

export function refuse(code: string, message: string): ChangeResult {
  return { ok: false, error: { code, message } };
}

export function accept(design: Design): ChangeResult {
  return { ok: true, design };
}

/** Replaces every item matching `match` with `update(item)`. */
export function replaceWhere<T>(
  items: readonly T[],
  match: (item: T) => boolean,
  update: (item: T) => T,
): T[] {
  return items.map((item) => (match(item) ? update(item) : item));
}

/** Drops keys whose value is undefined, so a patch can clear an optional field. */
export function withoutUndefined<T extends object>(value: T): T {
  const out = { ...value };
  for (const key of Object.keys(out) as (keyof T)[]) if (out[key] === undefined) delete out[key];
  return out;
}

export function updatePod(design: Design, podId: string, update: (pod: Pod) => Pod): Design {
  return { ...design, pods: replaceWhere(design.pods, (p) => p.id === podId, update) };
}
