import { memo, type ReactNode } from 'react';
import type { Block, Inline } from './markdown-blocks';

/**
 * The documentation rendered for reading. Every piece of design text is a React text node, never
 * HTML; links are only ever plain web addresses and open in a new tab.
 */
export const MarkdownView = memo(function MarkdownView({ blocks }: { blocks: readonly Block[] }) {
  return <div className="docs-document">{blocks.map(renderBlock)}</div>;
});

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.kind) {
    case 'heading': {
      // The document's own h1 sits below the app's headings; shift every level down by one.
      const Tag = `h${Math.min(6, block.level + 1)}` as 'h2';
      return <Tag key={key}>{inline(block.content)}</Tag>;
    }
    case 'paragraph':
      return <p key={key}>{inline(block.content)}</p>;
    case 'list':
      return (
        <ul key={key}>
          {block.items.map((item, i) => (
            <li key={i}>{inline(item)}</li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <div key={key} className="docs-table-wrap">
          <table>
            <thead>
              <tr>
                {block.header.map((cell, i) => (
                  <th key={i}>{inline(cell)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i}>{inline(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'code':
      return (
        <figure key={key} className="docs-figure" aria-label={block.info ? `${block.info} source` : 'Code'}>
          <pre className="docs-code">
            <code>{block.info ? `\`\`\`${block.info}\n${block.text}\n\`\`\`` : block.text}</code>
          </pre>
        </figure>
      );
    case 'rule':
      return <hr key={key} />;
  }
}

function inline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return <strong key={i}>{inline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{inline(node.children)}</em>;
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {inline(node.children)}
          </a>
        );
      case 'br':
        return <br key={i} />;
    }
  });
}
