/**
 * Several Compose files given together merge like `docker compose -f a.yaml -f b.yaml`: later files
 * override earlier ones key by key; mappings merge, and the lists that Compose unions (ports, volumes,
 * dependencies, …) are concatenated without duplicates. Other lists and scalars are replaced.
 */
import { isRecord, type Rec } from '../read';

const UNION_LISTS = new Set([
  'ports',
  'expose',
  'volumes',
  'configs',
  'secrets',
  'links',
  'depends_on',
  'dns',
  'tmpfs',
]);

export function mergeCompose(base: Rec, override: Rec): Rec {
  return mergeMaps(base, override, 0);
}

function mergeMaps(base: Rec, override: Rec, depth: number): Rec {
  const out: Rec = { ...base };
  for (const key of Object.keys(override)) {
    const next = override[key];
    const previous = Object.hasOwn(out, key) ? out[key] : undefined;
    if (isRecord(previous) && isRecord(next)) out[key] = mergeMaps(previous, next, depth + 1);
    else if (Array.isArray(previous) && Array.isArray(next) && depth >= 2 && UNION_LISTS.has(key)) {
      const seen = new Set(previous.map((item) => JSON.stringify(item)));
      out[key] = [...previous, ...next.filter((item) => !seen.has(JSON.stringify(item)))];
    } else out[key] = next;
  }
  return out;
}
