/**
 * Compose interpolates `$VAR` and `${VAR…}` in every value of the file and reads `$$` as a literal
 * `$`. The import has no environment to fill variables from, so it keeps them as written (and says
 * so), and turns `$$` into `$`, which is what the value means.
 */
import type { Path } from '../load/source';
import { DANGEROUS_KEYS } from '../read';

export interface Interpolation {
  path: Path;
  variables: string[];
}

const TOKEN = /\$\$|\$\{([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** The string with `$$` as `$`, and the variables it refers to. */
export function unescapeDollars(text: string): { text: string; variables: string[] } {
  if (!text.includes('$')) return { text, variables: [] };
  const variables: string[] = [];
  const out = text.replace(TOKEN, (token, braced: string | undefined, bare: string | undefined) => {
    if (token === '$$') return '$';
    const name = braced !== undefined ? (/^[A-Za-z_][A-Za-z0-9_]*/.exec(braced)?.[0] ?? braced) : bare!;
    variables.push(name);
    return token;
  });
  return { text: out, variables };
}

/**
 * A copy of a parsed Compose file with every string value unescaped, and where variables are used.
 * Keys are not interpolated by Compose and are kept as they are.
 */
export function unescapeValues(
  value: unknown,
  found: UnescapeFindings,
  path: (string | number)[] = [],
): unknown {
  if (typeof value === 'string') {
    const { text, variables } = unescapeDollars(value);
    if (variables.length > 0) found.interpolations.push({ path: [...path], variables });
    return text;
  }
  if (Array.isArray(value)) return value.map((item, i) => unescapeValues(item, found, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (DANGEROUS_KEYS.has(key)) {
        found.dropped.push([...path, key]);
        continue;
      }
      out[key] = unescapeValues((value as Record<string, unknown>)[key], found, [...path, key]);
    }
    return out;
  }
  return value;
}

export interface UnescapeFindings {
  interpolations: Interpolation[];
  /** Keys that could reach an object prototype, left out. */
  dropped: Path[];
}

/** `${PORT:-8080}` reads as its default, `8080`: what a plain `docker compose up` would use. */
export function withDefaults(text: string): string {
  return text.replace(
    /\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}/g,
    (token, fallback: string | undefined) => fallback ?? token,
  );
}
