import { useState } from 'react';
import {
  EXTERNAL_KINDS,
  uniqueName,
  type External,
  type ExternalKind,
  type ExternalPort,
  type PortProtocol,
} from '../../core';
import { useStore, useStoreApi } from '../../store';
import {
  Button,
  EmptyNote,
  NumberField,
  ProblemRow,
  RemoveButton,
  Section,
  SelectField,
  TextField,
} from '../forms';
import { ContractFields, contractSummary } from './ContractFields';
import { externalById } from './selectors';
import { DeleteEntity } from './DeleteEntity';
import { typing, useEdit } from './useEdit';
import { endpointNameProblem, listedPortNameProblem } from './validation';

export function ExternalForm({ id }: { id: string }) {
  const external = useStore(externalById(id));
  const store = useStoreApi();
  const edit = useEdit();
  if (!external) return null;
  const update = (patch: Partial<Omit<External, 'id' | 'ports'>>, field?: string) =>
    edit({ type: 'updateExternal', id, patch }, field ? typing(id, field) : undefined);
  const add = () => {
    const name = uniqueName(
      'port',
      external.ports.map((p) => p.name),
      15,
    );
    edit({ type: 'addExternalPort', external: id, port: { name, port: 443, protocol: 'TCP' } });
  };
  return (
    <>
      <Section title="General">
        <TextField
          label="Name"
          value={external.name}
          validate={(name) => endpointNameProblem(store.getState().design, id, name)}
          onCommit={(name) => update({ name }, 'name')}
        />
        <TextField
          label="Description"
          multiline
          value={external.description}
          placeholder="What it is and who runs it"
          onCommit={(description) => update({ description }, 'description')}
        />
        <SelectField
          label="Kind"
          value={external.kind}
          options={EXTERNAL_KINDS}
          onCommit={(kind) => update({ kind: kind as ExternalKind })}
        />
        <TextField
          label="Host"
          monospace
          value={external.host}
          placeholder="db.example.com"
          validate={(host) => (/\s/.test(host) ? 'A host name has no spaces.' : null)}
          onCommit={(host) => update({ host: host || undefined }, 'host')}
        />
      </Section>
      <Section
        title={`Ports (${external.ports.length})`}
        actions={
          <Button small onClick={add}>
            Add port
          </Button>
        }
      >
        {external.ports.length === 0 ? (
          <EmptyNote>No ports: nothing can connect to it yet.</EmptyNote>
        ) : (
          <div className="row-head external-ports-grid" aria-hidden="true">
            <span>Name</span>
            <span>Port</span>
            <span>Protocol</span>
            <span />
          </div>
        )}
        {external.ports.map((port, index) => (
          <ExternalPortRow key={index} external={external} port={port} index={index} />
        ))}
      </Section>
      <DeleteEntity id={id} label="Delete external service" />
    </>
  );
}

function ExternalPortRow({
  external,
  port,
  index,
}: {
  external: External;
  port: ExternalPort;
  index: number;
}) {
  const edit = useEdit();
  const [open, setOpen] = useState(false);
  const context = `Port ${index + 1}`;
  const update = (patch: Partial<ExternalPort>, field?: string) =>
    edit(
      { type: 'updateExternalPort', external: external.id, port: port.name, patch },
      field ? typing(external.id, `port.${index}.${field}`) : undefined,
    );
  const summary = contractSummary(port.contract);
  return (
    <div className="item-row">
      <ProblemRow className="external-ports-grid">
        <TextField
          context={context}
          label="Name"
          hideLabel
          monospace
          value={port.name}
          validate={(name) =>
            listedPortNameProblem(
              external.ports.map((p) => p.name),
              port.name,
              name,
              `by "${external.name}"`,
            )
          }
          onCommit={(name) => update({ name }, 'name')}
        />
        <NumberField
          context={context}
          label="Number"
          hideLabel
          required
          min={1}
          max={65535}
          value={port.port}
          onCommit={(n) => update({ port: n }, 'port')}
        />
        <SelectField
          context={context}
          label="Protocol"
          hideLabel
          value={port.protocol}
          options={['TCP', 'UDP']}
          onCommit={(protocol) => update({ protocol: protocol as PortProtocol })}
        />
        <RemoveButton
          label={`Remove port ${port.name}`}
          onClick={() => edit({ type: 'removeExternalPort', external: external.id, port: port.name })}
        />
      </ProblemRow>
      <button
        type="button"
        className="row-toggle"
        aria-expanded={open}
        aria-label={`${open ? 'Hide' : 'Show'} contract of port ${index + 1}`}
        onClick={() => setOpen(!open)}
      >
        <span className="chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {summary ? <span className="chip">{summary}</span> : <span className="muted">No contract</span>}
      </button>
      {open ? (
        <div className="row-details">
          <ContractFields
            context={context}
            contract={port.contract}
            defaultName={external.name}
            onChange={(contract, field) => update({ contract }, field)}
          />
        </div>
      ) : null}
    </div>
  );
}
