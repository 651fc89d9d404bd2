/**
 * A small XML well-formedness check, for tests (no XML parser is installed, and the core runs in node
 * without a DOMParser). It reads the document as XML 1.0 does: one root element, tags that close in
 * order, attributes quoted and unique, `<` never in text or values, `&` only as an entity or character
 * reference, no characters XML forbids. It returns the problems found, or an empty list.
 */

const NAME = /^[A-Za-z_:][\w.:-]*$/;
const REFERENCE = /^&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
}

export interface XmlCheck {
  problems: string[];
  /** Every element in document order, with its attributes as written (entities left as they are). */
  elements: XmlElement[];
  /** The text content of the document, entities decoded, joined by newlines between text nodes. */
  text: string;
}

export function checkXml(source: string): XmlCheck {
  const problems: string[] = [];
  const elements: XmlElement[] = [];
  const texts: string[] = [];
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  if (FORBIDDEN.test(source)) problems.push('a character XML forbids');
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(source))
    problems.push('a lone surrogate');
  const at = (n: number) => `at ${n}`;

  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const chunk = source.slice(i, lt < 0 ? source.length : lt);
    checkText(chunk, i);
    if (chunk.trim() !== '') {
      if (open.length === 0) problems.push(`${at(i)}: text outside the root element`);
      texts.push(decode(chunk));
    }
    if (lt < 0) break;
    if (source.startsWith('<?', lt)) {
      const end = source.indexOf('?>', lt);
      if (end < 0) return done(`${at(lt)}: processing instruction never closed`);
      if (lt !== 0 && source.startsWith('<?xml', lt))
        problems.push(`${at(lt)}: XML declaration not at the start`);
      i = end + 2;
    } else if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      if (end < 0) return done(`${at(lt)}: comment never closed`);
      if (source.slice(lt + 4, end).includes('--')) problems.push(`${at(lt)}: "--" inside a comment`);
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt);
      if (end < 0) return done(`${at(lt)}: CDATA never closed`);
      i = end + 3;
    } else if (source.startsWith('</', lt)) {
      const end = source.indexOf('>', lt);
      if (end < 0) return done(`${at(lt)}: end tag never closed`);
      const name = source.slice(lt + 2, end).trim();
      const expected = open.pop();
      if (name !== expected) problems.push(`${at(lt)}: </${name}> closes <${expected ?? 'nothing'}>`);
      i = end + 1;
    } else {
      const end = tagEnd(source, lt);
      if (end < 0) return done(`${at(lt)}: tag never closed`);
      const selfClosing = source[end - 1] === '/';
      const inner = source.slice(lt + 1, selfClosing ? end - 1 : end);
      const element = readTag(inner, lt);
      if (element) {
        if (open.length === 0 && roots++ > 0) problems.push(`${at(lt)}: a second root element`);
        elements.push(element);
        if (!selfClosing) open.push(element.name);
      }
      i = end + 1;
    }
  }
  if (open.length > 0) problems.push(`elements never closed: ${open.join(', ')}`);
  if (roots === 0) problems.push('no root element');
  return done();

  function done(last?: string): XmlCheck {
    if (last) problems.push(last);
    return { problems, elements, text: texts.join('\n') };
  }

  function checkText(chunk: string, offset: number): void {
    if (chunk.includes('>') && chunk.includes(']]>')) problems.push(`${at(offset)}: "]]>" in text`);
    checkAmpersands(chunk, offset);
  }

  function checkAmpersands(chunk: string, offset: number): void {
    for (let k = chunk.indexOf('&'); k >= 0; k = chunk.indexOf('&', k + 1)) {
      if (!REFERENCE.test(chunk.slice(k))) problems.push(`${at(offset + k)}: a bare "&"`);
    }
  }

  function readTag(inner: string, offset: number): XmlElement | undefined {
    const match = /^([^\s/>]+)([\s\S]*)$/.exec(inner);
    if (!match || !NAME.test(match[1]!)) {
      problems.push(`${at(offset)}: bad element name`);
      return undefined;
    }
    const attributes: Record<string, string> = {};
    let rest = match[2]!;
    while (rest.trim() !== '') {
      const attr = /^\s+([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(rest);
      if (!attr) {
        problems.push(`${at(offset)}: bad attribute syntax in <${match[1]}>: ${rest.trim().slice(0, 40)}`);
        break;
      }
      const [whole, rawName, double, single] = attr;
      const name = rawName!;
      const value = double ?? single ?? '';
      if (!NAME.test(name)) problems.push(`${at(offset)}: bad attribute name ${name}`);
      if (name in attributes) problems.push(`${at(offset)}: attribute ${name} twice`);
      if (value.includes('<')) problems.push(`${at(offset)}: "<" in attribute ${name}`);
      checkAmpersands(value, offset);
      attributes[name] = value;
      rest = rest.slice(whole.length);
    }
    return { name: match[1]!, attributes };
  }
}

/** Where a start tag ends: the first `>` outside quoted attribute values. */
function tagEnd(source: string, from: number): number {
  let quote: string | undefined;
  for (let k = from + 1; k < source.length; k++) {
    const c = source[k];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return k;
  }
  return -1;
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, ref: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (ref in named) return named[ref]!;
    return String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}
