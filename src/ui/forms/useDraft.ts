import { useState } from 'react';

/** What a field reports after an edit: null when it was applied, else why it was refused. */
export type Refusal = string | null;

interface DraftState<T> {
  /** The model value the text stands for; when the model moves away from it, the text follows. */
  source: T;
  text: string;
  error: string | null;
}

export interface DraftOptions<T> {
  value: T;
  format: (value: T) => string;
  parse: (text: string) => T;
  /** Checks the text before anything is applied; returns why it is refused, or null. */
  validate?: (text: string) => string | null;
  /** Applies the parsed value; returns the store's refusal, or null. */
  commit: (value: T) => Refusal;
  equals?: (a: T, b: T) => boolean;
}

/**
 * The text a person is typing, kept apart from the design. A valid text is applied at once; an
 * invalid one stays in the field with the reason while the design keeps its last valid value.
 * When the design changes underneath (undo, another selection), the field shows the design again.
 */
export function useDraft<T>({ value, format, parse, validate, commit, equals = Object.is }: DraftOptions<T>) {
  const [state, setState] = useState<DraftState<T>>(() => ({
    source: value,
    text: format(value),
    error: null,
  }));
  let current = state;
  if (!equals(state.source, value)) {
    // Deriving state from props during render (React's documented pattern) avoids a frame of stale text.
    current = { source: value, text: format(value), error: null };
    setState(current);
  }

  const change = (text: string) => {
    const problem = validate?.(text) ?? null;
    if (problem) {
      setState((s) => ({ ...s, text, error: problem }));
      return;
    }
    const parsed = parse(text);
    const refusal = equals(parsed, current.source) ? null : commit(parsed);
    setState((s) => (refusal ? { ...s, text, error: refusal } : { source: parsed, text, error: null }));
  };

  /** Back to the design's value (Escape). */
  const revert = () => setState({ source: value, text: format(value), error: null });

  return { text: current.text, error: current.error, change, revert };
}
