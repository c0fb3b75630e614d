/**
 * The 互动交流 file of the snapshot (`interaction.json`, the CMS's exportInteraction): the
 * message types and 领导信箱 leaders the forms offer, the published replies (答复), the monthly
 * figures, and the CMS addresses the pages post to. Nothing in it names a citizen: the replies
 * carry the question as the office cleared it for publication.
 */
import { z } from 'zod'

import { isoDate } from './dates'

export const messageTypeSchema = z.object({
  code: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/),
  name: z.string(),
  description: z.string().nullable(),
  needsLeader: z.boolean(),
  answerDays: z.number().int().positive().nullable(),
})

export const mailboxLeaderSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  duties: z.string().nullable(),
})

export const publishedReplySchema = z.object({
  id: z.string().regex(/^[0-9A-Za-z_-]+$/),
  typeCode: z.string().nullable(),
  typeName: z.string().nullable(),
  title: z.string(),
  question: z.string(),
  unitName: z.string().nullable(),
  receivedAt: isoDate().nullable(),
  /** 受理日期. */
  handledAt: isoDate().nullable(),
  /** 答复日期: the final approval of the reply. */
  repliedAt: isoDate(),
  text: z.string(),
})

const count = z.number().int().nonnegative()

/** One unit's figures for a period (no ids, no personal data). */
export const statsRowSchema = z.object({
  unitName: z.string(),
  received: count,
  accepted: count,
  refused: count,
  answered: count,
  answeredOnTime: count,
  open: count,
  avgWorkingDays: z.number().nullable(),
  satisfied: count,
  basic: count,
  unsatisfied: count,
  /** Percent, one decimal; null when nothing was rated. */
  satisfactionRate: z.number().nullable(),
})

export const statsPeriodSchema = z.object({
  key: z.string(),
  label: z.string(),
  from: isoDate(),
  to: isoDate(),
  rows: z.array(statsRowSchema),
  total: statsRowSchema,
})

export const interactionSchema = z.object({
  endpoints: z.object({ message: z.string().url(), lookup: z.string().url(), rating: z.string().url() }),
  /** The public endpoint's own rules, so the form asks for what it accepts. */
  form: z.object({
    honeypot: z.string(),
    titleMax: z.number().int().positive(),
    contentMin: z.number().int().nonnegative(),
    contentMax: z.number().int().positive(),
    nameMax: z.number().int().positive(),
    commentMax: z.number().int().positive(),
    attachmentsMax: z.number().int().nonnegative(),
    attachmentBytes: z.number().int().positive(),
    notice: z.string().nullable(),
  }),
  ratingWindowDays: z.number().int().positive(),
  types: z.array(messageTypeSchema),
  leaders: z.array(mailboxLeaderSchema),
  replies: z.array(publishedReplySchema),
  /** `generatedAt`: the month of the export (2026-11), not its instant. */
  stats: z.object({ generatedAt: z.string(), months: z.array(statsPeriodSchema), year: statsPeriodSchema }),
})

export type MessageType = z.output<typeof messageTypeSchema>
export type MessageTypeJson = z.input<typeof messageTypeSchema>
export type MailboxLeader = z.output<typeof mailboxLeaderSchema>
export type MailboxLeaderJson = z.input<typeof mailboxLeaderSchema>
export type PublishedReply = z.output<typeof publishedReplySchema>
export type PublishedReplyJson = z.input<typeof publishedReplySchema>
export type StatsRow = z.output<typeof statsRowSchema>
export type StatsRowJson = z.input<typeof statsRowSchema>
export type StatsPeriod = z.output<typeof statsPeriodSchema>
export type StatsPeriodJson = z.input<typeof statsPeriodSchema>
export type Interaction = z.output<typeof interactionSchema>
export type InteractionJson = z.input<typeof interactionSchema>
