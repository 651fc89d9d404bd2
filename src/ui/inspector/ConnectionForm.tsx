import { validRange } from 'semver';
import { entityKind, entityName, targetPorts, type Connection } from '../../core';
import { useStore, useStoreApi } from '../../store';
import { CheckboxField, FieldRow, NumberField, Section, SelectField, TextField } from '../forms';
import { PatternActions } from '../patterns';
import { connectionById, selectDesign } from './selectors';
import { DeleteEntity } from './DeleteEntity';
import { typing, useEdit } from './useEdit';

const KIND_WORDS = { container: 'container', service: 'service', external: 'external service' } as const;

export function ConnectionForm({ id }: { id: string }) {
  const connection = useStore(connectionById(id));
  const design = useStore(selectDesign);
  const store = useStoreApi();
  const edit = useEdit();
  if (!connection) return null;
  const update = (patch: Partial<Omit<Connection, 'id'>>, field?: string) =>
    edit({ type: 'updateConnection', id, patch }, field ? typing(id, field) : undefined);
  const fromName = entityName(design, connection.from) ?? '(missing)';
  const toName = entityName(design, connection.to.id) ?? '(missing)';
  const toKind = entityKind(design, connection.to.id);
  const ports = targetPorts(design, connection.to.id);
  const requires = connection.requires;
  const select = (target: string) => store.getState().select([target]);

  return (
    <>
      <Section title="General">
        <dl className="endpoints">
          <dt>From</dt>
          <dd>
            <button type="button" className="link-button" onClick={() => select(connection.from)}>
              {fromName}
            </button>{' '}
            <span className="muted">container</span>
          </dd>
          <dt>To</dt>
          <dd>
            <button type="button" className="link-button" onClick={() => select(connection.to.id)}>
              {toName}
            </button>{' '}
            <span className="muted">
              {toKind && toKind in KIND_WORDS ? KIND_WORDS[toKind as keyof typeof KIND_WORDS] : ''}
            </span>
          </dd>
        </dl>
        <SelectField
          label="Target port"
          value={connection.to.port}
          options={ports.map((p) => ({
            value: p.name,
            label: `${p.name} (${p.port}/${p.protocol}${p.contract ? `, ${p.contract.name} ${p.contract.version}` : ''})`,
          }))}
          onCommit={(port) => update({ to: { ...connection.to, port } })}
        />
        <TextField
          label="Description"
          multiline
          value={connection.description}
          placeholder="What flows over this connection"
          onCommit={(description) => update({ description: description || undefined }, 'description')}
        />
        <NumberField
          label="Weight (%)"
          min={0}
          max={100}
          value={connection.weight}
          hint="The share of the caller’s traffic, for request splitting. Empty: all of it."
          onCommit={(weight) => update({ weight }, 'weight')}
        />
      </Section>
      <Section title="Requires">
        <CheckboxField
          label="Requires a contract"
          checked={requires !== undefined}
          onCommit={(on) => {
            const offered = ports.find((p) => p.name === connection.to.port)?.contract;
            update({
              requires: on
                ? {
                    contract: offered?.name ?? connection.to.port,
                    range: offered ? `^${offered.version}` : '>=1.0.0',
                  }
                : undefined,
            });
          }}
        />
        {requires ? (
          <FieldRow>
            <TextField
              label="Contract"
              value={requires.contract}
              validate={(name) => (name.trim() === '' ? 'A contract name is required.' : null)}
              onCommit={(contract) => update({ requires: { ...requires, contract } }, 'requires.contract')}
            />
            <TextField
              label="Version range"
              monospace
              value={requires.range}
              placeholder="^1.2.0"
              validate={(range) =>
                validRange(range)
                  ? null
                  : `"${range}" is not a semver range: write e.g. ^1.2.0 or >=2.0.0 <3.0.0.`
              }
              onCommit={(range) => update({ requires: { ...requires, range } }, 'requires.range')}
            />
          </FieldRow>
        ) : null}
      </Section>
      <PatternActions kind="connection" id={id} />
      <DeleteEntity id={id} label="Delete connection" />
    </>
  );
}
