import { makeContainer, uniqueName, type Pod } from '../../core';
import { useStoreApi } from '../../store';
import { Button, EmptyNote, Section } from '../forms';
import { RoleBadge } from './RoleBadge';
import { useEdit } from './useEdit';

/** The pod's containers; clicking one selects it, so the inspector shows its form. */
export function ContainerList({ pod }: { pod: Pod }) {
  const store = useStoreApi();
  const edit = useEdit();
  const add = () => {
    const container = makeContainer('app', {
      name: uniqueName(
        'app',
        pod.containers.map((c) => c.name),
      ),
    });
    if (!edit({ type: 'addContainer', pod: pod.id, container })) store.getState().select([container.id]);
  };
  return (
    <Section
      title={`Containers (${pod.containers.length})`}
      actions={
        <Button small onClick={add} title="Add an app container to this pod">
          Add container
        </Button>
      }
    >
      {pod.containers.length === 0 ? (
        <EmptyNote>No containers yet: drag one from the palette.</EmptyNote>
      ) : null}
      <ul className="entity-list">
        {pod.containers.map((container) => (
          <li key={container.id}>
            <button
              type="button"
              className="entity-link"
              onClick={() => store.getState().select([container.id])}
              aria-label={`Select container ${container.name}`}
            >
              <RoleBadge role={container.role} inferred={container.roleInferred} />
              <span className="entity-link-name">{container.name}</span>
              <span className="entity-link-detail">{container.image}</span>
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}
