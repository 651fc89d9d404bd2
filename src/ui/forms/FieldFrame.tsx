import type { ReactNode } from 'react';

interface FieldFrameProps {
  id: string;
  label: string;
  /** Said before the label to assistive technology only, e.g. "Port 2" before "Name". */
  context?: string;
  hideLabel?: boolean;
  hint?: string;
  hintId?: string;
  problem: string | null;
  problemId: string;
  className?: string;
  children: ReactNode;
}

/** Label, control, hint and refusal message, laid out the same way for every kind of field. */
export function FieldFrame({
  id,
  label,
  context,
  hideLabel,
  hint,
  hintId,
  problem,
  problemId,
  className,
  children,
}: FieldFrameProps) {
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {context ? <span className="visually-hidden">{context} </span> : null}
        {label}
      </label>
      {children}
      {hint && !problem ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p id={problemId} className="field-problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
