/**
 * Builds Lexical editor state from plain paragraphs (a paragraph starting with "## " is a heading;
 * `[text](/path/)` inside a paragraph is a link).
 */
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

function link(label: string, url: string) {
  return { type: 'link', ...block, version: 3, fields: { url, newTab: false, linkType: 'custom' }, children: [text(label)] }
}

/** A paragraph's text with its `[text](url)` links as link nodes. */
function inline(value: string) {
  const children: (TextNode | ReturnType<typeof link>)[] = []
  let last = 0
  for (const match of value.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)) {
    if (match.index > last) children.push(text(value.slice(last, match.index)))
    children.push(link(match[1], match[2]))
    last = match.index + match[0].length
  }
  if (last < value.length) children.push(text(value.slice(last)))
  return children
}

export function paragraphsToLexical(paragraphs: string[]) {
  return {
    root: {
      type: 'root',
      ...block,
      children: paragraphs.map((p) =>
        p.startsWith('## ')
          ? { type: 'heading', tag: 'h2', ...block, children: [text(p.slice(3).trim())] }
          : { type: 'paragraph', textFormat: 0, textStyle: '', ...block, children: inline(p) },
      ),
    },
  }
}
