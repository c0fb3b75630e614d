import type { Match } from 'modern-ahocorasick'

import { formatChineseDate } from '../disclosure/format'
import type { CheckLists, LeaderEntry, ListEntry } from './checkLists'
import { postsOf } from './checkLists'
import type { TextMatch } from './types'

export type ListMatch = Match<ListEntry>

/** Every listed word and leader's name in the text, in one pass. */
export function scanLists(lists: CheckLists, text: string): ListMatch[] {
  return lists.matcher ? lists.matcher.search(text).sort((a, b) => a.start - b.start || b.end - a.end) : []
}

/** Words from the office's lists: sensitive words, typos with their correction, removed officials. */
export function findListedWords(matches: ListMatch[]): TextMatch[] {
  const found: TextMatch[] = []
  for (const match of matches) {
    const data = match.data
    if (data?.type !== 'word') continue
    const { entry } = data
    const note = entry.note ? `（${entry.note}）` : ''
    if (entry.list === 'sensitive') found.push({ start: match.start, end: match.end, kind: 'sensitive', message: `含敏感词“${entry.word}”${note}，请核实用语。` })
    if (entry.list === 'typo') found.push({ start: match.start, end: match.end, kind: 'typo', message: `疑似错别字，应为“${entry.correction}”。` })
    if (entry.list === 'removed') found.push({ start: match.start, end: match.end, kind: 'removed', message: `“${entry.word}”在落马官员名单中${note}，请核实。` })
  }
  return found
}

/** A post holds the title written when they are the same or the post adds a qualifier that is not 副 (常务副县长 for 副县长). */
function holdsTitle(leader: LeaderEntry, written: string): boolean {
  return postsOf(leader.title).some((post) => post === written || (post.endsWith(written) && !post.slice(0, -written.length).endsWith('副')))
}

/** The post written right before (副县长张三) or right after (张三副县长) a name. */
function writtenTitle(titles: string[], text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 12), start)
  const after = text.slice(end, end + 12)
  return titles.find((t) => before.endsWith(t)) ?? titles.find((t) => after.startsWith(t)) ?? null
}

const SENTENCE_END = /[。！？；\n]/

/**
 * Leaders named in the text: a post that is not theirs, a leader whose term has ended, and
 * leaders named in one sentence out of rank order.
 */
export function findLeaderMentions(lists: CheckLists, text: string, matches: ListMatch[], now = new Date()): TextMatch[] {
  const found: TextMatch[] = []
  type Mention = { leader: LeaderEntry; start: number; end: number }
  let sentence: Mention[] = []
  let sentenceStart = 0
  const checkOrder = () => {
    const distinct: Mention[] = []
    for (const m of sentence) if (!distinct.some((d) => d.leader === m.leader)) distinct.push(m)
    for (let i = 1; i < distinct.length; i++) {
      if (distinct[i].leader.rank < distinct[i - 1].leader.rank) {
        const order = [...distinct].sort((a, b) => a.leader.rank - b.leader.rank).map((m) => `${m.leader.name}（${m.leader.title}）`).join('、')
        found.push({ start: distinct[i].start, end: distinct[i].end, kind: 'leader', message: `领导排序有误：按领导信息库应为 ${order}。` })
        break
      }
    }
    sentence = []
  }
  for (const match of matches) {
    if (match.data?.type !== 'leader') continue
    const leader = match.data.entry
    const boundary = text.slice(sentenceStart, match.start).search(SENTENCE_END)
    if (boundary >= 0) {
      checkOrder()
      sentenceStart = text.slice(0, match.start).search(/[。！？；\n][^。！？；\n]*$/) + 1
    }
    sentence.push({ leader, start: match.start, end: match.end })
    const written = writtenTitle(lists.titles, text, match.start, match.end)
    if (written && !holdsTitle(leader, written)) {
      found.push({ start: match.start, end: match.end, kind: 'leader', message: `职务有误：${leader.name}的职务是“${leader.title}”，文中写作“${written}”。` })
    }
    if (leader.termEnd && new Date(leader.termEnd).getTime() < now.getTime()) {
      found.push({ start: match.start, end: match.end, kind: 'leader', message: `${leader.name}已于 ${formatChineseDate(leader.termEnd)} 离任（${leader.title}），请核对表述。` })
    }
  }
  checkOrder()
  return found
}
