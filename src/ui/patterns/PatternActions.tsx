import { useId, useMemo } from 'react';
import { findContainer, patternActionsFor } from '../../core';
import { useStore, useStoreApi, type PodwrightState } from '../../store';
import { EmptyNote, Section } from '../forms';
import { applyPattern } from './apply-pattern';
import './patterns.css';

const selectDesign = (s: PodwrightState) => s.design;

/**
 * The inspector's "Patterns" section for an app container or a connection: each of the book's
 * patterns that can be applied here, as one button. One that does not fit is disabled and says why
 * beneath it, so a person learns what the pattern needs rather than guessing.
 */
export function PatternActions({ kind, id }: { kind: 'container' | 'connection'; id: string }) {
  const store = useStoreApi();
  const idPrefix = useId();
  const design = useStore(selectDesign);
  const entries = useMemo(() => patternActionsFor(design, kind, id), [design, kind, id]);
  // Patterns are applied to the app a helper serves, so a helper's form does not offer them.
  if (kind === 'container' && findContainer(design, id)?.container.role !== 'app') return null;
  if (entries.length === 0) return null;
  // A single reason for every refusal reads better as one quiet line than as a list of them.
  const allRefused = entries.every((e) => !e.result.ok);
  const sameReason =
    allRefused && entries.every((e) => !e.result.ok && e.result.reason === reasonOf(entries[0]!));
  return (
    <Section title="Patterns">
      {sameReason ? (
        <EmptyNote>{reasonOf(entries[0]!)}</EmptyNote>
      ) : (
        <ul className="pattern-actions" aria-label="Patterns to apply">
          {entries.map(({ action, result }) => (
            <li key={action.id} className="pattern-action">
              <button
                type="button"
                className="btn btn-small pattern-button"
                disabled={!result.ok}
                title={result.ok ? action.pattern : result.reason}
                aria-describedby={result.ok ? undefined : `${idPrefix}-${action.id}`}
                onClick={() => applyPattern(store, action, id)}
              >
                <span className={`pattern-mark pattern-${action.id}`} aria-hidden="true" />
                {action.title}
              </button>
              {result.ok ? (
                <p className="pattern-what">{action.pattern}</p>
              ) : (
                <p className="pattern-why" id={`${idPrefix}-${action.id}`}>
                  {result.reason}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function reasonOf(entry: ReturnType<typeof patternActionsFor>[number]): string {
  return entry.result.ok ? '' : entry.result.reason;
}
