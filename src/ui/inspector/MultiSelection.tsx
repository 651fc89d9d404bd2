import { entityKind, entityName, type Design } from '../../core';
import { useStore, useStoreApi } from '../../store';
import { Button, Section } from '../forms';
import { selectDesign } from './selectors';

/** Several things selected: what they are, and what can be done to all of them at once. */
export function MultiSelection({ ids }: { ids: string[] }) {
  const design = useStore(selectDesign);
  const store = useStoreApi();
  return (
    <>
      <Section title={`${ids.length} selected`}>
        <ul className="selection-list">
          {ids.map((id) => (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => store.getState().select([id])}>
                {describe(design, id)}
              </button>
            </li>
          ))}
        </ul>
      </Section>
      <div className="form-actions">
        <Button onClick={() => store.getState().duplicateSelection()}>Duplicate</Button>
        <Button variant="danger" onClick={() => store.getState().deleteSelection()}>
          Delete {ids.length} items
        </Button>
      </div>
    </>
  );
}

function describe(design: Design, id: string): string {
  const kind = entityKind(design, id);
  if (kind === 'connection') {
    const c = design.connections.find((x) => x.id === id)!;
    return `connection ${entityName(design, c.from) ?? '?'} → ${entityName(design, c.to.id) ?? '?'}`;
  }
  return `${kind ?? 'item'} ${entityName(design, id) ?? ''}`.trim();
}
