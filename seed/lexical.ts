/** Builds Lexical editor state from plain paragraphs (a paragraph starting with "## " is a heading). */
type TextNode = {
  type: 'text'
  text: string
  detail: 0
  format: 0
  mode: 'normal'
  style: ''
  version: 1
}

const block = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

function text(value: string): TextNode {
  return { type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }
}

export function paragraphsToLexical(paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      ...block,
      children: paragraphs.map((p) =>
        p.startsWith('## ')
          ? { type: 'heading', tag: 'h2', ...block, children: [text(p.slice(3).trim())] }
          : { type: 'paragraph', textFormat: 0, textStyle: '', ...block, children: [text(p)] },
      ),
    },
  }
}
