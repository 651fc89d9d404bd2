import {
  HELPER_ROLES,
  type Connection,
  type Container,
  type Design,
  type External,
  type Pod,
  type Role,
  type Service,
} from '../model/types';
import type { DesignIndex } from './design-index';
import type { DiagnosticTarget } from './types';

/** Small helpers shared by the rules: finding targets and the words messages use. */

export const designTarget = (design: Design): DiagnosticTarget => ({
  kind: 'design',
  id: '',
  name: design.name,
});
export const podTarget = (pod: Pod): DiagnosticTarget => ({ kind: 'pod', id: pod.id, name: pod.name });
export const containerTarget = (container: Container): DiagnosticTarget => ({
  kind: 'container',
  id: container.id,
  name: container.name,
});
export const serviceTarget = (service: Service): DiagnosticTarget => ({
  kind: 'service',
  id: service.id,
  name: service.name,
});
export const externalTarget = (external: External): DiagnosticTarget => ({
  kind: 'external',
  id: external.id,
  name: external.name,
});
export const connectionTarget = (index: DesignIndex, connection: Connection): DiagnosticTarget => ({
  kind: 'connection',
  id: connection.id,
  name: index.connectionName(connection),
});

const ROLE_WORDS: Record<Role, string> = {
  app: 'App',
  sidecar: 'Sidecar',
  ambassador: 'Ambassador',
  adapter: 'Adapter',
  init: 'Init container',
};

/** "Ambassador", "Sidecar", … for the start of a message. */
export function roleWord(role: Role): string {
  return ROLE_WORDS[role] ?? 'Container';
}

export function isHelper(container: Container): boolean {
  return HELPER_ROLES.includes(container.role);
}

/** Joins names for a message: `"a", "b" and "c"`. */
export function quoteList(names: readonly string[]): string {
  if (names.length === 0) return '';
  // Most lists have one name: no array of quoted copies for those.
  if (names.length === 1) return `"${names[0]}"`;
  const quoted = names.map((n) => `"${n}"`);
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

export function isBlank(text: string | undefined): boolean {
  return typeof text !== 'string' || text.trim() === '';
}
