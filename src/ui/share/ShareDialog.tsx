import { useEffect, useId, useRef } from 'react';
import { Button, Modal } from '../forms';
import './share.css';

export type CopyState = 'copying' | 'copied' | 'refused';

const COPY_TEXT: Record<CopyState, string> = {
  copying: 'Copying the link…',
  copied: 'The link is copied to the clipboard.',
  refused: 'The browser did not let Podwright copy it: select the link below and copy it yourself.',
};

interface ShareDialogProps {
  /** The link to show; null keeps the dialog closed. */
  link: string | null;
  copy: CopyState;
  onCopy: () => void;
  onClose: () => void;
}

/** Shows a share link, selected, so it can be copied by hand where the clipboard is refused. */
export function ShareDialog({ link, copy, onCopy, onClose }: ShareDialogProps) {
  const statusId = useId();
  return (
    <Modal open={link !== null} title="Share this design" onClose={onClose}>
      <p id={statusId} className={`share-status share-${copy}`} role="status">
        {COPY_TEXT[copy]}
      </p>
      <LinkField link={link ?? ''} describedBy={statusId} />
      <p className="share-note">
        Anyone who opens the link sees this design as it is now ({link?.length ?? 0} characters). The design
        travels inside the link, after the #, and is never sent to a server; later edits are not in it.
      </p>
      <div className="share-actions">
        <Button onClick={onCopy}>{copy === 'copied' ? 'Copy again' : 'Copy link'}</Button>
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      </div>
    </Modal>
  );
}

/** The link, selected as the dialog opens (it mounts with the dialog's content) so Ctrl+C copies it. */
function LinkField({ link, describedBy }: { link: string; describedBy: string }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  useEffect(() => {
    // A frame later: the dialog opens after this effect and would focus its Close button.
    const frame = requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.select();
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <>
      <label className="field-label" htmlFor={fieldId}>
        Share link
      </label>
      <textarea
        ref={field}
        id={fieldId}
        className="input mono share-link"
        readOnly
        rows={4}
        value={link}
        aria-describedby={describedBy}
        onFocus={(event) => event.currentTarget.select()}
      />
    </>
  );
}
