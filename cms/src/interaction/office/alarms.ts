/**
 * 答复时限告警 — the national inspection rule: a 政务咨询 message left unanswered for more than
 * three months fails the whole site. At 30, 60 and 80 calendar days after receipt an open message
 * (待受理 or 办理中) raises an alarm once per level, in the admin (审核通知, shown under 我的待办)
 * and by mail, to every 互动交流管理员 and to the handling unit's head and information officers.
 *
 * The same hourly job closes the satisfaction window: an answer the citizen did not rate within
 * `ratingWindowDays` working days counts as 满意 (逾期未评价视为满意, as county portals do),
 * marked `defaulted` so statistics and the admin can tell.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type TaskConfig } from 'payload'

import { executeSql, sql, workflowOptions } from '@gov/review-workflow'

import { addChinaWorkingDays } from '../../calendar/chinaCalendar'
import { formatChineseDate } from '../../disclosure/format'
import { enqueuePublish } from '../../publishing/enqueuePublish'
import { ALARM_DAYS } from '../constants'
import { interactionSettings } from '../settings'

const DAY = 86_400_000

export type AlarmDay = (typeof ALARM_DAYS)[number]

const STAMP: Record<AlarmDay, 'day30At' | 'day60At' | 'day80At'> = { 30: 'day30At', 60: 'day60At', 80: 'day80At' }

type Id = number | string
type Named = { id: Id; name?: string | null } | Id | null | undefined

type OpenMessage = {
  id: Id
  queryCode?: string | null
  title?: string | null
  status?: string | null
  receivedAt?: string | null
  dueAt?: string | null
  unit?: Named
  type?: Named
  alerts?: { day30At?: string | null; day60At?: string | null; day80At?: string | null } | null
}

const idOf = (value: Named): Id | undefined => (value === null || value === undefined ? undefined : typeof value === 'object' ? value.id : value)
const nameOf = (value: Named): string | undefined => (value && typeof value === 'object' ? (value.name ?? undefined) : undefined)

/** The highest alarm level a message received at `receivedAt` has reached at `now` (calendar days), or null. */
export function alarmLevel(receivedAt: string | Date, now: Date): AlarmDay | null {
  const age = now.getTime() - new Date(receivedAt).getTime()
  let level: AlarmDay | null = null
  for (const days of ALARM_DAYS) if (age >= days * DAY) level = days as AlarmDay
  return level
}

/** The three-month line (否决线): the same day three calendar months after receipt (China time). */
export function vetoDate(receivedAt: string | Date): Date {
  const china = new Date(new Date(receivedAt).getTime() + 8 * 3_600_000)
  const year = china.getUTCFullYear()
  const month = china.getUTCMonth() + 3
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const day = Math.min(china.getUTCDate(), lastDay)
  return new Date(Date.UTC(year, month, day, china.getUTCHours(), china.getUTCMinutes(), china.getUTCSeconds()) - 8 * 3_600_000)
}

async function inOwnTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const result = await work()
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

/** Who is told about a message: every 互动交流管理员, and the head and information officers of its unit. */
export async function alarmRecipients(req: PayloadRequest, unit: Id | undefined): Promise<{ id: Id; email?: string | null }[]> {
  const or: object[] = [{ roles: { in: ['interactionOfficer'] } }]
  if (unit !== undefined) or.push({ and: [{ unit: { equals: unit } }, { roles: { in: ['unitHead', 'officer'] } }] })
  const users = await req.payload.find({
    collection: 'users',
    where: { or } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { email: true } as never,
  })
  return users.docs as unknown as { id: Id; email?: string | null }[]
}

type Notice = { title: string; message: string; mail: string; link: string }

/** An in-app notice for each recipient (审核通知, kind 超期) and a mail, unless the request is quiet. */
async function tell(req: PayloadRequest, recipients: { id: Id; email?: string | null }[], notice: Notice): Promise<void> {
  const slug = workflowOptions(req.payload).slugs.notifications
  for (const user of recipients) {
    await req.payload.create({
      collection: slug as never,
      overrideAccess: true,
      req,
      data: { recipient: user.id, kind: 'overdue', title: notice.title, message: notice.message, link: notice.link, read: false } as never,
    })
  }
  if ((req.context as { quietNotifications?: boolean }).quietNotifications) return
  const serverUrl = req.payload.config.serverURL ?? ''
  for (const user of recipients) {
    if (!user.email) continue
    try {
      await req.payload.sendEmail({ to: user.email, subject: `【互动交流】${notice.title}`, text: `${notice.mail}\n\n${serverUrl}${notice.link}` })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `互动交流告警邮件发送失败：${user.email}` })
    }
  }
}

/** Raises the alarm a message is due for, once per level; returns 1 when it did. */
async function alarmMessage(req: PayloadRequest, id: Id, now: Date): Promise<number> {
  return inOwnTransaction(req, async () => {
    // One runner at a time per message: a second job waits here and then finds the stamp set.
    await executeSql(req, sql`select id from messages where id = ${Number(id)} for update`)
    const message = (await req.payload.findByID({ collection: 'messages' as never, id, depth: 1, overrideAccess: true, req, disableErrors: true })) as unknown as OpenMessage | null
    if (!message?.receivedAt || !['received', 'assigned'].includes(message.status ?? '')) return 0
    const level = alarmLevel(message.receivedAt, now)
    if (level === null || message.alerts?.[STAMP[level]]) return 0
    // A level skipped while the job did not run (a server stopped for days) is not sent late:
    // the notice names the highest level reached, and the lower stamps are set with it.
    const alerts: Record<string, string> = {}
    for (const days of ALARM_DAYS) if (days <= level && !message.alerts?.[STAMP[days as AlarmDay]]) alerts[STAMP[days as AlarmDay]] = now.toISOString()
    await req.payload.update({ collection: 'messages' as never, id, data: { alerts } as never, depth: 0, overrideAccess: true, req, context: { interactionAlarm: true } })

    const unit = idOf(message.unit)
    const code = message.queryCode ?? String(message.id)
    const state = message.status === 'received' ? '尚未受理' : `承办单位：${nameOf(message.unit) ?? '—'}`
    const veto = formatChineseDate(vetoDate(message.receivedAt))
    const due = message.dueAt ? `；答复期限：${formatChineseDate(message.dueAt)}` : ''
    const facts = `查询码：${code}；类型：${nameOf(message.type) ?? '—'}；收到日期：${formatChineseDate(message.receivedAt)}；${state}${due}`
    const warning = `超过三个月（${veto}）仍未答复的，政府网站检查将单项否决，请立即督办答复。`
    await tell(req, await alarmRecipients(req, unit), {
      title: `留言已${level}天未答复：《${message.title ?? code}》`,
      message: `${facts}。${warning}`,
      // The mail leaves the system: no title or content of the citizen's message in it.
      mail: `一件互动交流留言已${level}天未答复。\n${facts}。\n${warning}`,
      link: `${req.payload.config.routes.admin}/collections/messages/${message.id}`,
    })
    return 1
  })
}

/** Closes a satisfaction window that has passed unrated; returns 1 when it did. */
async function defaultRating(req: PayloadRequest, id: Id, windowDays: number, now: Date): Promise<number> {
  return inOwnTransaction(req, async () => {
    await executeSql(req, sql`select id from messages where id = ${Number(id)} for update`)
    const message = (await req.payload.findByID({ collection: 'messages' as never, id, depth: 0, overrideAccess: true, req, disableErrors: true })) as unknown as {
      status?: string
      repliedAt?: string | null
      rating?: { value?: string | null } | null
    } | null
    if (!message?.repliedAt || message.status !== 'answered' || message.rating?.value) return 0
    const closes = ratingWindowCloses(message.repliedAt, windowDays)
    if (now <= closes) return 0
    await req.payload.update({
      collection: 'messages' as never,
      id,
      data: { rating: { value: 'satisfied', defaulted: true, ratedAt: closes.toISOString() } } as never,
      depth: 0,
      overrideAccess: true,
      req,
      context: { interactionAlarm: true },
    })
    return 1
  })
}

/** The end of the satisfaction window: the end (China time) of the n-th working day after the reply. */
export const ratingWindowCloses = (repliedAt: string | Date, windowDays: number): Date => addChinaWorkingDays(new Date(repliedAt), windowDays).dueAt

export type AlarmRunResult = { alarms: number; ratingsDefaulted: number }

/**
 * One pass: alarms for open messages at 30/60/80 days, then the default ratings. `now` is
 * injectable so tests (and a catch-up run) can use any clock.
 */
export async function runInteractionAlarms(payload: Payload, now: Date = new Date(), options: { req?: PayloadRequest } = {}): Promise<AlarmRunResult> {
  const req = options.req ?? (await createLocalReq({}, payload))
  const first = Math.min(...ALARM_DAYS)
  const open = await payload.find({
    collection: 'messages' as never,
    where: { and: [{ status: { in: ['received', 'assigned'] } }, { receivedAt: { less_than_equal: new Date(now.getTime() - first * DAY).toISOString() } }] } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { receivedAt: true, alerts: true } as never,
  })
  let alarms = 0
  for (const doc of open.docs as unknown as OpenMessage[]) {
    const level = doc.receivedAt ? alarmLevel(doc.receivedAt, now) : null
    if (level === null || doc.alerts?.[STAMP[level]]) continue
    alarms += await alarmMessage(req, doc.id, now)
  }

  const { ratingWindowDays } = await interactionSettings(req)
  // Working days are never fewer than calendar days, so a younger reply cannot have closed.
  const answered = await payload.find({
    collection: 'messages' as never,
    where: {
      and: [{ status: { equals: 'answered' } }, { 'rating.value': { exists: false } }, { repliedAt: { less_than_equal: new Date(now.getTime() - ratingWindowDays * DAY).toISOString() } }],
    } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { repliedAt: true } as never,
  })
  let ratingsDefaulted = 0
  for (const doc of answered.docs as unknown as { id: Id; repliedAt?: string | null }[]) {
    if (!doc.repliedAt || now <= ratingWindowCloses(doc.repliedAt, ratingWindowDays)) continue
    ratingsDefaulted += await defaultRating(req, doc.id, ratingWindowDays, now)
  }
  // The portal's 留言受理反馈 figures follow the day (a new month, acceptances, ratings) even on a
  // day nothing else is published: the first run after midnight China time queues a publish,
  // which renders only the /hudong/ pages when only they changed.
  if (ratingsDefaulted > 0 || new Date(now.getTime() + 8 * 3_600_000).getUTCHours() === 0) await enqueuePublish(req, '互动交流统计每日更新')
  return { alarms, ratingsDefaulted }
}

/** Hourly on the `workflow` queue, which the admin server runs. */
export const interactionAlarmsTask = {
  slug: 'interactionAlarms',
  label: '互动交流答复时限告警',
  schedule: [{ cron: '5 * * * *', queue: 'workflow' }],
  outputSchema: [
    { name: 'alarms', type: 'number' },
    { name: 'ratingsDefaulted', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await runInteractionAlarms(req.payload, new Date(), { req }) }),
} as TaskConfig
