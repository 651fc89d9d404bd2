/**
 * Compose import, the model stage: one file at a time, its values unescaped (`$$`), its top level
 * checked, each service read into a typed spec; then either restored from our own `x-podwright`
 * extensions or read as a foreign file (Kompose's conventions).
 */
import type { Draft } from '../draft';
import { chooseDesignName } from '../design-name';
import type { LoadedFile } from '../load/load';
import { placeAt, type Place } from '../load/source';
import { passthroughObject } from '../passthrough';
import { entries, get, isRecord, list, str, type Rec } from '../read';
import { kindOf } from './fields';
import { mergeCompose } from './merge';
import { importForeign, type ComposeOutput } from './foreign';
import { unescapeValues, type UnescapeFindings } from './interpolation';
import { restoreFromExtension } from './restore';
import { readServiceSpec, type ServiceSpec } from './service-spec';

export type { ComposeOutput };

const TOP_LEVEL = new Set(['version', 'name', 'services', 'volumes', 'networks', 'configs', 'secrets']);

export function importCompose(
  draft: Draft,
  files: readonly LoadedFile[],
  name: string | undefined,
): ComposeOutput {
  const out: ComposeOutput = { aliases: new Map(), dependencies: [] };
  const prepared = files.flatMap((file) => prepare(draft, file) ?? []);
  if (prepared.length === 0) return out;
  const first = prepared[0]!;
  let root = first.root;
  const servicePlaces = new Map<string, Place>();
  for (const { root: own, place } of prepared) {
    for (const [key] of entries(get(own, 'services'))) {
      if (!servicePlaces.has(key)) servicePlaces.set(key, placeAt(place, 'services', key));
    }
  }
  for (const next of prepared.slice(1)) {
    root = mergeCompose(root, next.root);
    draft.notes.info(
      'compose-merged',
      `This Compose file is merged over ${first.place.file.name}, as "docker compose -f" merges files given together.`,
      next.place,
    );
  }
  const services = get(root, 'services');
  const specs: ServiceSpec[] = [];
  for (const [key, value] of entries(services)) {
    const at = servicePlaces.get(key) ?? placeAt(first.place, 'services', key);
    if (!isRecord(value)) {
      draft.notes.error('compose-type', `Service ${key} must be a mapping, not ${kindOf(value)}.`, at);
      continue;
    }
    specs.push(readServiceSpec(draft.notes, key, value, at));
  }
  const ext = get(root, 'x-podwright');
  // Named here unless a Kubernetes input named the design already (it came first and has pods).
  const naming = draft.design.pods.length === 0;
  if (naming && isRecord(ext)) restoreDesignFields(draft, ext);
  let foreign: ServiceSpec[] = specs;
  if (isRecord(ext) && Array.isArray(get(ext, 'pods'))) {
    foreign = restoreFromExtension(draft, ext, root, specs, placeAt(first.place, 'x-podwright'), out).rest;
  }
  if (foreign.length > 0) importForeign(draft, foreign, root, out);
  if (naming) {
    draft.design.name = chooseDesignName({
      given: name,
      recorded: str(get(ext, 'name')),
      project: str(get(root, 'name')),
      file: first.place.file,
      namespace: draft.design.namespace,
      firstWorkload: draft.design.pods[0]?.name,
    });
  }
  return out;
}

/** One file's root, unescaped, with its top level checked; undefined when it has no services mapping. */
function prepare(draft: Draft, file: LoadedFile): { root: Rec; place: Place } | undefined {
  const documents = file.source.documents.filter((d) => d.value !== null && d.value !== undefined);
  const doc = documents[0]!;
  const place: Place = { file: file.source, doc, path: [] };
  for (const extra of documents.slice(1)) {
    draft.notes.warn('compose-extra-document', 'A Compose file holds one document; this one is ignored.', {
      file: file.source,
      doc: extra,
      path: [],
    });
  }
  const findings: UnescapeFindings = { interpolations: [], dropped: [] };
  const root = unescapeValues(doc.value, findings) as Rec;
  for (const path of findings.dropped) {
    draft.notes.warn(
      'dangerous-key',
      `The key "${String(path[path.length - 1])}" is not allowed; it is left out.`,
      { ...placeAt(place, ...path), atKey: true },
    );
  }
  noteInterpolations(draft, findings, place, root);
  for (const key of Object.keys(root)) {
    if (TOP_LEVEL.has(key) || key === 'x-podwright') continue;
    if (key.startsWith('x-')) {
      draft.notes.info(
        'compose-extension-ignored',
        `${key} is an extension field; it is ignored (its anchors are used where they are merged).`,
        { ...placeAt(place, key), atKey: true },
      );
    } else
      draft.notes.warn('compose-key-unknown', `Top-level "${key}" is not imported.`, {
        ...placeAt(place, key),
        atKey: true,
      });
  }
  noteTopLevel(draft, root, place);
  if (!isRecord(get(root, 'services'))) {
    draft.notes.error(
      'compose-type',
      `"services" must be a mapping of service names to services, not ${kindOf(get(root, 'services'))}.`,
      placeAt(place, 'services'),
    );
    return undefined;
  }
  return { root, place };
}

function restoreDesignFields(draft: Draft, ext: Record<string, unknown>): void {
  const design = draft.design;
  const description = str(get(ext, 'description'));
  if (description) design.description = description;
  const namespace = str(get(ext, 'namespace'));
  if (namespace) design.namespace = namespace;
  const kubernetes = str(get(get(ext, 'target'), 'kubernetes'));
  if (kubernetes) design.target = { kubernetes };
  const options = get(ext, 'exportOptions');
  if (isRecord(options)) {
    const networkPolicies = get(options, 'networkPolicies');
    const podDisruptionBudgets = get(options, 'podDisruptionBudgets');
    design.exportOptions = {
      ...(typeof networkPolicies === 'boolean' ? { networkPolicies } : {}),
      ...(typeof podDisruptionBudgets === 'boolean' ? { podDisruptionBudgets } : {}),
    };
  }
  // Kubernetes objects kept as-is, carried through Compose in the extension so they survive it.
  const kept = list(get(ext, 'passthrough')).flatMap((raw) => {
    const apiVersion = str(get(raw, 'apiVersion'));
    const kind = str(get(raw, 'kind'));
    const name = str(get(raw, 'name'));
    const object = get(raw, 'object');
    if (!apiVersion || !kind || name === undefined || !isRecord(object)) return [];
    const namespace = str(get(raw, 'namespace'));
    return [passthroughObject(apiVersion, kind, name, namespace ?? '', object, () => {})];
  });
  if (kept.length > 0) design.passthrough = kept;
}

/** One note per service (and one for the rest of the file) naming the variables left as written. */
function noteInterpolations(draft: Draft, findings: UnescapeFindings, place: Place, root: Rec): void {
  const byOwner = new Map<string, { path: readonly (string | number)[]; variables: Set<string> }>();
  for (const found of findings.interpolations) {
    if (found.path[0] === 'x-podwright' || found.path[2] === 'x-podwright') continue;
    if (isOwnSecret(root, found.path)) continue;
    const owner =
      found.path[0] === 'services' && found.path.length > 1 ? `service ${String(found.path[1])}` : 'the file';
    if (!byOwner.has(owner)) byOwner.set(owner, { path: found.path, variables: new Set() });
    for (const variable of found.variables) byOwner.get(owner)!.variables.add(variable);
  }
  for (const [owner, { path, variables }] of byOwner) {
    const list = [...variables].map((v) => `\${${v}}`).join(', ');
    draft.notes.info(
      'compose-interpolation',
      `In ${owner}, ${list} ${variables.size === 1 ? 'is' : 'are'} left as written: Compose fills variables in from its environment, which the import does not have.`,
      placeAt(place, ...path),
    );
  }
}

/** Our export writes a secret variable as `${NAME:?…}` on purpose, and marks it secret in x-podwright. */
function isOwnSecret(root: Rec, path: readonly (string | number)[]): boolean {
  if (path[0] !== 'services' || path[2] !== 'environment' || path.length !== 4) return false;
  const ext = get(get(get(root, 'services'), String(path[1])), 'x-podwright');
  return get(get(get(ext, 'env'), String(path[3])), 'secret') === true;
}

function noteTopLevel(draft: Draft, root: Rec, place: Place): void {
  const networks = entries(get(root, 'networks'))
    .map(([n]) => n)
    .filter((n) => n !== 'default');
  if (networks.length > 0) {
    draft.notes.info(
      'compose-networks',
      `Networks ${networks.join(', ')} are not imported: in a design every pod can reach every Service, as in one cluster network.`,
      placeAt(place, 'networks'),
    );
  }
  for (const [volume, spec] of entries(get(root, 'volumes'))) {
    const options = Object.keys(isRecord(spec) ? spec : {});
    if (options.length > 0) {
      draft.notes.info(
        'compose-volume-options',
        `Volume ${volume}: ${options.join(', ')} not imported.`,
        placeAt(place, 'volumes', volume),
      );
    }
  }
}
