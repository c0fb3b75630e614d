/** Reading a built portal in tests: pages parsed into elements, and every file as text. */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { parse } from 'parse5'

export type HtmlNode = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: HtmlNode[]; value?: string }

export const textOf = (node: HtmlNode): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join(''))
export const attr = (node: HtmlNode, name: string) => node.attrs?.find((a) => a.name === name)?.value

/** The parsed page: every element by tag, scripts, inline event handlers. */
export function inspect(html: string) {
  const elements: HtmlNode[] = []
  const walk = (node: HtmlNode) => {
    if (node.nodeName && !node.nodeName.startsWith('#')) elements.push(node)
    ;(node.childNodes ?? []).forEach(walk)
  }
  walk(parse(html) as unknown as HtmlNode)
  const all = (tag: string) => elements.filter((e) => e.nodeName === tag)
  return {
    all,
    text: (tag: string) => all(tag).map((e) => textOf(e).replace(/\s+/g, ' ').trim()),
    scripts: all('script').map(textOf),
    handlers: elements.flatMap((e) => (e.attrs ?? []).filter((a) => a.name.startsWith('on')).map((a) => `${e.nodeName}.${a.name}`)),
  }
}

/** Every file under `dir` (links followed), gzip-compressed ones (the search index) unpacked, as text. */
export function filesUnder(dir: string): { file: string; text: string }[] {
  const root = fs.realpathSync(dir)
  const out: { file: string; text: string }[] = []
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      const stat = fs.statSync(full)
      if (stat.isDirectory()) walk(full)
      else if (stat.isFile()) {
        const raw = fs.readFileSync(full)
        const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? zlib.gunzipSync(new Uint8Array(raw)) : raw
        out.push({ file: path.relative(root, full), text: bytes.toString('utf8') })
      }
    }
  }
  walk(root)
  return out
}
