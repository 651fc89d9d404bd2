import { useCallback } from 'react';
import { useStoreApi } from '../../store';
import { saveBlob } from '../browser';
import { designFileName, designFileText, readDesignText, sizeProblem } from './design-file';

/**
 * Open and Save of `.podwright.json` files. Opening refuses oversize files before reading them and
 * changes nothing unless the whole file is a valid design; a valid one replaces the design as one
 * undo step. Every outcome is told as a notice.
 */
export function useDesignFiles() {
  const store = useStoreApi();

  const openFile = useCallback(
    async (file: File) => {
      const { notify, replaceDesign } = store.getState();
      const tooBig = sizeProblem(file.name, file.size);
      if (tooBig) {
        notify('error', tooBig);
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        notify('error', `${file.name} could not be read. Nothing was opened.`);
        return;
      }
      const outcome = readDesignText(file.name, text);
      if (!outcome.ok) {
        notify('error', outcome.message);
        return;
      }
      replaceDesign(outcome.design);
      notify('info', outcome.message);
    },
    [store],
  );

  const saveDesign = useCallback(() => {
    const { design } = store.getState();
    const blob = new Blob([designFileText(design)], { type: 'application/json' });
    saveBlob(blob, designFileName(design));
  }, [store]);

  return { openFile, saveDesign };
}
