import { useId, useState } from 'react';
import { FieldFrame } from './FieldFrame';
import { useFieldProblem } from './problems';
import type { Refusal } from './useDraft';

export interface Option {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  /** Said before the label to assistive technology only ("Port 2"). */
  context?: string;
  value: string;
  options: readonly (Option | string)[];
  onCommit: (value: string) => Refusal;
  hideLabel?: boolean;
  hint?: string;
  className?: string;
  disabled?: boolean;
}

/**
 * A select that applies at once (each choice is its own undo step). A value the options do not
 * list (a dangling reference, an unset one) is shown as it is rather than silently replaced.
 */
export function SelectField(props: SelectFieldProps) {
  const { label, value, onCommit, hideLabel, hint, disabled } = props;
  const id = useId();
  const [refusal, setRefusal] = useState<{ for: string; message: string } | null>(null);
  const error = refusal && refusal.for === value ? refusal.message : null;
  const problem = useFieldProblem(error);
  const options = props.options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  const listed = options.some((o) => o.value === value);
  const hintId = hint && !error ? `${id}-hint` : undefined;
  return (
    <FieldFrame
      id={id}
      label={label}
      context={props.context}
      hideLabel={hideLabel}
      hint={hint}
      hintId={hintId}
      problem={problem.inline ? error : null}
      problemId={problem.id}
      className={props.className}
    >
      <select
        id={id}
        className="input"
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={[problem.describedBy, hintId].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          const message = onCommit(e.target.value);
          setRefusal(message ? { for: value, message } : null);
        }}
      >
        {listed ? null : <option value={value}>{value === '' ? '—' : `${value} (missing)`}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
