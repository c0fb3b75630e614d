import { urls } from '@gov/portal-contract'

import { type Interaction, loadInteraction, type MailboxLeader, type MessageType, type PublishedReply, type StatsPeriod, type StatsRow } from '../loaders/interaction'

export type { Interaction, MailboxLeader, MessageType, PublishedReply, StatsPeriod, StatsRow }

/** The section's name in headings, breadcrumbs, the menu and the ColumnName meta tag. */
export const INTERACTION_NAME = '互动交流'
export const REPLIES_NAME = '留言答复选登'
export const LOOKUP_NAME = '留言查询'
export const STATS_NAME = '留言受理反馈情况统计'

/** Published replies per list page. */
export const REPLIES_PAGE_SIZE = 20

export const interactionUrl = urls.interaction()
export const writeUrl = (type?: Pick<MessageType, 'code'>) => urls.write(type?.code)
export const replyUrl = (r: Pick<PublishedReply, 'id'>) => urls.reply(r.id)
export const repliesUrl = urls.replies()
export const lookupUrl = urls.lookup()
export const statsUrl = urls.stats()

export const interaction = (): Interaction => loadInteraction()

/** Enabled types in the office's order. */
export const messageTypes = () => interaction().types

/** Published replies, newest answer first. */
export const publishedReplies = () => interaction().replies
export const latestReplies = (count: number) => interaction().replies.slice(0, count)

/** 领导信箱 keeps its name; the others read as the portals say them: 我要咨询, 我要投诉 … */
export const entryLabel = (type: Pick<MessageType, 'name' | 'needsLeader'>) => (type.needsLeader || type.name.startsWith('我要') ? type.name : `我要${type.name}`)

/** 5 个工作日内答复. */
export const answerPromise = (type: Pick<MessageType, 'answerDays'>) => (type.answerDays ? `一般在 ${type.answerDays} 个工作日内答复` : null)

/** A textarea's text as paragraphs (blank lines and single line breaks both start one). */
export const paragraphs = (text: string | null | undefined) => (text ?? '').split(/\n+/).map((p) => p.trim()).filter(Boolean)

/** 12.5 → "12.5", null → "—". */
export const figure = (value: number | null) => (value === null ? '—' : String(value))
export const percent = (value: number | null) => (value === null ? '—' : `${value}%`)

/** 按期答复率 of a row, in percent with one decimal; null when nothing was answered. */
export const onTimeRate = (row: Pick<StatsRow, 'answered' | 'answeredOnTime'>) => (row.answered ? Math.round((row.answeredOnTime / row.answered) * 1000) / 10 : null)

/** 1.5 MB, 500 KB: the attachment limit as a person reads it. */
export const fileSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`)
