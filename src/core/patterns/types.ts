import type { DesignChange } from '../model/change-types';

/**
 * What applying a pattern gives: the changes to apply as one undo step and the entity to select
 * afterwards (the new helper), with notes on what a person still has to do; or why it cannot apply.
 */
export type PatternApplication =
  { ok: true; changes: DesignChange[]; selectId: string; notes: string[] } | { ok: false; reason: string };

export function refusal(reason: string): PatternApplication {
  return { ok: false, reason };
}
