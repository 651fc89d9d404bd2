/**
 * The rule pages (docs/rules/<id>.md) ship inside the app, loaded on demand, so "why?" works
 * offline and always matches the build's rules.
 */
const pages = import.meta.glob('../../../docs/rules/*.md', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

export async function loadRulePage(id: string): Promise<string | undefined> {
  const load = pages[`../../../docs/rules/${id}.md`];
  return load ? load() : undefined;
}

export type Block =
  { kind: 'heading'; text: string } | { kind: 'code'; text: string } | { kind: 'text'; text: string };

/**
 * Just enough Markdown for our own rule pages: headings, fenced code and paragraphs. The result is
 * rendered as React text, never as HTML.
 */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'text', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) {
      endParagraph();
      const code: string[] = [];
      while (++i < lines.length && !lines[i]!.startsWith('```')) code.push(lines[i]!);
      blocks.push({ kind: 'code', text: code.join('\n') });
    } else if (/^#{1,6} /.test(line)) {
      endParagraph();
      blocks.push({ kind: 'heading', text: line.replace(/^#+ /, '') });
    } else if (line.trim() === '') {
      endParagraph();
    } else {
      paragraph.push(line.trim());
    }
  }
  endParagraph();
  return blocks;
}
