/**
 * The 互动交流 part of the portal snapshot (`interaction.json`): the message types citizens may
 * write under, the leaders of the 领导信箱, the published replies (答复) and the monthly
 * statistics — plus the CMS addresses the static pages post to.
 *
 * Replies are read from `message-replies` as an anonymous visitor, so the collection's read rule
 * decides (published and marked 在门户网站公开); the query asks for the same again, so a loosened
 * read rule alone cannot put an unapproved or private reply on the portal. Only what the office
 * cleared for publication is written: the public title and question, the reply, the type, the
 * answering unit and the dates. The `messages` collection, which holds the citizens' names,
 * phones and emails, is never read here except through `readStatsInput`, which selects only the fields figures need.
 *
 * Small (hundreds of replies a year), so written whole every time; its digest tells the
 * publisher whether the /hudong/ pages must be rendered again.
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import {
  type InteractionJson,
  type MailboxLeaderJson,
  type MessageTypeJson,
  type PublishedReplyJson,
  SNAPSHOT_FILES,
  type StatsPeriodJson,
  type StatsRowJson,
} from '@gov/portal-contract'

import { ATTACHMENT_BYTES, ATTACHMENTS_MAX, CONTENT_MAX, CONTENT_MIN, TITLE_MAX } from '../interaction/constants'
import { HONEYPOT_FIELD, NAME_MAX } from '../interaction/public/input'
import { COMMENT_MAX } from '../interaction/public/lookupEndpoints'
import { interactionSettings } from '../interaction/settings'
import { readStatsInput, receivedBetween, statsOf, type MessageStatsRow } from '../interaction/stats'

type Related = { id: number; name?: string } | number | null | undefined
const relId = (value: Related) => (value && typeof value === 'object' ? String(value.id) : value == null ? null : String(value))

/**
 * The portal's figures of a unit are the CMS's without the unit's id: a field added to one and not
 * the other fails here (a type-level check, nothing at run time).
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type StatsRowMatches<T extends true> = T
type _PortalStatsRowIsMessageStatsRow = StatsRowMatches<Same<Omit<MessageStatsRow, 'unitId'>, StatsRowJson>>

export type InteractionDigest = { digest: string; counts: { replies: number; types: number; leaders: number } }

/** Approved (published) and cleared for the portal. */
const PUBLIC_REPLIES: Where = { and: [{ _status: { equals: 'published' } }, { public: { equals: true } }] }

/** Months of statistics the portal shows, the current one included. */
const STATS_MONTHS = 12

const UTC_PLUS_8 = 8 * 3600 * 1000

/** The first instant of a calendar month in China time (month 1–12, may run over or under). */
const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1) - UTC_PLUS_8)

/** The current month and the eleven before it, newest first, in China time. */
export function statsMonths(now: Date, count = STATS_MONTHS): { key: string; label: string; from: Date; to: Date }[] {
  const china = new Date(now.getTime() + UTC_PLUS_8)
  const year = china.getUTCFullYear()
  const month = china.getUTCMonth() + 1
  return Array.from({ length: count }, (_, i) => {
    const from = monthStart(year, month - i)
    const to = monthStart(year, month - i + 1)
    const shifted = new Date(from.getTime() + UTC_PLUS_8)
    const y = shifted.getUTCFullYear()
    const m = shifted.getUTCMonth() + 1
    return { key: `${y}-${String(m).padStart(2, '0')}`, label: `${y}年${m}月`, from, to }
  })
}

const cmsBase = () => (process.env.CMS_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, '')

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

const portalRow = ({ unitId: _unitId, ...row }: MessageStatsRow): StatsRowJson => row

export async function exportInteraction(payload: Payload, outDir: string, now = new Date()): Promise<InteractionDigest> {
  const asPublic = { overrideAccess: false, user: null, pagination: false, draft: false, depth: 0 } as const
  const [types, leaders, replies, units, settings] = await Promise.all([
    payload.find({ collection: 'message-types', where: { enabled: { equals: true } }, sort: 'order', ...asPublic }),
    payload.find({ collection: 'mailbox-leaders', where: { active: { equals: true } }, sort: 'order', ...asPublic }),
    payload.find({ collection: 'message-replies', where: PUBLIC_REPLIES, sort: '-updatedAt', ...asPublic }),
    payload.find({ collection: 'units', ...asPublic }),
    interactionSettings(payload),
  ])
  const unitNames = new Map(units.docs.map((u) => [String(u.id), u.name]))

  const portalTypes: MessageTypeJson[] = types.docs.map((t): MessageTypeJson => ({
    code: t.code,
    name: t.name,
    description: text(t.description) || null,
    needsLeader: Boolean(t.needsLeader),
    answerDays: typeof t.answerDays === 'number' ? t.answerDays : null,
  }))

  const portalLeaders: MailboxLeaderJson[] = leaders.docs.map((l): MailboxLeaderJson => ({
    id: String(l.id),
    name: l.name,
    title: text(l.title) || null,
    duties: text(l.duties) || null,
  }))

  const portalReplies: PublishedReplyJson[] = replies.docs
    // The anonymous read rule and the query already say so; a reply without a question or text is not worth a page.
    .filter((r) => r._status === 'published' && r.public === true && text(r.publicQuestion) && text(r.text))
    .map((r): PublishedReplyJson => {
      const record = r as unknown as { repliedAt?: string | null }
      return {
        id: String(r.id),
        typeCode: text(r.typeCode) || null,
        typeName: text(r.typeName) || null,
        title: text(r.publicTitle) || text(r.publicQuestion).slice(0, 30),
        question: text(r.publicQuestion),
        unitName: unitNames.get(relId(r.unit as Related) ?? '') ?? null,
        receivedAt: r.receivedAt ?? null,
        handledAt: r.handledAt ?? null,
        repliedAt: record.repliedAt ?? r.updatedAt,
        text: text(r.text),
      }
    })
    .sort((a, b) => Date.parse(b.repliedAt) - Date.parse(a.repliedAt) || Number(b.id) - Number(a.id))

  // Figures only: who wrote, and what, stays in the CMS.
  // The year's messages are read once; each month's figures are counted from them.
  const months = statsMonths(now)
  const { messages, units: unitOrder } = await readStatsInput(payload, { from: months.at(-1)!.from, to: months[0].to })
  const period = ({ key, label, from, to }: { key: string; label: string; from: Date; to: Date }): StatsPeriodJson => {
    const { rows, total } = statsOf(receivedBetween(messages, from, to), unitOrder)
    return { key, label, from: from.toISOString(), to: to.toISOString(), rows: rows.map(portalRow), total: portalRow(total) }
  }
  const monthly = months.map(period)
  const year = period({ key: 'year', label: `${months.at(-1)!.label}至${months[0].label}`, from: months.at(-1)!.from, to: months[0].to })

  const snapshot: InteractionJson = {
    endpoints: {
      message: `${cmsBase()}/api/interaction/messages`,
      lookup: `${cmsBase()}/api/interaction/lookup`,
      rating: `${cmsBase()}/api/interaction/rating`,
    },
    form: {
      // The public endpoint's own rules, so the form asks for what it accepts.
      honeypot: HONEYPOT_FIELD,
      titleMax: TITLE_MAX,
      contentMin: CONTENT_MIN,
      contentMax: CONTENT_MAX,
      nameMax: NAME_MAX,
      commentMax: COMMENT_MAX,
      attachmentsMax: ATTACHMENTS_MAX,
      attachmentBytes: ATTACHMENT_BYTES,
      notice: text(settings.notice) || null,
    },
    ratingWindowDays: settings.ratingWindowDays,
    types: portalTypes,
    leaders: portalLeaders,
    replies: portalReplies,
    // The month of the export, not its instant: the statistics change with the messages, not with the clock.
    stats: { generatedAt: months[0].key, months: monthly, year },
  }
  const json = JSON.stringify(snapshot)
  const file = path.join(outDir, SNAPSHOT_FILES.interaction)
  await fs.writeFile(`${file}.tmp-${process.pid}`, json)
  await fs.rename(`${file}.tmp-${process.pid}`, file)
  return {
    digest: crypto.createHash('sha1').update(json).digest('hex'),
    counts: { replies: portalReplies.length, types: portalTypes.length, leaders: portalLeaders.length },
  }
}
