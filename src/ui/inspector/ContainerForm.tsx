import { ROLES, type Container, type Role } from '../../core';
import { useStore, useStoreApi } from '../../store';
import { Button, LinesField, Section, SelectField, TextField } from '../forms';
import { PatternActions } from '../patterns';
import { EnvEditor } from './EnvEditor';
import { MountsEditor } from './MountsEditor';
import { PortsEditor } from './PortsEditor';
import { ProbesEditor } from './ProbesEditor';
import { ResourcesEditor } from './ResourcesEditor';
import { containerById, podOfContainer } from './selectors';
import { DeleteEntity } from './DeleteEntity';
import { typing, useEdit } from './useEdit';
import { containerNameProblem, urlProblem } from './validation';

export type ContainerPatch = Partial<Omit<Container, 'id' | 'ports'>>;

const ROLE_HINTS: Record<Role, string> = {
  app: 'The main container: the reason the pod exists.',
  sidecar: 'Augments the app in its pod (TLS, config sync, logging).',
  ambassador: 'Brokers the app’s traffic to the world outside the pod.',
  adapter: 'Presents the app through a standard interface (metrics, logs).',
  init: 'Runs to completion before the others start.',
};

export function ContainerForm({ id }: { id: string }) {
  const container = useStore(containerById(id));
  const pod = useStore(podOfContainer(id));
  const store = useStoreApi();
  const edit = useEdit();
  if (!container || !pod) return null;
  const update = (patch: ContainerPatch, field?: string) =>
    edit({ type: 'updateContainer', id, patch }, field ? typing(id, field) : undefined);

  return (
    <>
      <Section title="General">
        <TextField
          label="Name"
          value={container.name}
          validate={(name) => containerNameProblem(pod, id, name)}
          onCommit={(name) => update({ name }, 'name')}
        />
        <div className="role-row">
          <SelectField
            label="Role"
            value={container.role}
            options={ROLES}
            hint={ROLE_HINTS[container.role]}
            onCommit={(role) => update({ role: role as Role })}
          />
          {container.roleInferred ? (
            <div className="inferred" role="note">
              <span>Inferred on import</span>
              <Button small variant="primary" onClick={() => update({ role: container.role })}>
                Confirm role
              </Button>
            </div>
          ) : null}
        </div>
        <TextField
          label="Image"
          value={container.image}
          monospace
          placeholder="registry.example.com/team/app:1.0.0"
          validate={imageProblem}
          onCommit={(image) => update({ image }, 'image')}
        />
        <TextField
          label="Description"
          multiline
          value={container.description}
          placeholder="What it does, what it needs, what it offers"
          onCommit={(description) => update({ description }, 'description')}
        />
        <p className="form-meta">
          In pod{' '}
          <button type="button" className="link-button" onClick={() => store.getState().select([pod.id])}>
            {pod.name}
          </button>
        </p>
      </Section>
      <PatternActions kind="container" id={id} />
      <Section title="Documentation">
        <TextField
          label="Docs URL"
          type="url"
          value={container.docsUrl}
          placeholder="https://"
          validate={urlProblem}
          onCommit={(docsUrl) => update({ docsUrl: docsUrl || undefined }, 'docsUrl')}
        />
        <TextField
          label="Source URL"
          type="url"
          value={container.sourceUrl}
          placeholder="https://"
          validate={urlProblem}
          onCommit={(sourceUrl) => update({ sourceUrl: sourceUrl || undefined }, 'sourceUrl')}
        />
      </Section>
      <Section title="Command">
        <LinesField
          label="Command"
          monospace
          rows={2}
          value={container.command}
          placeholder="Image entrypoint"
          hint="One argument per line; empty keeps the image’s entrypoint."
          onCommit={(command) => update({ command }, 'command')}
        />
        <LinesField
          label="Arguments"
          monospace
          rows={2}
          value={container.args}
          placeholder="Image default"
          onCommit={(args) => update({ args }, 'args')}
        />
      </Section>
      <PortsEditor container={container} pod={pod} />
      <EnvEditor container={container} update={update} />
      <MountsEditor container={container} pod={pod} update={update} />
      <ProbesEditor container={container} update={update} />
      <ResourcesEditor container={container} update={update} />
      <DeleteEntity id={id} label="Delete container" />
    </>
  );
}

function imageProblem(text: string): string | null {
  if (text.trim() === '') return 'An image is required, e.g. nginx:1.27.';
  if (/\s/.test(text)) return `"${text}" has a space; an image reference has none.`;
  return null;
}
