import type { Container, EnvVar } from '../../core';
import {
  Button,
  CheckboxField,
  EmptyNote,
  ProblemRow,
  RemoveButton,
  Section,
  TextField,
  type Refusal,
} from '../forms';
import type { ContainerPatch } from './ContainerForm';
import { envVarNameProblem } from './validation';

interface EnvEditorProps {
  container: Container;
  update: (patch: ContainerPatch, field?: string) => Refusal;
}

/** Environment variables: name and value on one line, what it means and how it is supplied below. */
export function EnvEditor({ container, update }: EnvEditorProps) {
  const env = container.env;
  const names = env.map((v) => v.name);
  const set = (index: number, patch: Partial<EnvVar>, field?: string) =>
    update(
      { env: env.map((v, i) => (i === index ? dropEmpty({ ...v, ...patch }) : v)) },
      field && `env.${index}.${field}`,
    );
  const add = () => {
    let n = env.length + 1;
    while (names.includes(`VAR_${n}`)) n++;
    update({ env: [...env, { name: `VAR_${n}`, value: '' }] });
  };
  return (
    <Section
      title={`Environment (${env.length})`}
      actions={
        <Button small onClick={add}>
          Add variable
        </Button>
      }
    >
      {env.length === 0 ? <EmptyNote>No environment variables.</EmptyNote> : null}
      {env.map((variable, index) => {
        const context = `Variable ${index + 1}`;
        return (
          <div className="item-row" key={index}>
            <ProblemRow className="env-grid">
              <TextField
                context={context}
                label="Name"
                hideLabel
                monospace
                placeholder="NAME"
                value={variable.name}
                validate={(name) => envVarNameProblem(names, index, name)}
                onCommit={(name) => set(index, { name }, 'name')}
              />
              {variable.secret ? (
                <span
                  className="secret-note"
                  title="The value comes from a Secret and is never written in clear."
                >
                  from a Secret
                </span>
              ) : (
                <TextField
                  context={context}
                  label="Value"
                  hideLabel
                  monospace
                  placeholder="value"
                  value={variable.value}
                  onCommit={(value) => set(index, { value }, 'value')}
                />
              )}
              <RemoveButton
                label={`Remove variable ${variable.name}`}
                onClick={() => update({ env: env.filter((_, i) => i !== index) })}
              />
            </ProblemRow>
            <div className="env-details">
              <TextField
                context={context}
                label="Description"
                hideLabel
                placeholder="What it means"
                value={variable.description}
                onCommit={(description) => set(index, { description }, 'description')}
              />
              <CheckboxField
                context={context}
                label="Required"
                checked={variable.required === true}
                onCommit={(required) => set(index, { required })}
              />
              <CheckboxField
                context={context}
                label="Secret"
                checked={variable.secret === true}
                onCommit={(secret) => set(index, { secret })}
              />
            </div>
          </div>
        );
      })}
    </Section>
  );
}

/** Leaves optional fields out rather than saving empty descriptions and false flags. */
function dropEmpty(variable: EnvVar): EnvVar {
  const out = { ...variable };
  if (!out.description) delete out.description;
  if (!out.required) delete out.required;
  if (!out.secret) delete out.secret;
  return out;
}
