/** Plain paragraphs of a Lexical document (journals, .docx and print views use plain text). */
type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

function textOf(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(textOf).join('')
}

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem'])

export function lexicalParagraphs(value: unknown): string[] {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return []
  const out: string[] = []
  const walk = (node: LexicalNode) => {
    if (node.type && BLOCKS.has(node.type)) {
      const text = textOf(node).trim()
      if (text) out.push(text)
      return
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(root)
  return out
}
