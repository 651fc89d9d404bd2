/**
 * Reading back the `podwright.io` annotation scheme that our Kubernetes export writes
 * (docs/conversion-matrix.md), so that import(export(design)) restores the design exactly. Values are
 * untrusted like everything else: JSON that does not parse, or has the wrong shape, is noted and skipped.
 */
import { ANNOTATION, LABEL } from '../../export/k8s';
import {
  CONTRACT_PROTOCOLS,
  type Contract,
  type ContractProtocol,
  type Role,
  ROLES,
} from '../../model/types';
import { bool, entries, get, isRecord, parseJson, str } from '../read';

export { ANNOTATION, LABEL };

export type ContainerFacet =
  'id' | 'role' | 'description' | 'docs' | 'source' | 'ports' | 'env' | 'connections';

/** `<facet>.container.podwright.io/<container>`, as the export writes it. */
export function containerAnnotation(facet: ContainerFacet, container: string): string {
  return `${facet}.container.podwright.io/${container}`;
}

/** True for an object our export wrote (it carries our id annotation). */
export function isOurs(annotations: Record<string, string>): boolean {
  return Object.hasOwn(annotations, ANNOTATION.id);
}

export function ownRole(annotations: Record<string, string>, container: string): Role | undefined {
  const role = annotation(annotations, containerAnnotation('role', container));
  return role !== undefined && (ROLES as readonly string[]).includes(role) ? (role as Role) : undefined;
}

export function annotation(annotations: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(annotations, key) ? annotations[key] : undefined;
}

export function readContract(value: unknown): Contract | undefined {
  if (!isRecord(value)) return undefined;
  const name = str(get(value, 'name'));
  const version = str(get(value, 'version'));
  const protocol = str(get(value, 'protocol'));
  if (!name || !version || !protocol || !(CONTRACT_PROTOCOLS as readonly string[]).includes(protocol))
    return undefined;
  const spec = str(get(value, 'spec'));
  return { name, version, protocol: protocol as ContractProtocol, ...(spec ? { spec } : {}) };
}

export interface PortFactRead {
  scope?: 'localhost';
  contract?: Contract;
  description?: string;
}

/** Port name -> facts; undefined when the annotation is absent, `null` when it is unreadable. */
export function readPortFacts(text: string | undefined): Map<string, PortFactRead> | null | undefined {
  if (text === undefined) return undefined;
  const json = parseJson(text);
  if (!isRecord(json)) return null;
  const facts = new Map<string, PortFactRead>();
  for (const [name, raw] of entries(json)) {
    const fact: PortFactRead = {};
    if (get(raw, 'scope') === 'localhost') fact.scope = 'localhost';
    const contract = readContract(get(raw, 'contract'));
    if (contract) fact.contract = contract;
    const description = str(get(raw, 'description'));
    if (description) fact.description = description;
    facts.set(name, fact);
  }
  return facts;
}

export interface EnvFactRead {
  description?: string;
  required?: boolean;
  secret?: boolean;
}

export function readEnvFacts(value: unknown): Map<string, EnvFactRead> | null | undefined {
  if (value === undefined) return undefined;
  const json = typeof value === 'string' ? parseJson(value) : value;
  if (!isRecord(json)) return null;
  const facts = new Map<string, EnvFactRead>();
  for (const [name, raw] of entries(json)) {
    const fact: EnvFactRead = {};
    const description = str(get(raw, 'description'));
    if (description) fact.description = description;
    const required = bool(get(raw, 'required'));
    if (required !== undefined) fact.required = required;
    if (get(raw, 'secret') === true) fact.secret = true;
    facts.set(name, fact);
  }
  return facts;
}

export interface ConnectionFactRead {
  id: string;
  to: { id: string; port: string };
  requires?: { contract: string; range: string };
  weight?: number;
  description?: string;
}

/** The connections a container makes; undefined when absent, `null` when unreadable. */
export function readConnectionFacts(value: unknown): ConnectionFactRead[] | null | undefined {
  if (value === undefined) return undefined;
  const json = typeof value === 'string' ? parseJson(value) : value;
  if (!Array.isArray(json)) return null;
  const out: ConnectionFactRead[] = [];
  for (const raw of json) {
    const id = str(get(raw, 'id'));
    const to = get(raw, 'to');
    const toId = str(get(to, 'id'));
    const port = str(get(to, 'port'));
    if (!id || !toId || !port) return null;
    const fact: ConnectionFactRead = { id, to: { id: toId, port } };
    const requires = get(raw, 'requires');
    const contract = str(get(requires, 'contract'));
    const range = str(get(requires, 'range'));
    if (contract && range) fact.requires = { contract, range };
    const weight = get(raw, 'weight');
    if (typeof weight === 'number' && Number.isFinite(weight)) fact.weight = weight;
    const description = str(get(raw, 'description'));
    if (description) fact.description = description;
    out.push(fact);
  }
  return out;
}

/** The design name, description and Kubernetes version from the header comment our export writes. */
export function readHeader(
  text: string,
): { name: string; description: string; kubernetes: string } | undefined {
  const match = /^# (.*): Kubernetes (\d+\.\d+) manifests generated by Podwright\.\r?\n/.exec(text);
  if (!match) return undefined;
  const lines: string[] = [];
  let at = match[0].length;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end).replace(/\r$/, '');
    if (!line.startsWith('#')) break;
    lines.push(line === '#' ? '' : line.replace(/^# ?/, ''));
    at = end < 0 ? text.length : end + 1;
  }
  return { name: match[1]!, description: lines.join('\n'), kubernetes: match[2]! };
}
