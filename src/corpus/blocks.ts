/**
 * The repaired structure of a document body, and its Markdown form. Heading levels follow the
 * numbering kind, not the source's markup: # part (an attached plan, an appendix), ## I., ### 1.,
 * #### 1.1., ##### 1.1.1., ###### a). The passage splitter reads the numbers back from the text.
 */

export type Block =
  | { kind: 'part'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string }
  | { kind: 'task'; number: string | null; fields: Array<[label: string, value: string]> };

export function renderMarkdown(blocks: Block[]): string {
  return `${blocks.map(renderBlock).join('\n\n')}\n`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'part':
      return `# ${block.text}`;
    case 'heading':
      return `${'#'.repeat(block.level)} ${block.text}`;
    case 'paragraph':
      return block.text;
    case 'item':
      return `- ${block.text}`;
    case 'task': {
      const fields = block.fields.map(([label, value]) => `- ${label}: ${value}`).join('\n');
      return block.number === null ? fields : `### Nhiệm vụ ${block.number}\n\n${fields}`;
    }
  }
}
