/**
 * Finds where a value of an exported object sits in the YAML text, through the `yaml` package's document
 * AST: a schema error's instancePath becomes a line and column for an editor marker.
 */
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';

export type ValuePath = readonly (string | number)[];

/** 1-based line and column, as the editor counts them. */
export interface TextPosition {
  line: number;
  column: number;
}

/** A parsed YAML stream, kept to locate many paths without parsing again. */
export interface YamlIndex {
  documents: Document.Parsed[];
  lineCounter: LineCounter;
}

export function indexYaml(text: string): YamlIndex {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter });
  return { documents: Array.isArray(parsed) ? parsed : [], lineCounter };
}

/** `/spec/template/spec/containers/0/name` -> ['spec', 'template', 'spec', 'containers', '0', 'name']. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * The position of the deepest node of `path` that exists in document `index`: the key of a map entry
 * (so an error about a value points at its key), or a sequence item. Undefined when the document is
 * missing; the document's start when none of the path exists.
 */
export function locatePath(yaml: YamlIndex, index: number, path: ValuePath): TextPosition | undefined {
  const doc = yaml.documents[index];
  if (!doc) return undefined;
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
      if (!pair) break;
      const key = pair.key as Node | null;
      if (key?.range) offset = key.range[0];
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item?.range) break;
      offset = item.range[0];
      node = item;
    } else {
      break;
    }
  }
  const { line, col } = yaml.lineCounter.linePos(offset);
  return { line, column: col };
}
