import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button';
import './modal.css';

interface ModalProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider for reading pages and lists. */
  wide?: boolean;
}

/**
 * A modal <dialog>: the browser traps focus and closes it on Escape; the title names it for
 * assistive technology, and the Close button is always there.
 */
export function Modal({ open, title, onClose, children, wide }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby={titleId}
      onClose={() => open && onClose()}
    >
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
        <Button onClick={onClose}>Close</Button>
      </header>
      <div className="modal-body">{open ? children : null}</div>
    </dialog>
  );
}
