import { useEffect, useId, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { portLabel } from './model/labels';
import type { PendingLink } from './useLinking';

interface PortChooserProps {
  link: PendingLink;
  onChoose(port: string): void;
  onCancel(): void;
}

/**
 * A small dialog that asks which port of the target a new connection should use. Keyboard: the
 * first port has focus, Tab/arrow keys move, Enter picks, Escape cancels.
 */
export function PortChooser({ link, onChoose, onCancel }: PortChooserProps) {
  const titleId = useId();
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector('button')?.focus();
  }, []);
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(at + (event.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length];
    next?.focus();
  };
  return (
    <div
      className="pw-port-chooser nokey"
      role="dialog"
      aria-labelledby={titleId}
      style={{ left: link.anchor.x, top: link.anchor.y }}
      onKeyDown={onKeyDown}
    >
      <div className="pw-port-chooser-title" id={titleId}>
        Connect to which port of {link.targetName}?
      </div>
      <div ref={list} className="pw-port-chooser-list">
        {link.ports.map((port) => (
          <button
            key={port.name}
            type="button"
            className="pw-port-choice"
            onClick={() => onChoose(port.name)}
            title={port.contract ? `Contract ${port.contract.name}@${port.contract.version}` : undefined}
          >
            <span className="pw-port-choice-name">{port.name}</span>
            <span className="pw-port-choice-detail">{portLabel(port)}</span>
          </button>
        ))}
      </div>
      <button type="button" className="pw-port-chooser-cancel" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
