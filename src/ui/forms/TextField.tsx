import { useId, type KeyboardEvent } from 'react';
import { FieldFrame } from './FieldFrame';
import { useFieldProblem } from './problems';
import { useDraft, type Refusal } from './useDraft';

interface TextFieldBase {
  label: string;
  /** Said before the label to assistive technology only ("Port 2"). */
  context?: string;
  /** Checks the text before anything is applied; returns why it is refused, or null. */
  validate?: (text: string) => string | null;
  hideLabel?: boolean;
  placeholder?: string;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  monospace?: boolean;
  className?: string;
  type?: 'text' | 'url';
}

export interface TextFieldProps extends TextFieldBase {
  value: string | undefined;
  /** Applies the text (already validated); returns the store's refusal or null. */
  onCommit: (value: string) => Refusal;
}

/** A text input that applies as you type and refuses invalid text at the field, saying why. */
export function TextField(props: TextFieldProps) {
  return <DraftTextField<string> {...props} value={props.value ?? ''} format={same} parse={same} />;
}

const same = (text: string) => text;

export interface LinesFieldProps extends TextFieldBase {
  value: string[] | undefined;
  onCommit: (value: string[] | undefined) => Refusal;
}

/** One item per line (command, args): blank lines are dropped, an empty field clears the list. */
export function LinesField(props: LinesFieldProps) {
  return (
    <DraftTextField<string[] | undefined>
      {...props}
      multiline
      format={(lines) => (lines ?? []).join('\n')}
      parse={(text) => {
        const lines = text.split('\n').filter((line) => line.trim() !== '');
        return lines.length > 0 ? lines : undefined;
      }}
      equals={(a, b) => (a ?? []).join('\n') === (b ?? []).join('\n')}
    />
  );
}

export interface DraftTextFieldProps<T> extends TextFieldBase {
  value: T;
  onCommit: (value: T) => Refusal;
  format: (value: T) => string;
  parse: (text: string) => T;
  equals?: (a: T, b: T) => boolean;
}

/** A text field over any value, through `format` and `parse` (lines, key=value pairs). */
export function DraftTextField<T>(props: DraftTextFieldProps<T>) {
  const { label, hideLabel, placeholder, hint, multiline, rows, monospace } = props;
  const id = useId();
  const draft = useDraft<T>({
    value: props.value,
    format: props.format,
    parse: props.parse,
    validate: props.validate,
    commit: props.onCommit,
    equals: props.equals,
  });
  const problem = useFieldProblem(draft.error);
  const hintId = hint && !draft.error ? `${id}-hint` : undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    // Escape takes back a refused text; the design never had it.
    if (event.key === 'Escape' && draft.error) {
      event.stopPropagation();
      draft.revert();
    }
  };
  const common = {
    id,
    value: draft.text,
    placeholder,
    spellCheck: false,
    autoComplete: 'off',
    'aria-invalid': draft.error ? true : undefined,
    'aria-describedby': [problem.describedBy, hintId].filter(Boolean).join(' ') || undefined,
    className: monospace ? 'input mono' : 'input',
    onKeyDown,
  };
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
      {multiline ? (
        <textarea {...common} rows={rows ?? 3} onChange={(e) => draft.change(e.target.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} onChange={(e) => draft.change(e.target.value)} />
      )}
    </FieldFrame>
  );
}

export interface PairsFieldProps extends TextFieldBase {
  value: Record<string, string> | undefined;
  onCommit: (value: Record<string, string> | undefined) => Refusal;
}

/** `key=value`, one per line (labels). A line without "=" is refused, saying which. */
export function PairsField(props: PairsFieldProps) {
  const toText = (pairs: Record<string, string> | undefined) =>
    Object.entries(pairs ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join('\n');
  return (
    <DraftTextField<Record<string, string> | undefined>
      {...props}
      multiline
      monospace
      format={toText}
      parse={(text) => {
        const entries = text
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => {
            const at = line.indexOf('=');
            return [line.slice(0, at).trim(), line.slice(at + 1).trim()] as const;
          });
        return entries.length > 0 ? Object.fromEntries(entries) : undefined;
      }}
      validate={(text) => {
        const lines = text.split('\n');
        const bad = lines.findIndex((line) => line.trim() !== '' && line.indexOf('=') < 1);
        if (bad >= 0) return `Line ${bad + 1} needs the form key=value.`;
        return props.validate?.(text) ?? null;
      }}
      equals={(a, b) => toText(a) === toText(b)}
    />
  );
}
