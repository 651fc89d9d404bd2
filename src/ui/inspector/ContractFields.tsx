import { CONTRACT_PROTOCOLS, type Contract, type ContractProtocol } from '../../core';
import { CheckboxField, FieldRow, SelectField, TextField, type Refusal } from '../forms';
import { semverProblem } from './validation';

interface ContractFieldsProps {
  /** Names the port for assistive technology, e.g. "Port 2". */
  context: string;
  contract: Contract | undefined;
  /** Sets (or with undefined, removes) the contract; `field` names a typing burst. */
  onChange: (contract: Contract | undefined, field?: string) => Refusal;
  /** What a new contract is called. */
  defaultName: string;
}

/** The API a port offers: name, semantic version, protocol, and where its specification lives. */
export function ContractFields({ context, contract, onChange, defaultName }: ContractFieldsProps) {
  return (
    <div className="contract">
      <CheckboxField
        context={context}
        label="Offers an API contract"
        checked={contract !== undefined}
        onCommit={(on) =>
          onChange(on ? { name: defaultName, version: '1.0.0', protocol: 'http' } : undefined)
        }
      />
      {contract ? (
        <>
          <TextField
            context={context}
            label="Contract name"
            value={contract.name}
            validate={(name) => (name.trim() === '' ? 'A contract name is required.' : null)}
            onCommit={(name) => onChange({ ...contract, name }, 'contract.name')}
          />
          <FieldRow>
            <TextField
              context={context}
              label="Version"
              value={contract.version}
              monospace
              validate={(v) => (v === '' ? 'A version is required, e.g. 1.0.0.' : semverProblem(v))}
              onCommit={(version) => onChange({ ...contract, version }, 'contract.version')}
            />
            <SelectField
              context={context}
              label="Protocol"
              value={contract.protocol}
              options={CONTRACT_PROTOCOLS}
              onCommit={(protocol) => onChange({ ...contract, protocol: protocol as ContractProtocol })}
            />
          </FieldRow>
          <TextField
            context={context}
            label="Specification"
            value={contract.spec}
            placeholder="URL or path of an OpenAPI, proto or AsyncAPI document"
            onCommit={(spec) => onChange({ ...contract, spec: spec || undefined }, 'contract.spec')}
          />
        </>
      ) : null}
    </div>
  );
}

/** A contract as a short line: "shop-web 4.2.0 · http". */
export function contractSummary(contract: Contract | undefined): string | undefined {
  return contract ? `${contract.name} ${contract.version} · ${contract.protocol}` : undefined;
}
