import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { PATTERN_FAMILIES, TEMPLATES, type TemplateMeta } from '../../core';
import { TemplateDetail } from './TemplateDetail';
import { FAMILY_LABELS } from './families';
import './gallery.css';

interface TemplateGalleryProps {
  chosenId: string | undefined;
  onChoose: (id: string) => void;
  onStart: (template: TemplateMeta) => void;
}

/**
 * The pattern library as a listbox of cards grouped by family, beside the chosen card's explanation.
 * One card is in the tab order (the chosen one); arrow keys, Home and End move between cards, Enter
 * goes to "Start from this template", so nothing replaces the design without a deliberate press.
 */
export function TemplateGallery({ chosenId, onChoose, onStart }: TemplateGalleryProps) {
  const chosen = TEMPLATES.find((t) => t.id === chosenId) ?? TEMPLATES[0]!;
  const cards = useRef(new Map<string, HTMLDivElement>());
  const startButton = useRef<HTMLButtonElement>(null);
  const [openedOn] = useState(chosen.id);
  const groups = useMemo(
    () =>
      PATTERN_FAMILIES.map((family) => ({
        family,
        templates: TEMPLATES.filter((t) => t.family === family),
      })).filter((g) => g.templates.length > 0),
    [],
  );
  // In gallery order, as the arrow keys walk it.
  const ordered = useMemo(() => groups.flatMap((g) => g.templates), [groups]);

  // Once, as the gallery opens: the dialog shows itself after this effect and focuses Close, so the
  // chosen card takes the focus a frame later. Later moves focus their card themselves.
  useEffect(() => {
    const frame = requestAnimationFrame(() => cards.current.get(openedOn)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [openedOn]);

  const move = (to: TemplateMeta | undefined) => {
    if (!to) return;
    onChoose(to.id);
    cards.current.get(to.id)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      startButton.current?.focus();
      return;
    }
    const at = ordered.findIndex((t) => t.id === chosen.id);
    const targets: Record<string, TemplateMeta | undefined> = {
      ArrowDown: ordered[at + 1],
      ArrowRight: ordered[at + 1],
      ArrowUp: ordered[at - 1],
      ArrowLeft: ordered[at - 1],
      Home: ordered[0],
      End: ordered[ordered.length - 1],
    };
    if (!(event.key in targets)) return;
    event.preventDefault();
    move(targets[event.key]);
  };

  return (
    <div className="gallery">
      <div
        className="gallery-list"
        role="listbox"
        aria-label="Templates"
        aria-orientation="vertical"
        onKeyDown={onKeyDown}
      >
        {groups.map(({ family, templates }) => (
          <div
            key={family}
            role="group"
            aria-labelledby={`gallery-family-${family}`}
            className="gallery-group"
          >
            <div className="gallery-family" id={`gallery-family-${family}`}>
              <span className={`gallery-family-dot family-${family}`} aria-hidden="true" />
              {FAMILY_LABELS[family].title}
              <span className="gallery-family-blurb">{FAMILY_LABELS[family].blurb}</span>
            </div>
            {templates.map((template) => {
              const selected = template.id === chosen.id;
              return (
                <div
                  key={template.id}
                  ref={(el) => {
                    if (el) cards.current.set(template.id, el);
                    else cards.current.delete(template.id);
                  }}
                  role="option"
                  aria-selected={selected}
                  tabIndex={selected ? 0 : -1}
                  className={selected ? 'gallery-card selected' : 'gallery-card'}
                  onClick={() => move(template)}
                  onDoubleClick={() => onStart(template)}
                >
                  <span className="gallery-card-title">{template.title}</span>
                  <span className="gallery-card-summary">{template.summary}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <TemplateDetail template={chosen} startButton={startButton} onStart={() => onStart(chosen)} />
    </div>
  );
}
