import { useState } from 'react';
import { ContainerLabelsCard } from './ContainerLabelsCard';
import { MarkdownView } from './MarkdownView';
import { useDocsMarkdown } from './useDocs';
import './docs.css';

type View = 'rendered' | 'source';

/**
 * The Docs tab: the design's documentation as it will read in a repository (or as Markdown source),
 * kept in step with the design, and beside it the image labels of the selected container.
 */
export default function DocsPanel() {
  const { markdown, blocks, stale } = useDocsMarkdown();
  const [view, setView] = useState<View>('rendered');
  return (
    <div className="docs-panel">
      <section className="docs-main" aria-label="Documentation">
        <div className="docs-bar">
          <div className="docs-views" role="group" aria-label="Show the documentation as">
            {(['rendered', 'source'] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="docs-view"
                aria-pressed={view === option}
                onClick={() => setView(option)}
              >
                {option === 'rendered' ? 'Formatted' : 'Markdown source'}
              </button>
            ))}
          </div>
          {stale ? <span className="docs-updating">Updating…</span> : null}
        </div>
        {/* Focusable, so a keyboard can scroll a long document. */}
        <div className="docs-scroll" tabIndex={0}>
          {view === 'rendered' ? (
            <MarkdownView blocks={blocks} />
          ) : (
            <figure className="docs-figure" aria-label="Markdown source">
              <pre className="docs-source">
                <code>{markdown}</code>
              </pre>
            </figure>
          )}
        </div>
      </section>
      <aside className="docs-side" aria-label="Image labels">
        <ContainerLabelsCard />
      </aside>
    </div>
  );
}
