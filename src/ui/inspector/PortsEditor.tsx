import { useState } from 'react';
import {
  uniqueName,
  type Container,
  type Pod,
  type Port,
  type PortProtocol,
  type PortScope,
} from '../../core';
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
import { typing, useEdit } from './useEdit';
import { containerPortNameProblem } from './validation';

const PROTOCOLS: readonly PortProtocol[] = ['TCP', 'UDP'];
/** Worded for what they mean to a caller: who can reach the port. */
const SCOPES = [
  { value: 'pod', label: 'Pod network' },
  { value: 'localhost', label: 'Localhost only' },
];

/** The container's ports, one compact row each; description and contract fold out below. */
export function PortsEditor({ container, pod }: { container: Container; pod: Pod }) {
  const edit = useEdit();
  const add = () => {
    const taken = pod.containers.flatMap((c) => c.ports);
    const name = uniqueName(
      container.ports.length === 0 ? 'http' : 'port',
      taken.map((p) => p.name),
      15,
    );
    let number = 8080;
    while (taken.some((p) => p.port === number)) number++;
    edit({
      type: 'addPort',
      container: container.id,
      port: { name, port: number, protocol: 'TCP', scope: 'pod' },
    });
  };
  return (
    <Section
      title={`Ports (${container.ports.length})`}
      actions={
        <Button small onClick={add}>
          Add port
        </Button>
      }
    >
      {container.ports.length === 0 ? (
        <EmptyNote>No ports: nothing can connect to this container.</EmptyNote>
      ) : (
        <div className="row-head ports-grid" aria-hidden="true">
          <span>Name</span>
          <span>Port</span>
          <span>Protocol</span>
          <span />
        </div>
      )}
      {container.ports.map((port, index) => (
        <PortRow key={index} index={index} port={port} container={container} pod={pod} />
      ))}
    </Section>
  );
}

function PortRow({
  port,
  index,
  container,
  pod,
}: {
  port: Port;
  index: number;
  container: Container;
  pod: Pod;
}) {
  const edit = useEdit();
  const [open, setOpen] = useState(false);
  const context = `Port ${index + 1}`;
  const update = (patch: Partial<Port>, field?: string) =>
    edit(
      { type: 'updatePort', container: container.id, port: port.name, patch },
      field ? typing(container.id, `port.${index}.${field}`) : undefined,
    );
  const summary = contractSummary(port.contract);
  return (
    <div className="item-row">
      <ProblemRow className="ports-grid">
        <TextField
          context={context}
          label="Name"
          hideLabel
          value={port.name}
          monospace
          validate={(name) => containerPortNameProblem(pod, port.name, name)}
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
          options={PROTOCOLS}
          onCommit={(protocol) => update({ protocol: protocol as PortProtocol })}
        />
        <RemoveButton
          label={`Remove port ${port.name}`}
          onClick={() => edit({ type: 'removePort', container: container.id, port: port.name })}
        />
      </ProblemRow>
      <div className="row-second">
        <SelectField
          context={context}
          label="Scope"
          hideLabel
          className="scope-field"
          value={port.scope}
          options={SCOPES}
          onCommit={(scope) => update({ scope: scope as PortScope })}
        />
        <button
          type="button"
          className="row-toggle"
          aria-expanded={open}
          aria-label={`${open ? 'Hide' : 'Show'} details of port ${index + 1}`}
          onClick={() => setOpen(!open)}
        >
          <span className="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {summary ? <span className="chip">{summary}</span> : <span className="muted">No contract</span>}
          {port.description ? <span className="row-toggle-text">{port.description}</span> : null}
        </button>
      </div>
      {open ? (
        <div className="row-details">
          <TextField
            context={context}
            label="Description"
            value={port.description}
            placeholder="What is served here"
            onCommit={(description) => update({ description: description || undefined }, 'description')}
          />
          <ContractFields
            context={context}
            contract={port.contract}
            defaultName={port.name}
            onChange={(contract, field) => update({ contract }, field)}
          />
        </div>
      ) : null}
    </div>
  );
}
