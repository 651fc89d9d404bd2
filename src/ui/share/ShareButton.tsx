import { useState } from 'react';
import { encodeShare, ShareError } from '../../core';
import { useStoreApi } from '../../store';
import { copyText } from '../browser';
import { ToolButton } from '../toolbar/ToolButton';
import { ShareDialog, type CopyState } from './ShareDialog';
import { shareLink } from './share-link';
import { useOpenSharedLink } from './useOpenSharedLink';

/**
 * The toolbar's Share button: puts the whole design in a link (in its fragment, never sent to a
 * server), copies it and shows it in a dialog to copy by hand where the clipboard is refused. It also
 * opens share links this page is loaded with, as the one place that knows the link format.
 */
export function ShareButton() {
  const store = useStoreApi();
  const [link, setLink] = useState<string | null>(null);
  const [copy, setCopy] = useState<CopyState>('copying');
  useOpenSharedLink();

  const share = async () => {
    let payload: string;
    try {
      payload = await encodeShare(store.getState().design);
    } catch (error) {
      const message = error instanceof ShareError ? error.message : 'The design could not be put in a link.';
      store.getState().notify('error', message);
      return;
    }
    const url = shareLink(window.location, payload);
    setCopy('copying');
    setLink(url);
    setCopy((await copyText(url)) ? 'copied' : 'refused');
  };

  return (
    <>
      <ToolButton
        icon="share"
        label="Share"
        description="Copy a link that opens this design (the design is in the link itself)"
        onClick={() => void share()}
      />
      <ShareDialog
        link={link}
        copy={copy}
        onCopy={async () => link !== null && setCopy((await copyText(link)) ? 'copied' : 'refused')}
        onClose={() => setLink(null)}
      />
    </>
  );
}
