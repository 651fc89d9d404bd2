import type { Resources, SecurityContext } from '../model/types';

/** The baseline every template container runs with: non-root, no escalation, read-only root. */
export const HARDENED: SecurityContext = {
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
};

/** Requests and a memory limit sized like the book's examples: small helpers, modest apps. */
export function resources(cpuRequest: string, memoryRequest: string, memoryLimit: string): Resources {
  return { cpuRequest, memoryRequest, memoryLimit };
}
