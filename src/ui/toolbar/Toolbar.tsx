import { useRef, useState } from 'react';
import { makeDesign, sampleDesign, type Design } from '../../core';
import { useStore, useStoreApi, type PodwrightState } from '../../store';
import { OPEN_ACCEPT, useDesignFiles } from '../files';
import { ImportControls } from '../import';
import { TidyLayoutButton } from '../layout';
import { TemplatesButton } from '../gallery';
import { ShareButton } from '../share';
import { useShortcuts } from '../shortcuts';
import { NewDesignDialog } from './NewDesignDialog';
import { ToolButton } from './ToolButton';
import './toolbar.css';

const selectCanUndo = (s: PodwrightState) => s.history.past.length > 0;
const selectCanRedo = (s: PodwrightState) => s.history.future.length > 0;
const selectHasSelection = (s: PodwrightState) => s.selection.length > 0;
const selectSnap = (s: PodwrightState) => s.ui.snapToGrid;
const selectDesignName = (s: PodwrightState) => s.design.name;

function isEmpty(design: Design): boolean {
  return design.pods.length + design.services.length + design.externals.length === 0;
}

/**
 * The app bar: the name, file actions, history and edit actions, and view toggles. It also hosts
 * the window-wide behaviour that belongs to no region: keyboard shortcuts and dropping a file.
 */
export function Toolbar() {
  const store = useStoreApi();
  const canUndo = useStore(selectCanUndo);
  const canRedo = useStore(selectCanRedo);
  const hasSelection = useStore(selectHasSelection);
  const snap = useStore(selectSnap);
  const designName = useStore(selectDesignName);
  const { openFile, saveDesign } = useDesignFiles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [confirmingNew, setConfirmingNew] = useState(false);

  useShortcuts();

  const startNew = () => {
    setConfirmingNew(false);
    store.getState().replaceDesign(makeDesign());
    store.getState().notify('info', 'Started a new design. Undo brings back the previous one.');
  };
  const requestNew = () => (isEmpty(store.getState().design) ? startNew() : setConfirmingNew(true));
  const loadSample = () => {
    store.getState().replaceDesign(sampleDesign());
    store.getState().notify('info', 'Loaded the sample design. Undo brings back the previous one.');
  };
  const state = () => store.getState();

  return (
    <header className="app-toolbar toolbar">
      <div className="tb-brand">
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
          <rect
            x="1.5"
            y="1.5"
            width="17"
            height="17"
            rx="4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          <rect x="5" y="5" width="4.2" height="10" rx="1.2" fill="#7fb0ff" />
          <rect x="10.8" y="5" width="4.2" height="4.2" rx="1.2" fill="#6fd3a8" />
          <rect x="10.8" y="10.8" width="4.2" height="4.2" rx="1.2" fill="#f3b45a" />
        </svg>
        <span className="app-title">Podwright</span>
      </div>
      <div role="toolbar" aria-label="Design actions" className="tb-groups">
        <div className="tb-group" role="group" aria-label="File">
          <ToolButton icon="new" label="New" description="New design" onClick={requestNew} />
          <ToolButton
            icon="open"
            label="Open"
            description="Open a .podwright.json file (or drop one on the window)"
            onClick={() => fileInput.current?.click()}
          />
          <ImportControls />
          <ToolButton
            icon="save"
            label="Save"
            description={`Save as ${designName}.podwright.json`}
            onClick={saveDesign}
          />
          <ToolButton
            icon="sample"
            label="Load sample"
            description="Replace the design with the sample"
            onClick={loadSample}
          />
          <TemplatesButton />
          <ShareButton />
        </div>
        <div className="tb-group" role="group" aria-label="History">
          <ToolButton
            icon="undo"
            compact
            label="Undo"
            shortcut="Ctrl+Z"
            onClick={() => state().undo()}
            disabled={!canUndo}
          />
          <ToolButton
            icon="redo"
            compact
            label="Redo"
            shortcut="Ctrl+Shift+Z or Ctrl+Y"
            onClick={() => state().redo()}
            disabled={!canRedo}
          />
        </div>
        <div className="tb-group" role="group" aria-label="Edit">
          <ToolButton
            icon="duplicate"
            compact
            label="Duplicate"
            shortcut="Ctrl+D"
            description="Duplicate the selection"
            onClick={() => state().duplicateSelection()}
            disabled={!hasSelection}
          />
          <ToolButton
            icon="delete"
            compact
            label="Delete"
            shortcut="Delete"
            description="Delete the selection"
            onClick={() => state().deleteSelection()}
            disabled={!hasSelection}
          />
        </div>
        <div className="tb-group" role="group" aria-label="View">
          <ToolButton
            icon="grid"
            compact
            label="Snap to grid"
            description="Snap positions to the grid while dragging"
            pressed={snap}
            onClick={() => state().setUi({ snapToGrid: !snap })}
          />
          <TidyLayoutButton />
        </div>
      </div>
      <input
        ref={fileInput}
        type="file"
        accept={OPEN_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Open design file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again still opens it.
          event.target.value = '';
          if (file) void openFile(file);
        }}
      />
      <NewDesignDialog
        open={confirmingNew}
        designName={designName}
        onConfirm={startNew}
        onCancel={() => setConfirmingNew(false)}
      />
    </header>
  );
}
