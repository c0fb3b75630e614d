import { z } from 'astro/zod'

import { snapshotFile } from './snapshot'

/**
 * The 互动交流 part of the snapshot (`interaction.json`, written by the CMS's
 * exportInteraction): the message types and 领导信箱 leaders the forms offer, the published
 * replies (答复) and the monthly figures, and the CMS addresses the pages post to. Nothing in
 * it names a citizen: the replies carry the question as the office cleared it for publication.
 */
const typeSchema = z.object({
  code: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/),
  name: z.string(),
  description: z.string().nullable(),
  needsLeader: z.boolean(),
  answerDays: z.number().int().positive().nullable(),
})

const leaderSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  duties: z.string().nullable(),
})

const replySchema = z.object({
  id: z.string().regex(/^[0-9A-Za-z_-]+$/),
  typeCode: z.string().nullable(),
  typeName: z.string().nullable(),
  title: z.string(),
  question: z.string(),
  unitName: z.string().nullable(),
  receivedAt: z.coerce.date().nullable(),
  handledAt: z.coerce.date().nullable(),
  repliedAt: z.coerce.date(),
  text: z.string(),
})

const count = z.number().int().nonnegative()

const statsRowSchema = z.object({
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
  satisfactionRate: z.number().nullable(),
})

const periodSchema = z.object({
  key: z.string(),
  label: z.string(),
  from: z.coerce.date(),
  to: z.coerce.date(),
  rows: z.array(statsRowSchema),
  total: statsRowSchema,
})

const snapshotSchema = z.object({
  endpoints: z.object({ message: z.string().url(), lookup: z.string().url(), rating: z.string().url() }),
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
  types: z.array(typeSchema),
  leaders: z.array(leaderSchema),
  replies: z.array(replySchema),
  stats: z.object({ generatedAt: z.string(), months: z.array(periodSchema), year: periodSchema }),
})

export type MessageType = z.infer<typeof typeSchema>
export type MailboxLeader = z.infer<typeof leaderSchema>
export type PublishedReply = z.infer<typeof replySchema>
export type StatsRow = z.infer<typeof statsRowSchema>
export type StatsPeriod = z.infer<typeof periodSchema>
export type Interaction = z.infer<typeof snapshotSchema>

/** Replies newest answer first (the newest id first on the same day). */
export const loadInteraction = snapshotFile('interaction.json', snapshotSchema, {
  prepare: (data): Interaction => ({
    ...data,
    replies: data.replies.sort((a, b) => b.repliedAt.getTime() - a.repliedAt.getTime() || Number(b.id) - Number(a.id)),
  }),
})
