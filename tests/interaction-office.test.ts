/**
 * The interaction office's tooling against Postgres: the 30/60/80-day alarms with an injected
 * clock (in-app notice and mail, once per level, to the office and the handling unit only), the
 * satisfaction window closing to 满意 on the working-day calendar, the deadline lists scoped per
 * unit (and audited as personal-data reads), and the statistics as JSON and .xlsx compared with
 * counts made by hand.
 */
import type { Payload } from 'payload'

import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { addChinaWorkingDays } from '../cms/src/calendar/chinaCalendar'
import { REPLY_APPROVED } from '../cms/src/collections/Messages/hooks/handleMessageTransition'
import { messageCounts } from '../cms/src/interaction/office/deadlineLists'
import { runInteractionAlarms } from '../cms/src/interaction/office'
import { bootPayload, type TestPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { reqFor, userId } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
const { get, errorOf } = restClient(() => ctx)

const OFFICE = 'interaction@demo.gov.cn'
const EDU_OFFICER = 'officer@demo.gov.cn'
const EDU_HEAD = 'head@demo.gov.cn'
const HEALTH_OFFICER = 'officer.health@demo.gov.cn'
const DAY = 86_400_000

const types: Record<string, number> = {}
const units: Record<'education' | 'health', number> = { education: 0, health: 0 }

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  const found = await payload.find({ collection: 'message-types', pagination: false, depth: 0, overrideAccess: true })
  for (const t of found.docs) types[t.code] = t.id
  const unitId = async (name: string) => (await payload.find({ collection: 'units', where: { name: { equals: name } }, limit: 1, overrideAccess: true })).docs[0].id
  units.education = await unitId('县教育局')
  units.health = await unitId('县卫生健康委员会')
  await payload.updateGlobal({ slug: 'interaction-settings', data: { ratingWindowDays: 20, dueSoonDays: 3 }, overrideAccess: true })
})

afterAll(async () => {
  vi.restoreAllMocks()
  await ctx?.close()
})

type MessageSpec = {
  receivedAt: Date
  type?: string
  status?: 'received' | 'refused' | 'assigned' | 'answered'
  unit?: number
  dueAt?: Date
  repliedAt?: Date
  rating?: 'satisfied' | 'basic' | 'unsatisfied'
  title?: string
}

let serial = 0
/** A message as the office would have it at that point, its dates set directly (the transitions stamp "now"). */
async function message(spec: MessageSpec) {
  serial++
  const created = await payload.create({
    collection: 'messages',
    overrideAccess: true,
    data: {
      type: types[spec.type ?? 'consultation'],
      title: spec.title ?? `测试留言${serial}`,
      content: `关于学校周边交通安全的咨询，第${serial}件。`,
      name: `留言人${serial}`,
      mobile: `1380000${String(1000 + serial).slice(-4)}`,
      receivedAt: spec.receivedAt.toISOString(),
    } as never,
  })
  const status = spec.status ?? 'received'
  if (status === 'received') return created
  return payload.update({
    collection: 'messages',
    id: created.id,
    overrideAccess: true,
    context: { [REPLY_APPROVED]: true },
    data: {
      status,
      unit: status === 'refused' ? null : (spec.unit ?? units.education),
      refusalReason: status === 'refused' ? 'outOfScope' : null,
      handledAt: spec.receivedAt.toISOString(),
      assignedAt: status === 'refused' ? null : spec.receivedAt.toISOString(),
      dueAt: spec.dueAt?.toISOString() ?? null,
      repliedAt: spec.repliedAt?.toISOString() ?? null,
      replyText: spec.repliedAt ? '您好，您反映的问题已处理。' : null,
      rating: spec.rating ? { value: spec.rating, ratedAt: spec.repliedAt?.toISOString() } : undefined,
    } as never,
  })
}

const reload = (id: number) => payload.findByID({ collection: 'messages', id, overrideAccess: true, depth: 0 })

async function noticesOf(id: number) {
  const found = await payload.find({
    collection: 'workflow-notifications',
    where: { link: { equals: `/admin/collections/messages/${id}` } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs as unknown as { recipient: number; title: string; message?: string; kind: string }[]
}

describe('30/60/80-day alarms', () => {
  const now = new Date('2026-11-20T02:00:00.000Z')
  const ago = (days: number) => new Date(now.getTime() - days * DAY)

  it('alarms once per level at 30, 60 and 80 days, to the office and the handling unit only, in the admin and by mail', async () => {
    const sent: { to: string; subject: string; text: string }[] = []
    const sendEmail = vi.spyOn(payload, 'sendEmail').mockImplementation(async (message) => {
      sent.push(message as never)
      return undefined as never
    })
    const m29 = await message({ receivedAt: ago(29), status: 'assigned' })
    const m31 = await message({ receivedAt: ago(31), status: 'assigned', title: '三十一天的留言' })
    const m61 = await message({ receivedAt: ago(61), status: 'assigned' })
    const m81 = await message({ receivedAt: ago(81), status: 'received' })
    const answered = await message({ receivedAt: ago(81), status: 'answered', dueAt: ago(60), repliedAt: ago(50), rating: 'satisfied' })
    const refused = await message({ receivedAt: ago(81), status: 'refused' })

    const first = await runInteractionAlarms(payload, now)
    expect(first.alarms).toBeGreaterThanOrEqual(3)

    expect((await reload(m29.id)).alerts).toMatchObject({ day30At: null, day60At: null, day80At: null })
    expect(await noticesOf(m29.id)).toHaveLength(0)

    const office = await userId(payload, OFFICE)
    const eduOfficer = await userId(payload, EDU_OFFICER)
    const eduHead = await userId(payload, EDU_HEAD)
    const healthOfficer = await userId(payload, HEALTH_OFFICER)

    const a31 = (await reload(m31.id)).alerts!
    expect(a31.day30At).toBe(now.toISOString())
    expect(a31.day60At ?? null).toBeNull()
    const n31 = await noticesOf(m31.id)
    const recipients31 = n31.map((n) => n.recipient)
    expect(recipients31).toEqual(expect.arrayContaining([office, eduOfficer, eduHead]))
    expect(recipients31).not.toContain(healthOfficer)
    // One notice per person.
    expect(new Set(recipients31).size).toBe(recipients31.length)
    expect(n31[0]).toMatchObject({ kind: 'overdue', title: '留言已30天未答复：《三十一天的留言》' })
    expect(n31[0].message).toContain('县教育局')

    const a61 = (await reload(m61.id)).alerts!
    expect(a61.day60At).toBe(now.toISOString())
    expect(a61.day80At ?? null).toBeNull()
    const n61 = await noticesOf(m61.id)
    expect(n61.every((n) => n.title.startsWith('留言已60天未答复'))).toBe(true)
    expect(new Set(n61.map((n) => n.recipient)).size).toBe(n61.length)

    // 待受理: no unit yet, so the office alone is told.
    expect((await reload(m81.id)).alerts!.day80At).toBe(now.toISOString())
    const n81 = await noticesOf(m81.id)
    expect(n81.length).toBeGreaterThan(0)
    expect(n81.every((n) => n.title.startsWith('留言已80天未答复'))).toBe(true)
    expect(n81.map((n) => n.recipient)).toContain(office)
    expect(n81.map((n) => n.recipient)).not.toContain(eduOfficer)

    for (const done of [answered, refused]) {
      expect((await reload(done.id)).alerts).toMatchObject({ day30At: null, day60At: null, day80At: null })
      expect(await noticesOf(done.id)).toHaveLength(0)
    }

    // The mail: to the unit's head, naming the code and the level, never the citizen or the title.
    const toHead = sent.filter((m) => m.to === EDU_HEAD && m.text.includes(String(m31.queryCode)))
    expect(toHead).toHaveLength(1)
    expect(toHead[0].subject).toContain('30天未答复')
    expect(toHead[0].text).not.toContain('三十一天的留言')
    expect(toHead[0].text).not.toContain('留言人')
    expect(sent.some((m) => m.to === HEALTH_OFFICER)).toBe(false)

    // Not sent twice: the same clock, and a day later.
    const code31 = String((await reload(m31.id)).queryCode)
    const mailsOf31 = () => sent.filter((m) => m.text.includes(code31)).length
    const mails31 = mailsOf31()
    expect(mails31).toBe(new Set(sent.filter((m) => m.text.includes(code31)).map((m) => m.to)).size)
    await runInteractionAlarms(payload, now)
    await runInteractionAlarms(payload, new Date(now.getTime() + DAY))
    expect(await noticesOf(m31.id)).toHaveLength(n31.length)
    expect(await noticesOf(m61.id)).toHaveLength(n61.length)
    expect(await noticesOf(m81.id)).toHaveLength(n81.length)
    expect(mailsOf31()).toBe(mails31)
    expect((await reload(m31.id)).alerts!.day30At).toBe(now.toISOString())

    // 30 days on, the 31-day message reaches 61 days: its 60-day alarm goes out, once.
    await runInteractionAlarms(payload, new Date(now.getTime() + 30 * DAY))
    const later = await noticesOf(m31.id)
    expect(later).toHaveLength(n31.length * 2)
    expect(later.filter((n) => n.title.startsWith('留言已60天未答复'))).toHaveLength(n31.length)
    // And the 29-day one its 30-day alarm (59 days).
    expect((await reload(m29.id)).alerts!.day30At).toBeTruthy()
    expect((await reload(m29.id)).alerts!.day60At ?? null).toBeNull()
    sendEmail.mockRestore()
  })

  it('runs as the scheduled job on the workflow queue', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'interactionAlarms')
    expect(task?.schedule?.[0]).toMatchObject({ queue: 'workflow' })
    const job = await payload.jobs.queue({ task: 'interactionAlarms', input: {} as never, queue: 'workflow' })
    const result = await payload.jobs.runByID({ id: job.id })
    expect(result.jobStatus?.[String(job.id)]).toEqual({ status: 'success' })
  })
})

describe('the satisfaction window', () => {
  // Thursday 24 September 2026, 10:00 China time: 中秋 and 国庆 fall into the window, 10 October is worked.
  const repliedAt = new Date('2026-09-24T02:00:00.000Z')

  it('defaults an unrated reply to 满意 when the 20th working day has passed, and not a day before', async () => {
    const closes = addChinaWorkingDays(repliedAt, 20).dueAt
    // By hand: 9/28–30 (3), 10/8–10 (6, the 10th a 调休 Saturday), 10/12–16 (11), 10/19–23 (16), 10/26–29 (20).
    expect(closes.toISOString()).toBe('2026-10-29T15:59:59.000Z')
    const unrated = await message({ receivedAt: new Date('2026-09-21T02:00:00.000Z'), status: 'answered', dueAt: new Date('2026-10-09T15:59:59.999Z'), repliedAt })
    const rated = await message({ receivedAt: new Date('2026-09-21T02:00:00.000Z'), status: 'answered', dueAt: new Date('2026-10-09T15:59:59.999Z'), repliedAt, rating: 'basic' })

    // Twenty weekdays (Monday–Friday, no holidays) would have ended on 22 October.
    await runInteractionAlarms(payload, new Date('2026-10-23T02:00:00.000Z'))
    expect((await reload(unrated.id)).rating?.value ?? null).toBeNull()
    await runInteractionAlarms(payload, new Date(closes.getTime() - DAY))
    expect((await reload(unrated.id)).rating?.value ?? null).toBeNull()

    await runInteractionAlarms(payload, new Date(closes.getTime() + 1000))
    expect((await reload(unrated.id)).rating).toMatchObject({ value: 'satisfied', defaulted: true, ratedAt: closes.toISOString() })
    expect((await reload(rated.id)).rating).toMatchObject({ value: 'basic' })
    expect((await reload(rated.id)).rating?.defaulted ?? false).toBe(false)
  })
})

describe('deadline lists', () => {
  let edu: { id: number; queryCode?: string | null }
  let health: { id: number; queryCode?: string | null }

  beforeAll(async () => {
    const now = new Date()
    edu = await message({ receivedAt: new Date(now.getTime() - 5 * DAY), status: 'assigned', unit: units.education, dueAt: addChinaWorkingDays(now, 1).dueAt, title: '教育局即将到期' })
    health = await message({ receivedAt: new Date(now.getTime() - 35 * DAY), status: 'assigned', unit: units.health, dueAt: new Date(now.getTime() - DAY), title: '卫健委已逾期' })
  })

  type Lists = { scope: string; overdue: { id: number; name: string }[]; dueSoon: { id: number; name: string }[]; alarms: Record<'day30' | 'day60' | 'day80', { id: number }[]> }
  const ids = (lists: Lists) => [...lists.overdue, ...lists.dueSoon, ...lists.alarms.day30, ...lists.alarms.day60, ...lists.alarms.day80].map((r) => r.id)

  it('shows a unit its own messages only, and the office every unit’s', async () => {
    const eduLists = (await (await get('/api/messages/deadlines', EDU_OFFICER)).json()) as Lists
    expect(eduLists.scope).toBe('unit')
    expect(eduLists.dueSoon.map((r) => r.id)).toContain(edu.id)
    expect(eduLists.dueSoon.find((r) => r.id === edu.id)?.name).toMatch(/^留言人/)
    expect(ids(eduLists)).not.toContain(health.id)

    const healthLists = (await (await get('/api/messages/deadlines', HEALTH_OFFICER)).json()) as Lists
    expect(healthLists.overdue.map((r) => r.id)).toContain(health.id)
    expect(healthLists.alarms.day30.map((r) => r.id)).toContain(health.id)
    expect(ids(healthLists)).not.toContain(edu.id)

    const all = (await (await get('/api/messages/deadlines', OFFICE)).json()) as Lists
    expect(all.scope).toBe('all')
    expect(all.dueSoon.map((r) => r.id)).toContain(edu.id)
    expect(all.overdue.map((r) => r.id)).toContain(health.id)
  })

  it('refuses those who handle no messages', async () => {
    expect((await get('/api/messages/deadlines')).status).toBe(401)
    const response = await get('/api/messages/deadlines', 'sysadmin@demo.gov.cn')
    expect(response.status).toBe(403)
    expect(await errorOf(response)).toContain('互动交流管理员')
  })

  it('records the read of the listed names on the audit chain', async () => {
    const officer = await userId(payload, EDU_OFFICER)
    const before = await payload.count({ collection: 'audit-log' as never, where: { and: [{ actor: { equals: officer } }, { action: { equals: 'personalDataRead' } }] }, overrideAccess: true })
    expect((await get('/api/messages/deadlines', EDU_OFFICER)).status).toBe(200)
    const records = await payload.find({
      collection: 'audit-log' as never,
      where: { and: [{ actor: { equals: officer } }, { action: { equals: 'personalDataRead' } }] },
      sort: '-at',
      overrideAccess: true,
      depth: 0,
    })
    expect(records.totalDocs).toBe(before.totalDocs + 1)
    const record = records.docs[0] as unknown as { docCollection: string; detail: string }
    expect(record.docCollection).toBe('messages')
    expect(record.detail).toContain(String(edu.queryCode))
    expect(record.detail).not.toContain(String(health.queryCode))
  })

  it('counts the start page’s figures per scope', async () => {
    const req = await reqFor(payload, HEALTH_OFFICER)
    const counts = await messageCounts(req, { kind: 'unit', unit: units.health })
    const where = { and: [{ unit: { equals: units.health } }, { status: { in: ['received', 'assigned'] } }, { dueAt: { less_than: new Date().toISOString() } }] }
    const overdue = await payload.count({ collection: 'messages', where: where as never, overrideAccess: true })
    expect(counts.overdue).toBe(overdue.totalDocs)
    expect(counts.overdue).toBeGreaterThanOrEqual(1)
    expect(counts.day30).toBeGreaterThanOrEqual(1)
    expect(counts.received).toBe(0)
  })
})

describe('the start page', () => {
  const userAs = async (email: string) => ({ ...(await payload.findByID({ collection: 'users', id: await userId(payload, email), depth: 0, overrideAccess: true })), collection: 'users' })
  type Tiles = { props: { title: string; tiles: { key: string; count: number; href: string }[] } }

  it('shows the counts to those who handle messages, for their scope, and to nobody else', async () => {
    const { InteractionDashboard } = await import('../cms/src/components/InteractionDashboard')
    const render = async (email: string) => (await InteractionDashboard({ payload, user: await userAs(email) } as never)) as Tiles | null
    // 三员 handle no messages; a unit that never had one gets no block.
    expect(await render('sysadmin@demo.gov.cn')).toBeNull()
    expect(await render('officer.finance@demo.gov.cn')).toBeNull()

    const health = (await render(HEALTH_OFFICER))!
    expect(health.props.title).toBe('互动交流（本单位）')
    const tiles = Object.fromEntries(health.props.tiles.map((t) => [t.key, t]))
    expect(Object.keys(tiles)).toEqual(['assigned', 'dueSoon', 'overdue', 'day30', 'day60', 'day80'])
    const req = await reqFor(payload, HEALTH_OFFICER)
    const counts = await messageCounts(req, { kind: 'unit', unit: units.health })
    expect(tiles.overdue.count).toBe(counts.overdue)
    expect(tiles.overdue.href).toBe('/admin/interaction/deadlines#overdue')
    expect(tiles.day30.href).toBe('/admin/interaction/deadlines#day30')

    const office = (await render(OFFICE))!
    expect(office.props.title).toBe('互动交流（全部承办单位）')
    expect(office.props.tiles[0]).toMatchObject({ key: 'received', href: '/admin/collections/messages?where[status][equals]=received' })
    const all = await messageCounts(req, { kind: 'all' })
    expect(office.props.tiles.map((t) => t.count)).toEqual([all.received, all.assigned, all.dueSoon, all.overdue, all.day30, all.day60, all.day80])
    expect(all.overdue).toBeGreaterThanOrEqual(counts.overdue)
  })
})

describe('statistics', () => {
  // 2024 has no holiday data: working days are Monday–Friday. China time 09:00 = 01:00Z.
  const at = (day: string, hour = 9) => new Date(`${day}T${String(hour - 8).padStart(2, '0')}:00:00.000Z`)
  const endOf = (day: string) => new Date(`${day}T15:59:59.999Z`)

  beforeAll(async () => {
    const { education: E, health: H } = units
    // 1. 教育局 咨询: 4 working days, on time, 满意
    await message({ receivedAt: at('2024-03-04'), status: 'answered', unit: E, dueAt: endOf('2024-03-11'), repliedAt: at('2024-03-08', 10), rating: 'satisfied' })
    // 2. 教育局 投诉: 10 working days, late, 不满意
    await message({ type: 'complaint', receivedAt: at('2024-03-05'), status: 'answered', unit: E, dueAt: endOf('2024-03-12'), repliedAt: at('2024-03-19', 10), rating: 'unsatisfied' })
    // 3. 教育局 咨询: in progress
    await message({ receivedAt: at('2024-04-01'), status: 'assigned', unit: E, dueAt: endOf('2024-04-08') })
    // 4. 卫健委 咨询: 1 working day, on time, 基本满意
    await message({ receivedAt: at('2024-03-06'), status: 'answered', unit: H, dueAt: endOf('2024-03-13'), repliedAt: at('2024-03-07', 10), rating: 'basic' })
    // 5. 卫健委 投诉: 5 working days, on time, not rated
    await message({ type: 'complaint', receivedAt: at('2024-04-02'), status: 'answered', unit: H, dueAt: endOf('2024-04-16'), repliedAt: at('2024-04-09', 10) })
    // 6. 咨询 not yet accepted; 7. 咨询 refused: both 未转办
    await message({ receivedAt: at('2024-03-10') })
    await message({ receivedAt: at('2024-04-03'), status: 'refused' })
    // Outside the period.
    await message({ receivedAt: at('2024-02-29'), status: 'answered', unit: E, dueAt: endOf('2024-03-07'), repliedAt: at('2024-03-01', 10) })
    await message({ receivedAt: at('2024-05-06'), status: 'assigned', unit: H, dueAt: endOf('2024-05-13') })
  })

  const figures = ['received', 'accepted', 'refused', 'answered', 'answeredOnTime', 'open', 'avgWorkingDays', 'satisfied', 'basic', 'unsatisfied', 'satisfactionRate'] as const
  type Figures = Record<(typeof figures)[number], number | null>
  const row = (...values: (number | null)[]): Figures => Object.fromEntries(figures.map((f, i) => [f, values[i]])) as Figures

  // By hand from the nine messages above.
  const EDU = row(3, 3, 0, 2, 1, 1, 7, 1, 0, 1, 50)
  const HEALTH = row(2, 2, 0, 2, 2, 0, 3, 0, 1, 0, 100)
  const UNASSIGNED = row(2, 0, 1, 0, 0, 1, null, 0, 0, 0, null)
  const TOTAL = row(7, 5, 1, 4, 3, 2, 5, 1, 1, 1, 66.7)
  const CONSULTATION = row(5, 3, 1, 2, 2, 2, 2.5, 1, 1, 0, 100)
  const COMPLAINT = row(2, 2, 0, 2, 1, 0, 7.5, 0, 0, 1, 0)
  const MARCH = row(4, 3, 0, 3, 2, 1, 5, 1, 1, 1, 66.7)
  const APRIL = row(3, 2, 1, 1, 1, 1, 5, 0, 0, 0, null)

  const pick = (r: Record<string, unknown>) => Object.fromEntries(figures.map((f) => [f, r[f]]))

  it('gives the office every unit’s row as JSON, by type and by month', async () => {
    const response = await get('/api/messages/stats?from=2024-03&to=2024-04', OFFICE)
    expect(response.status).toBe(200)
    const report = (await response.json()) as { rows: Record<string, unknown>[]; total: Record<string, unknown>; byType: Record<string, unknown>[]; byMonth: Record<string, unknown>[] }
    expect(report.rows.map((r) => r.unitName)).toEqual(['县教育局', '县卫生健康委员会', '未转办'])
    expect(report.rows.map(pick)).toEqual([EDU, HEALTH, UNASSIGNED])
    expect(pick(report.total)).toEqual(TOTAL)
    expect(pick(report.byType.find((t) => t.typeCode === 'consultation')!)).toEqual(CONSULTATION)
    expect(pick(report.byType.find((t) => t.typeCode === 'complaint')!)).toEqual(COMPLAINT)
    expect(report.byMonth.map((m) => m.month)).toEqual(['2024-03', '2024-04'])
    expect(report.byMonth.map(pick)).toEqual([MARCH, APRIL])

    const complaints = (await (await get('/api/messages/stats?from=2024-03&to=2024-04&type=complaint', OFFICE)).json()) as { total: Record<string, unknown>; byType: unknown[] }
    expect(pick(complaints.total)).toEqual(COMPLAINT)
    expect(complaints.byType).toEqual([])
  })

  /** The figures of a sheet by the first column's label, read back from the file. */
  function sheetRows(sheet: ExcelJS.Worksheet): Map<string, Figures> {
    const header = (sheet.getRow(2).values as unknown[]).slice(1).map(String)
    expect(header.slice(1)).toEqual(['收到留言', '受理', '不予受理', '已答复', '按期答复', '办理中（含待受理）', '平均办理用时（工作日）', '满意', '基本满意', '不满意', '满意率'])
    const rows = new Map<string, Figures>()
    for (let r = 3; r <= sheet.rowCount; r++) {
      const values = (sheet.getRow(r).values as unknown[]).slice(1)
      const cells = figures.map((_, i) => (values[i + 1] === undefined || values[i + 1] === null ? null : Number(values[i + 1])))
      // The rate is stored as a fraction formatted as a percentage.
      cells[10] = cells[10] === null ? null : Math.round(cells[10] * 1000) / 10
      rows.set(String(values[0]), row(...cells))
    }
    return rows
  }

  it('exports the same figures as .xlsx, read back equal to the hand count', async () => {
    const response = await get('/api/messages/stats?from=2024-03&to=2024-04&format=xlsx', OFFICE)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain('互动交流留言受理反馈情况统计（2024年3月至2024年4月）.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['按承办单位', '按留言类型', '按月份'])
    expect(String(workbook.worksheets[0].getCell(1, 1).value)).toBe('互动交流留言受理反馈情况统计（2024年3月至2024年4月）')

    const units = sheetRows(workbook.getWorksheet('按承办单位')!)
    expect([...units.keys()]).toEqual(['县教育局', '县卫生健康委员会', '未转办', '合计'])
    expect(units.get('县教育局')).toEqual(EDU)
    expect(units.get('县卫生健康委员会')).toEqual(HEALTH)
    expect(units.get('未转办')).toEqual(UNASSIGNED)
    expect(units.get('合计')).toEqual(TOTAL)

    const byType = sheetRows(workbook.getWorksheet('按留言类型')!)
    const typeNames = await payload.find({ collection: 'message-types', where: { code: { in: ['consultation', 'complaint'] } }, overrideAccess: true, depth: 0 })
    const nameOf = (code: string) => typeNames.docs.find((t) => t.code === code)!.name
    expect(byType.get(nameOf('consultation'))).toEqual(CONSULTATION)
    expect(byType.get(nameOf('complaint'))).toEqual(COMPLAINT)
    expect(byType.get('合计')).toEqual(TOTAL)

    const months = sheetRows(workbook.getWorksheet('按月份')!)
    expect(months.get('2024年3月')).toEqual(MARCH)
    expect(months.get('2024年4月')).toEqual(APRIL)
  })

  it('gives a unit’s officer its own row only, and nobody else anything', async () => {
    const json = (await (await get('/api/messages/stats?from=2024-03&to=2024-04', HEALTH_OFFICER)).json()) as { scope: string; rows: Record<string, unknown>[]; total: Record<string, unknown> }
    expect(json.scope).toBe('unit')
    expect(json.rows.map((r) => r.unitName)).toEqual(['县卫生健康委员会'])
    expect(pick(json.total)).toEqual(HEALTH)

    const response = await get('/api/messages/stats?from=2024-03&to=2024-04&format=xlsx', HEALTH_OFFICER)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const rows = sheetRows(workbook.getWorksheet('按承办单位')!)
    expect([...rows.keys()]).toEqual(['县卫生健康委员会'])
    expect(rows.get('县卫生健康委员会')).toEqual(HEALTH)

    expect((await get('/api/messages/stats?from=2024-03&to=2024-04')).status).toBe(401)
    expect((await get('/api/messages/stats?from=2024-03&to=2024-04', 'sysadmin@demo.gov.cn')).status).toBe(403)
    expect((await get('/api/messages/stats?from=2024-03&to=2024-04', 'auditor@demo.gov.cn')).status).toBe(403)
  })

  it('says in Chinese what is wrong with the query', async () => {
    const bad = await get('/api/messages/stats?from=2024-13', OFFICE)
    expect(bad.status).toBe(400)
    expect(await errorOf(bad)).toContain('参数 from')
    expect(await errorOf(await get('/api/messages/stats?from=2024-05&to=2024-03', OFFICE))).toContain('起始月份不能晚于截止月份')
    expect(await errorOf(await get('/api/messages/stats?type=nonsense', OFFICE))).toContain('参数 type')
  })
})
