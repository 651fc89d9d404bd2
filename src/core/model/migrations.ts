import type { JsonObject } from './read';

/** The design format version this build writes. */
export const CURRENT_VERSION = 1;

/** Upgrades a raw design from version `from` to `from + 1`. Shared by file loading and the store. */
export interface Migration {
  from: number;
  describe: string;
  up(raw: JsonObject): JsonObject;
}

/**
 * Every format change adds one entry here (never edits an old one), with a test that a file of the
 * old version loads. v1 is the first published format, so none exist yet.
 */
export const MIGRATIONS: readonly Migration[] = [];

/** The version number of a format string such as `podwright/v1`, or undefined. */
export function formatVersion(format: unknown): number | undefined {
  if (typeof format !== 'string') return undefined;
  const match = /^podwright\/v(\d{1,4})$/.exec(format);
  return match ? Number(match[1]) : undefined;
}

export type MigrationOutcome = { ok: true; raw: JsonObject } | { ok: false; message: string };

export function migrate(
  raw: JsonObject,
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
  latest = CURRENT_VERSION,
): MigrationOutcome {
  if (version > latest) {
    return {
      ok: false,
      message: `This design is format v${version}, made by a newer Podwright; this one reads up to v${latest}.`,
    };
  }
  let current = raw;
  for (let v = version; v < latest; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, message: `No migration from format v${v}.` };
    current = step.up(current);
  }
  return { ok: true, raw: current };
}
