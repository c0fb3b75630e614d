/**
 * The office's lists (内容检测词库 and 领导信息库), loaded once and compiled into one
 * Aho–Corasick automaton (modern-ahocorasick: every word of every list found in one pass over
 * the text, with its position). Reloaded only when a list changed: a change moves the count
 * or the latest updatedAt of its table.
 */
import AhoCorasick from 'modern-ahocorasick'
import type { Payload, PayloadRequest } from 'payload'

import { executeSql, sql } from '@gov/review-workflow'

import type { CheckWordList } from '../collections/CheckWords'

export type WordEntry = { list: CheckWordList; word: string; correction?: string | null; note?: string | null }
export type LeaderEntry = { name: string; title: string; unitName?: string | null; rank: number; termEnd?: string | null }

export type ListEntry = { type: 'word'; entry: WordEntry } | { type: 'leader'; entry: LeaderEntry }

export type CheckLists = {
  matcher: AhoCorasick<ListEntry> | null
  leaders: LeaderEntry[]
  /** Every post named in the leaders' list, longest first (县委副书记 before 书记). */
  titles: string[]
}

/** Posts an article may put before or after a name even when no listed leader holds them. */
const COMMON_TITLES = ['县委书记', '县委副书记', '县长', '副县长', '常务副县长', '县委常委', '书记', '副书记', '主任', '副主任', '局长', '副局长', '镇长', '副镇长', '乡长', '副乡长', '部长', '副部长', '主席', '副主席', '秘书长']

export function compileLists(words: WordEntry[], leaders: LeaderEntry[]): CheckLists {
  const patterns: { pattern: string; data: ListEntry }[] = [
    ...words.filter((w) => w.word.trim()).map((entry) => ({ pattern: entry.word.trim(), data: { type: 'word', entry } as ListEntry })),
    ...leaders.filter((l) => l.name.trim()).map((entry) => ({ pattern: entry.name.trim(), data: { type: 'leader', entry } as ListEntry })),
  ]
  const titles = new Set(COMMON_TITLES)
  for (const leader of leaders) for (const post of postsOf(leader.title)) titles.add(post)
  return {
    matcher: patterns.length > 0 ? new AhoCorasick(patterns) : null,
    leaders,
    titles: [...titles].sort((a, b) => b.length - a.length),
  }
}

/** 县委副书记、县长 → ['县委副书记', '县长'] */
export function postsOf(title: string): string[] {
  return title.split(/[、，,；;\s]+/).map((p) => p.trim()).filter(Boolean)
}

const cache = new WeakMap<Payload, { version: string; lists: CheckLists }>()

async function listsVersion(req: PayloadRequest): Promise<string> {
  const rows = await executeSql(
    req,
    sql`select (select count(*) || ':' || coalesce(max(updated_at)::text, '') from check_words)
         || '|' || (select count(*) || ':' || coalesce(max(updated_at)::text, '') from leaders) as version`,
  )
  return String(rows[0].version)
}

export async function loadCheckLists(req: PayloadRequest): Promise<CheckLists> {
  const { payload } = req
  const version = await listsVersion(req)
  const cached = cache.get(payload)
  if (cached?.version === version) return cached.lists
  const words = await payload.find({ collection: 'check-words', req, pagination: false, depth: 0, overrideAccess: true, select: { list: true, word: true, correction: true, note: true } })
  const leaders = await payload.find({ collection: 'leaders', req, pagination: false, depth: 0, overrideAccess: true, select: { name: true, title: true, unitName: true, rank: true, termEnd: true } })
  const lists = compileLists(words.docs as WordEntry[], leaders.docs as LeaderEntry[])
  cache.set(payload, { version, lists })
  return lists
}
