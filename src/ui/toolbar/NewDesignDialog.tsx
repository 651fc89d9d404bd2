import { useEffect, useId, useRef } from 'react';
import { Button } from '../forms';

interface NewDesignDialogProps {
  open: boolean;
  designName: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before New replaces a design that has content. A modal <dialog> traps focus and closes on
 * Escape by itself; Cancel has the focus first, so Enter never discards work by accident.
 */
export function NewDesignDialog({ open, designName, onConfirm, onCancel }: NewDesignDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="tb-dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onClose={() => open && onCancel()}
    >
      <h2 id={titleId}>Start a new design?</h2>
      <p id={textId}>
        “{designName}” will be replaced by an empty design. Undo (Ctrl+Z) brings it back; Save keeps a copy as
        a file.
      </p>
      <div className="tb-dialog-actions">
        <Button autoFocus onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          Start new design
        </Button>
      </div>
    </dialog>
  );
}
