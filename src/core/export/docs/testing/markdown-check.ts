/**
 * Structural checks of the Markdown export, for tests: fences balanced, one Mermaid block, tables with
 * a steady column count, no raw HTML but line breaks, and a Mermaid flowchart whose subgraphs close
 * and whose edges join declared nodes. Not a Markdown or Mermaid parser: a plausibility check that
 * catches what escaping mistakes break.
 */

export interface MarkdownShape {
  problems: string[];
  mermaidBlocks: string[];
  tables: number;
  headings: string[];
}

export function checkMarkdown(markdown: string): MarkdownShape {
  const problems: string[] = [];
  const mermaidBlocks: string[] = [];
  const headings: string[] = [];
  let tables = 0;
  const lines = markdown.split('\n');
  let fence: { info: string; start: number; body: string[] } | undefined;
  let tableColumns: number | undefined;
  lines.forEach((line, i) => {
    const at = `line ${i + 1}`;
    if (fence) {
      if (line === '```') {
        if (fence.info === 'mermaid') mermaidBlocks.push(fence.body.join('\n'));
        fence = undefined;
      } else fence.body.push(line);
      return;
    }
    const open = /^```(\S*)$/.exec(line);
    if (open) {
      fence = { info: open[1]!, start: i, body: [] };
      tableColumns = undefined;
      return;
    }
    if (line.startsWith('|')) {
      const cells = tableCells(line);
      if (tableColumns === undefined) {
        tables++;
        tableColumns = cells;
        if (!/^\|( --- \|)+$/.test(lines[i + 1] ?? ''))
          problems.push(`${at}: table header without a delimiter row`);
      } else if (cells !== tableColumns) {
        problems.push(`${at}: ${cells} cells in a table of ${tableColumns} columns`);
      }
    } else {
      tableColumns = undefined;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) headings.push(`${heading[1]!.length} ${heading[2]}`);
    const html = stripCode(line).match(/<\/?[A-Za-z][^>]*>/g) ?? [];
    for (const tag of html) if (!/^<br\/?>$/.test(tag)) problems.push(`${at}: raw HTML ${tag}`);
  });
  if (fence) problems.push(`line ${fence.start + 1}: code fence never closed`);
  return { problems, mermaidBlocks, tables, headings };
}

/** Cells of a table row: pipes that are not escaped and not inside a code span. */
function tableCells(line: string): number {
  let cells = 0;
  let inCode = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') i++;
    else if (c === '`') inCode = !inCode;
    else if (c === '|' && !inCode) cells++;
  }
  return cells - 1;
}

function stripCode(line: string): string {
  return line.replace(/\\./g, '').replace(/`[^`]*`/g, '');
}

const QUOTED = '"(?:[^"\\\\]|#[0-9]+;)*"';
const NODE = new RegExp(
  `^([A-Za-z][A-Za-z0-9_]*)(\\[${QUOTED}\\]|\\(\\[${QUOTED}\\]\\)|\\[\\(${QUOTED}\\)\\]|\\{\\{${QUOTED}\\}\\})$`,
);
const SUBGRAPH = new RegExp(`^subgraph ([A-Za-z][A-Za-z0-9_]*)\\[${QUOTED}\\]$`);
const EDGE = new RegExp(`^([A-Za-z][A-Za-z0-9_]*) (-->|-\\.->)\\|${QUOTED}\\| ([A-Za-z][A-Za-z0-9_]*)$`);
const KEYWORDS = new Set([
  'end',
  'subgraph',
  'graph',
  'flowchart',
  'style',
  'classDef',
  'class',
  'click',
  'linkStyle',
]);

/** Problems of a Mermaid flowchart as Podwright writes it (an empty list when it is plausible). */
export function checkMermaid(source: string): string[] {
  const problems: string[] = [];
  const [header, ...body] = source.split('\n');
  if (!/^flowchart (LR|TB|TD|RL|BT)$/.test(header ?? '')) problems.push(`header "${header}"`);
  const declared = new Set<string>();
  const edges: [string, string, number][] = [];
  let depth = 0;
  body.forEach((raw, i) => {
    const line = raw.trim();
    const at = `mermaid line ${i + 2}`;
    let match: RegExpExecArray | null;
    if (line === 'end') {
      depth--;
      if (depth < 0) problems.push(`${at}: "end" without a subgraph`);
    } else if ((match = SUBGRAPH.exec(line))) {
      depth++;
      declare(match[1]!, at);
    } else if ((match = NODE.exec(line))) {
      declare(match[1]!, at);
    } else if ((match = EDGE.exec(line))) {
      edges.push([match[1]!, match[3]!, i + 2]);
    } else {
      problems.push(`${at}: not a node, subgraph or edge: ${line}`);
    }
  });
  if (depth !== 0) problems.push(`${depth} subgraph(s) never closed`);
  for (const [from, to, line] of edges) {
    for (const id of [from, to])
      if (!declared.has(id)) problems.push(`mermaid line ${line}: undeclared node ${id}`);
  }
  return problems;

  function declare(id: string, at: string): void {
    if (KEYWORDS.has(id)) problems.push(`${at}: node id "${id}" is a keyword`);
    if (declared.has(id)) problems.push(`${at}: node ${id} declared twice`);
    declared.add(id);
  }
}
