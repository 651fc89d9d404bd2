import { useId } from 'react';
import { FieldFrame } from './FieldFrame';
import { useFieldProblem } from './problems';
import { useDraft, type Refusal } from './useDraft';

export interface NumberFieldProps {
  label: string;
  /** Said before the label to assistive technology only ("Port 2"). */
  context?: string;
  value: number | undefined;
  onCommit: (value: number | undefined) => Refusal;
  /** When false, an empty field clears the value; when true, it is refused. */
  required?: boolean;
  min?: number;
  max?: number;
  /** Checks the number itself (e.g. portNumberProblem); runs after the range check. */
  validate?: (value: number) => string | null;
  hideLabel?: boolean;
  placeholder?: string;
  hint?: string;
  className?: string;
}

/** A whole-number input: text in, number out, refused at the field when it is not a number in range. */
export function NumberField(props: NumberFieldProps) {
  const { label, value, onCommit, required, min, max, validate, hideLabel, placeholder, hint } = props;
  const id = useId();
  const draft = useDraft<number | undefined>({
    value,
    format: (v) => (v === undefined ? '' : String(v)),
    parse: (t) => (t.trim() === '' ? undefined : Number(t.trim())),
    validate: (text) => {
      const trimmed = text.trim();
      if (trimmed === '') return required ? `${label} is required.` : null;
      if (!/^-?\d+$/.test(trimmed)) return `"${trimmed}" is not a whole number.`;
      const n = Number(trimmed);
      if (min !== undefined && n < min) return `${label} must be at least ${min}.`;
      if (max !== undefined && n > max) return `${label} must be at most ${max}.`;
      return validate?.(n) ?? null;
    },
    commit: onCommit,
  });
  const problem = useFieldProblem(draft.error);
  const hintId = hint && !draft.error ? `${id}-hint` : undefined;
  return (
    <FieldFrame
      id={id}
      label={label}
      context={props.context}
      hideLabel={hideLabel}
      hint={hint}
      hintId={hintId}
      problem={problem.inline ? draft.error : null}
      problemId={problem.id}
      className={props.className}
    >
      <input
        id={id}
        className="input number"
        inputMode="numeric"
        value={draft.text}
        placeholder={placeholder}
        aria-invalid={draft.error ? true : undefined}
        aria-describedby={[problem.describedBy, hintId].filter(Boolean).join(' ') || undefined}
        onChange={(e) => draft.change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && draft.error) {
            e.stopPropagation();
            draft.revert();
          }
        }}
      />
    </FieldFrame>
  );
}
