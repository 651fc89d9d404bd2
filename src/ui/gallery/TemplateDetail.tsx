import { useId, useMemo, type RefObject } from 'react';
import type { TemplateMeta } from '../../core';
import { describeSize } from './describe-size';
import { FAMILY_LABELS } from './families';

interface TemplateDetailProps {
  template: TemplateMeta;
  startButton: RefObject<HTMLButtonElement | null>;
  onStart: () => void;
}

/** The chosen template's explanation (the pattern, when to use it, its trade-offs) and its start button. */
export function TemplateDetail({ template, startButton, onStart }: TemplateDetailProps) {
  const titleId = useId();
  const counts = useMemo(() => describeSize(template.design()), [template]);
  const { explanation } = template;
  return (
    <section className="gallery-detail" aria-labelledby={titleId}>
      <p className={`gallery-chip family-${template.family}`}>{FAMILY_LABELS[template.family].title}</p>
      <h3 id={titleId}>{template.title}</h3>
      <p className="gallery-summary">{template.summary}</p>
      <p className="gallery-size">{counts}</p>
      <dl className="gallery-explanation">
        <dt>The pattern</dt>
        <dd>{explanation.pattern}</dd>
        <dt>When to use it</dt>
        <dd>{explanation.whenToUse}</dd>
        <dt>Trade-offs</dt>
        <dd>{explanation.tradeOffs}</dd>
        <dt>Source</dt>
        <dd className="gallery-source">{explanation.source}</dd>
      </dl>
      <div className="gallery-actions">
        <p className="gallery-hint">Replaces the current design; Undo brings it back.</p>
        {/* A plain button in the forms' style: the shared Button takes no ref. */}
        <button ref={startButton} type="button" className="btn btn-primary" onClick={onStart}>
          Start from this template
        </button>
      </div>
    </section>
  );
}
