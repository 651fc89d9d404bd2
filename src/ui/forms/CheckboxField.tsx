import { useId } from 'react';

export interface CheckboxFieldProps {
  label: string;
  context?: string;
  checked: boolean;
  onCommit: (checked: boolean) => void;
  hint?: string;
  /** Shows only a box, the label kept for assistive technology (compact rows). */
  hideLabel?: boolean;
  className?: string;
}

/** A checkbox with its label; each toggle is its own undo step. */
export function CheckboxField({
  label,
  context,
  checked,
  onCommit,
  hint,
  hideLabel,
  className,
}: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={['field', 'checkbox-field', className].filter(Boolean).join(' ')}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onCommit(e.target.checked)}
        title={hint}
      />
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {context ? <span className="visually-hidden">{context} </span> : null}
        {label}
      </label>
    </div>
  );
}
