import { useStore, useStoreApi } from '../../store';
import { copyText, saveBlob } from '../browser';
import { useStatus } from '../forms/useStatus';
import { downloadName, exportDesign, type ExportFormat } from './exporters';
import './manifest.css';

const FORMAT_LABEL: Record<ExportFormat, string> = { k8s: 'Kubernetes manifests', compose: 'Compose file' };

/**
 * Copy to the clipboard and Download, with a short spoken and visible confirmation. They sit in the
 * dock's header, so they work with the dock collapsed too. The export is deterministic, so a fresh one
 * is exactly the text the editor shows.
 */
export default function ManifestActions({ format }: { format: ExportFormat }) {
  const store = useStoreApi();
  const currentText = () => exportDesign(store.getState().design, format).text;
  const designName = useStore((s) => s.design.name);
  const fileName = downloadName(designName, format);
  const [status, say] = useStatus();

  // Without clipboard permission (an embedded page, an old browser) the text is still selectable.
  const copy = async () =>
    say(
      (await copyText(currentText()))
        ? 'Copied'
        : 'Copy failed: click in the text, press Ctrl+A, then Ctrl+C',
    );

  const download = () => {
    saveBlob(new Blob([currentText()], { type: 'application/yaml' }), fileName);
    say(`Saved ${fileName}`);
  };

  return (
    <div className="manifest-actions">
      <span className="manifest-status" role="status">
        {status}
      </span>
      <button
        type="button"
        className="manifest-button"
        onClick={() => void copy()}
        aria-label={`Copy the ${FORMAT_LABEL[format]}`}
      >
        Copy
      </button>
      <button
        type="button"
        className="manifest-button"
        onClick={download}
        aria-label={`Download ${fileName}`}
      >
        Download
      </button>
    </div>
  );
}
