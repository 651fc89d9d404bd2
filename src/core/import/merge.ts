/**
 * "Merge into current design": the imported pods, Services, externals and connections go beside what
 * is already there, as if pasted: fresh ids, clashing names made unique, the imported layout shifted by
 * an offset the caller chooses (the UI puts it right of the existing picture). Kubernetes objects kept
 * verbatim (passthrough) are added unless the design already holds one of the same kind and name.
 */
import { tryApplyChanges } from '../model/changes';
import { pasteChanges, type Fragment } from '../model/clipboard';
import type { Design, PassthroughObject } from '../model/types';

export interface MergeRename {
  kind: 'pod' | 'service' | 'external';
  from: string;
  to: string;
}

export type MergeResult =
  { ok: true; design: Design; renamed: MergeRename[] } | { ok: false; message: string };

/**
 * Merges `imported` into `current` and returns the merged design (the current design's name,
 * description and settings stay), with the names that had to change. Pure; never throws.
 */
export function mergeDesigns(
  current: Design,
  imported: Design,
  offset: { x: number; y: number } = { x: 0, y: 0 },
): MergeResult {
  const fragment: Fragment = {
    pods: imported.pods,
    services: imported.services,
    externals: imported.externals,
    connections: imported.connections,
    layout: imported.layout,
  };
  const changes = pasteChanges(current, fragment, offset);
  const result = tryApplyChanges(current, changes);
  if (!result.ok) return { ok: false, message: result.error.message };
  const renamed: MergeRename[] = [];
  collectRenames(renamed, imported, result.design, current);
  const passthrough = mergePassthrough(current.passthrough, imported.passthrough);
  return {
    ok: true,
    design: passthrough ? { ...result.design, passthrough } : result.design,
    renamed,
  };
}

/**
 * pasteChanges adds entities in input order after the existing ones, so the i-th imported pod is the
 * (existing + i)-th pod of the merged design; a different name there is a rename.
 */
function collectRenames(out: MergeRename[], imported: Design, merged: Design, current: Design): void {
  const pairs = [
    ['pod', imported.pods, merged.pods.slice(current.pods.length)],
    ['service', imported.services, merged.services.slice(current.services.length)],
    ['external', imported.externals, merged.externals.slice(current.externals.length)],
  ] as const;
  for (const [kind, before, after] of pairs) {
    before.forEach((entity, i) => {
      const to = after[i]?.name;
      if (to && to !== entity.name) out.push({ kind, from: entity.name, to });
    });
  }
}

function mergePassthrough(
  current: readonly PassthroughObject[] | undefined,
  imported: readonly PassthroughObject[] | undefined,
): PassthroughObject[] | undefined {
  if (!imported?.length) return current ? [...current] : undefined;
  const key = (o: PassthroughObject) => `${o.apiVersion}/${o.kind}/${o.namespace ?? ''}/${o.name}`;
  const have = new Set((current ?? []).map(key));
  return [...(current ?? []), ...imported.filter((o) => !have.has(key(o)))];
}
