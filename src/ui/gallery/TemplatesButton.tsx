import { useState } from 'react';
import { useStoreApi } from '../../store';
import { Modal } from '../forms';
import { ToolButton } from '../toolbar/ToolButton';
import { TemplateGallery } from './TemplateGallery';
import { startFromTemplate } from './start-template';

/** The toolbar's Templates button and the gallery it opens; the gallery remembers the last card. */
export function TemplatesButton() {
  const store = useStoreApi();
  const [open, setOpen] = useState(false);
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  return (
    <>
      <ToolButton
        icon="templates"
        label="Templates"
        description="Start from a pattern of the book: sidecar, ambassador, adapter, serving…"
        onClick={() => setOpen(true)}
      />
      <Modal open={open} title="Start from a template" wide onClose={() => setOpen(false)}>
        <TemplateGallery
          chosenId={chosenId}
          onChoose={setChosenId}
          onStart={(template) => {
            setOpen(false);
            startFromTemplate(store, template);
          }}
        />
      </Modal>
    </>
  );
}
