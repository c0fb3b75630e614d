/**
 * A word list as offices keep them: a text file, one entry per line; a typo line is
 * “错词 正词” (separated by spaces, a tab, a comma, = or →), other lines are “词语 [说明]”.
 * Blank lines and lines starting with # are skipped. UTF-8 or GB18030 (GBK) files are read.
 */
import type { CheckWordList } from '../collections/CheckWords'

export type ParsedWord = { word: string; correction: string | null; note: string | null }
export type ParsedList = { entries: ParsedWord[]; errors: { line: number; message: string }[] }

export function decodeTextFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

const SEPARATOR = /\s*(?:\t|,|，|=|→|->|\s)\s*/

export function parseWordList(text: string, list: CheckWordList): ParsedList {
  const entries: ParsedWord[] = []
  const errors: ParsedList['errors'] = []
  const seen = new Set<string>()
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (!line || line.startsWith('#')) return
    const [first, ...rest] = line.split(SEPARATOR)
    const word = first.trim()
    const second = rest.join(' ').trim()
    const problem =
      word.length < 2 ? '词语至少两个字' : word.length > 50 ? '词语不能超过 50 个字' : list === 'typo' && !second ? '易错词须写成“错词 正词”' : null
    if (problem) {
      errors.push({ line: index + 1, message: `${problem}：“${line.slice(0, 30)}”` })
      return
    }
    if (seen.has(word)) return
    seen.add(word)
    entries.push({ word, correction: list === 'typo' ? second.slice(0, 50) : null, note: list === 'typo' ? null : second.slice(0, 200) || null })
  })
  return { entries, errors }
}
