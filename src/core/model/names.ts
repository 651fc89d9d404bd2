/**
 * Name rules shared by the inspector (refuse at the field), the changes (refuse the change) and the
 * checks. Each validator returns null when the value is fine, or a sentence saying why it is not.
 */

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A DNS-1123 label: what Kubernetes requires of pod, container, service and volume names. */
export function dnsLabelProblem(name: string): string | null {
  if (name.length === 0) return 'A name is required.';
  if (name.length > 63) return `"${name}" is ${name.length} characters long; at most 63 are allowed.`;
  if (!DNS_LABEL.test(name)) {
    return `"${name}" is not a DNS-1123 label: use lower-case letters, digits and "-", starting and ending with a letter or digit.`;
  }
  return null;
}

const PORT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Kept out of the function: a regular expression literal makes a new object each time it runs. */
const HAS_LETTER = /[a-z]/;

/** An IANA service name, as Kubernetes requires of container port names. */
export function portNameProblem(name: string): string | null {
  if (name.length === 0) return 'A port name is required.';
  if (name.length > 15) return `"${name}" is ${name.length} characters long; a port name has at most 15.`;
  if (!PORT_NAME.test(name)) {
    return `"${name}" is not a valid port name: use lower-case letters, digits and "-", starting and ending with a letter or digit.`;
  }
  if (name.includes('--')) return `"${name}" has "--"; a port name may not have two hyphens in a row.`;
  if (!HAS_LETTER.test(name)) return `"${name}" needs at least one letter.`;
  return null;
}

export function portNumberProblem(port: number): string | null {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return `${port} is not a port number: use a whole number from 1 to 65535.`;
  }
  return null;
}

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
export function envNameProblem(name: string): string | null {
  if (name.length === 0) return 'A variable name is required.';
  if (!ENV_NAME.test(name)) return `"${name}" is not a valid environment variable name.`;
  return null;
}

/** A duplicate check for names that must be unique within a scope. */
export function duplicateProblem(name: string, taken: Iterable<string>, scope: string): string | null {
  for (const other of taken) if (other === name) return `"${name}" is already used ${scope}.`;
  return null;
}

/** Turns any text into a DNS-1123 label, for names derived from images or imported files. */
export function toDnsLabel(text: string, fallback = 'item'): string {
  const label = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/g, '');
  return label.length > 0 ? label : fallback;
}

/** `base`, or `base-2`, `base-3`… whichever is not yet taken (kept within 63 characters). */
export function uniqueName(base: string, taken: Iterable<string>, maxLength = 63): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = `-${i}`;
    const candidate = base.slice(0, maxLength - suffix.length).replace(/-+$/, '') + suffix;
    if (!used.has(candidate)) return candidate;
  }
}
