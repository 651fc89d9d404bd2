import { useState } from 'react';
import { renderSvg } from '../../core';
import { useStore, useStoreApi } from '../../store';
import { copyText, saveBlob } from '../browser';
import { useStatus } from '../forms/useStatus';
import { fileBase, svgToPng } from './download';
import { docsMarkdown } from './useDocs';
import './docs.css';

/**
 * Copy and the downloads of the Docs tab: the Markdown document, and the canvas as SVG and PNG.
 * They sit in the dock's header, so they work with the dock collapsed too; each works from the
 * latest design, whatever the panel has rendered yet.
 */
export default function DocsActions() {
  const store = useStoreApi();
  const base = fileBase(useStore((s) => s.design.name));
  const [status, say] = useStatus();
  const [busy, setBusy] = useState(false);
  const design = () => store.getState().design;

  const copy = async () =>
    say((await copyText(docsMarkdown(design()))) ? 'Copied' : 'Copy failed: use the Markdown source view');

  const saveMarkdown = () => {
    saveBlob(new Blob([docsMarkdown(design())], { type: 'text/markdown;charset=utf-8' }), `${base}.md`);
    say(`Saved ${base}.md`);
  };

  const saveSvg = () => {
    saveBlob(new Blob([renderSvg(design()).svg], { type: 'image/svg+xml;charset=utf-8' }), `${base}.svg`);
    say(`Saved ${base}.svg`);
  };

  const savePng = async () => {
    setBusy(true);
    try {
      const { svg, width, height } = renderSvg(design());
      saveBlob(await svgToPng(svg, width, height, 2), `${base}.png`);
      say(`Saved ${base}.png`);
    } catch (error) {
      say(`PNG failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="docs-actions">
      <span className="docs-status" role="status">
        {status}
      </span>
      <button
        type="button"
        className="docs-button"
        onClick={() => void copy()}
        aria-label="Copy the documentation"
      >
        Copy
      </button>
      <button
        type="button"
        className="docs-button"
        onClick={saveMarkdown}
        aria-label="Download Markdown"
        title={`Save ${base}.md`}
      >
        Markdown
      </button>
      <button
        type="button"
        className="docs-button"
        onClick={saveSvg}
        aria-label="Download SVG"
        title={`Save ${base}.svg`}
      >
        SVG
      </button>
      <button
        type="button"
        className="docs-button"
        onClick={() => void savePng()}
        aria-label="Download PNG"
        title={`Save ${base}.png (2× scale)`}
        disabled={busy}
      >
        PNG
      </button>
    </div>
  );
}
