/**
 * What must never reach the YAML parser: oversize text, binary data, nesting deep enough to exhaust
 * the stack, and templates that only become YAML once rendered.
 */
import { scanYamlStructure } from './scan';

/**
 * Larger input is refused before parsing. The YAML parser reads 3 to 5 MB a second on a slow machine;
 * 16 MiB holds the export of a generated 1,000-pod design (about 9 MB, 4 containers a pod) with room
 * to spare, while anything near the 20 MB of a hostile file is refused at once.
 */
export const MAX_IMPORT_CHARS = 16 * 1024 * 1024;

/** Real manifests nest about 20 levels; the parser recurses once per level. */
export const MAX_IMPORT_NESTING = 100;

export interface TextProblem {
  code: 'too-large' | 'binary' | 'too-deep' | 'helm-template' | 'template';
  message: string;
  offset: number;
}

const HELM_ACTION =
  /^\{\{-?\s*(?:[.$]|(?:if|else|end|range|with|include|template|define|block|toYaml|tpl|printf|default|required|quote|nindent|indent)\b)/;

export function checkImportText(text: string, maxChars = MAX_IMPORT_CHARS): TextProblem | undefined {
  if (text.length > maxChars) {
    return {
      code: 'too-large',
      message: `The file is ${text.length.toLocaleString('en')} characters long; at most ${maxChars.toLocaleString('en')} are imported.`,
      offset: 0,
    };
  }
  const binary = binaryOffset(text);
  if (binary >= 0) {
    return { code: 'binary', message: 'This is a binary file, not YAML text.', offset: binary };
  }
  const scan = scanYamlStructure(text, MAX_IMPORT_NESTING);
  if (scan.deepOffset >= 0) {
    return {
      code: 'too-deep',
      message: `The YAML nests more than ${MAX_IMPORT_NESTING} levels deep; no manifest needs that.`,
      offset: scan.deepOffset,
    };
  }
  if (scan.templateOffset >= 0) {
    const helm = HELM_ACTION.test(text.slice(scan.templateOffset, scan.templateOffset + 40));
    return helm
      ? {
          code: 'helm-template',
          message:
            'This is a Helm template, not a manifest: render it first (helm template …) and import the output.',
          offset: scan.templateOffset,
        }
      : {
          code: 'template',
          message:
            'This is a template ("{{" where YAML is expected): fill it in first and import the result.',
          offset: scan.templateOffset,
        };
  }
  return undefined;
}

/**
 * The offset of a NUL, or of the first of many control or undecodable characters (binary bytes read
 * as UTF-8), or -1 for text.
 */
function binaryOffset(text: string): number {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return nul;
  const sample = Math.min(text.length, 8192);
  let suspicious = 0;
  let first = -1;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    const odd = (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || c === 0x7f;
    if (odd) {
      if (first < 0) first = i;
      suspicious++;
    }
  }
  return suspicious > Math.max(8, sample / 100) ? first : -1;
}
