/**
 * Load: text -> guarded -> parsed YAML documents (with positions) -> plain data -> a format per file.
 * Every refusal is an error note with a position; nothing reaches the model stage unless it parsed.
 */
import { LineCounter, isAlias, parseAllDocuments, visit, type Document } from 'yaml';
import { readHeader } from '../k8s/ours';
import type { NoteSink } from '../notes';
import type { ImportFile, InputFormat } from '../types';
import { checkImportText, MAX_IMPORT_CHARS } from './guard';
import type { SourceDocument, SourceFile } from './source';

/** The alias-bomb guard of the `yaml` library: an alias may not expand to more than this many nodes. */
const MAX_ALIAS_COUNT = 100;

export interface LoadedFile {
  source: SourceFile;
  format: InputFormat;
}

/** Loads one file; undefined when it cannot be imported (an error or a skip note says why). */
export function loadFile(
  file: ImportFile,
  notes: NoteSink,
  maxChars = MAX_IMPORT_CHARS,
): LoadedFile | undefined {
  const source: SourceFile = {
    name: file.name,
    text: typeof file.text === 'string' ? file.text : '',
    documents: [],
    ...(file.pasted === true ? { pasted: true } : {}),
  };
  const at = (offset: number) => ({ file: source, offset });
  const problem = checkImportText(source.text, maxChars);
  if (problem) {
    notes.error(problem.code, problem.message, at(problem.offset));
    return undefined;
  }
  const lineCounter = new LineCounter();
  source.lineCounter = lineCounter;
  let parsed: Document.Parsed[];
  try {
    const result = parseAllDocuments(source.text, {
      lineCounter,
      merge: true,
      prettyErrors: false,
      uniqueKeys: true,
    });
    parsed = Array.isArray(result) ? result : [];
  } catch (error) {
    // The depth guard runs first; this is the backstop for what it could not foresee.
    notes.error('yaml-unreadable', `The YAML parser gave up: ${errorText(error)}`, at(0));
    return undefined;
  }
  let failed = false;
  parsed.forEach((doc, index) => {
    for (const error of doc.errors) {
      failed = true;
      notes.error('yaml-syntax', `YAML syntax: ${firstLine(error.message)}`, at(error.pos[0]));
    }
    for (const warning of doc.warnings)
      notes.warn('yaml-warning', `YAML: ${firstLine(warning.message)}`, at(warning.pos[0]));
    if (doc.errors.length > 0) return;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      failed = true;
      const bomb = /alias/i.test(errorText(error));
      notes.error(
        bomb ? 'alias-bomb' : 'yaml-unreadable',
        bomb
          ? `Aliases here expand to more than ${MAX_ALIAS_COUNT} times their size (an alias bomb); refused.`
          : `The YAML could not be read: ${errorText(error)}`,
        at(bomb ? firstAliasOffset(doc) : doc.range[0]),
      );
      return;
    }
    source.documents.push({ index, doc, value });
  });
  if (failed) return undefined;
  const format = detectFormat(source, notes);
  return format ? { source, format } : undefined;
}

/** Kubernetes when the first object has `apiVersion` or `kind`; Compose when it has `services` and neither. */
function detectFormat(source: SourceFile, notes: NoteSink): InputFormat | undefined {
  const first = source.documents.find((d) => d.value !== null && d.value !== undefined);
  const place = { file: source, ...(first ? { doc: first, path: [] } : { offset: 0 }) };
  if (!first && readHeader(source.text)) return 'k8s';
  if (!first) {
    notes.warn('empty-file', 'The file holds no YAML documents; nothing to import from it.', place);
    return undefined;
  }
  const value = first.value;
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    notes.error(
      'unknown-format',
      `This is neither Kubernetes objects nor a Compose file: the document is ${describe(value)}, not a mapping.`,
      place,
    );
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (isKustomization(source, record)) {
    notes.warn(
      'kustomization',
      'This is a kustomization, not a manifest: run "kustomize build" (or "kubectl kustomize") and import the output.',
      place,
    );
    return undefined;
  }
  if (Object.hasOwn(record, 'apiVersion') || Object.hasOwn(record, 'kind')) return 'k8s';
  if (Object.hasOwn(record, 'services')) return 'compose';
  notes.error(
    'unknown-format',
    'This is neither Kubernetes objects (apiVersion and kind) nor a Compose file (services at the top level).',
    place,
  );
  return undefined;
}

const KUSTOMIZATION_KEYS = [
  'resources',
  'bases',
  'patches',
  'patchesStrategicMerge',
  'components',
  'configMapGenerator',
];

function isKustomization(source: SourceFile, record: Record<string, unknown>): boolean {
  if (record.kind === 'Kustomization' || record.kind === 'Component') {
    return typeof record.apiVersion === 'string' && record.apiVersion.startsWith('kustomize.config.k8s.io/');
  }
  const named = /(^|[\\/])kustomization\.ya?ml$/i.test(source.name);
  return (
    named && !Object.hasOwn(record, 'kind') && KUSTOMIZATION_KEYS.some((key) => Object.hasOwn(record, key))
  );
}

function firstAliasOffset(doc: Document.Parsed): number {
  let offset = doc.range[0];
  visit(doc, {
    Alias(_, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

function errorText(error: unknown): string {
  return firstLine(error instanceof Error ? error.message : String(error));
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.trim();
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

export type { SourceDocument };
