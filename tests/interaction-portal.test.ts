/**
 * 互动交流 on the portal: citizens' messages answered through the review workflow; the approved
 * replies marked 公开 are published (list, detail, home block), the message types, the 领导信箱
 * leaders and the monthly figures too — and nothing personal: a private reply and a reply still
 * in review are nowhere, and no file of the built portal holds a citizen's name, mobile number or
 * email. One more approved public reply re-renders only the /hudong/ pages.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { submit, workflowOptions } from '@gov/review-workflow'

import { messageStats } from '../cms/src/interaction/stats'
import { statsMonths } from '../cms/src/publishing/exportInteraction'
import { publishPortal } from '../cms/src/publishing/publishPortal'
import { publishThroughReview } from '../seed/workflow'
import { attr, filesUnder, inspect, textOf } from './helpers/builtPortal'
import { bootPayload, type TestPayload } from './helpers/payload'
import { sitemapText } from './helpers/publishing'
import { reqFor, userId } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-interaction-portal-'))
const live = path.join(tmp, 'current')
const content = () => path.join(`${live}.work`, 'content')
const read = (file: string) => fs.readFileSync(path.join(live, file), 'utf8')
const exists = (file: string) => fs.existsSync(path.join(live, file))

type Citizen = { name: string; mobile: string; email: string }
type Case = Citizen & { title: string; content: string; reply: string; replyPublic: boolean }

/** Answered, approved and public: on the portal (its reply text is written to be escaped). */
const PUBLISHED: Case = {
  name: '欧阳明远',
  mobile: '13912340871',
  email: 'ouyang.mingyuan@example.com',
  title: '城区小学新学期学区划分何时公布',
  content: '孩子明年上小学，想了解今年城区小学学区划分方案什么时候公布，在哪里可以查到。',
  reply: '您好！2027年城区小学学区划分方案预计于4月在县教育局网站公布。<img src=x onerror=alert(1)>请留意“招生入学”专栏。',
  replyPublic: true,
}
/** Answered and approved, but not for the portal (the office unticked 公开). */
const PRIVATE: Case = {
  name: '司马静怡',
  mobile: '13887652290',
  email: 'sima.jingyi@example.net',
  title: '幼儿园保育费退费办理进度',
  content: '孩子转园后，原幼儿园的保育费退费申请已提交一个月，想了解办理进度。',
  reply: '保育费退费私密答复：经核实，您的退费申请已审核通过，款项将于本月底前退回。',
  replyPublic: false,
}
/** Public, but its reply is still waiting for the unit head's signature. */
const IN_REVIEW: Case = {
  name: '诸葛文博',
  mobile: '13700163344',
  email: 'zhuge.wenbo@example.org',
  title: '校车接送路线调整的建议',
  content: '建议将城东片区校车接送点增设在新建小区门口，方便学生上下学。',
  reply: '尚在审核的答复：关于校车接送点的建议，我局正在会同交通部门研究。',
  replyPublic: true,
}
/** Approved after the first publish: the incremental path. */
const LATER: Case = {
  name: '慕容晓雪',
  mobile: '13655507719',
  email: 'murong.xiaoxue@example.com',
  title: '中小学课后服务收费标准咨询',
  content: '请问县城中小学课后服务每学期收费标准是多少，低保家庭能否减免？',
  reply: '课后服务收费答复：课后服务按每生每学期300元收取，低保、特困家庭学生予以免收。',
  replyPublic: true,
}

const ids = { published: 0, private: 0, inReview: 0, later: 0 }
let officerId = 0
let educationId = 0

async function typeId(code: string) {
  const found = await payload.find({ collection: 'message-types', where: { code: { equals: code } }, limit: 1, overrideAccess: true, depth: 0 })
  if (!found.docs[0]) throw new Error(`no message type ${code}`)
  return found.docs[0].id
}

/** A citizen's consultation, accepted by the interaction office and handed to 县教育局. */
async function assignedMessage(c: Case) {
  const message = await payload.create({
    collection: 'messages',
    overrideAccess: true,
    data: { type: await typeId('consultation'), title: c.title, content: c.content, name: c.name, mobile: c.mobile, email: c.email, publishConsent: true } as never,
  })
  const office = await reqFor(payload, 'interaction@demo.gov.cn')
  await payload.update({ collection: 'messages', id: message.id, req: office, overrideAccess: false, data: { status: 'assigned', unit: educationId } as never })
  return message.id
}

/** The unit's officer drafts the reply; `approve` takes it through the review (the unit head signs). */
async function reply(c: Case, { approve }: { approve: boolean }) {
  const messageId = await assignedMessage(c)
  const officer = await reqFor(payload, 'officer@demo.gov.cn')
  const draft = await payload.create({
    collection: 'message-replies',
    draft: true,
    req: officer,
    overrideAccess: false,
    data: { message: messageId, text: c.reply, public: c.replyPublic, _status: 'draft' } as never,
  })
  if (approve) await publishThroughReview(payload, { collection: 'message-replies', id: draft.id, authorId: officerId, opinion: '同意答复。' })
  else await submit(officer, workflowOptions(payload), { collection: 'message-replies', id: draft.id })
  return draft.id
}

async function clearQueue() {
  await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishPortal' } }, overrideAccess: true })
}

async function lastLog() {
  return (await payload.find({ collection: 'publish-logs', sort: '-startedAt', limit: 1, overrideAccess: true })).docs[0]
}

/** Names, mobiles and emails of every message in the CMS (the seed's and this file's). */
async function citizens(): Promise<Citizen[]> {
  const messages = await payload.find({ collection: 'messages', pagination: false, overrideAccess: true, depth: 0 })
  return messages.docs.map((m) => ({ name: m.name, mobile: m.mobile, email: m.email ?? '' }))
}

beforeAll(async () => {
  process.env.PORTAL_DIR = live
  process.env.PUBLISH_BATCH_MS = '0'
  process.env.CMS_PUBLIC_URL = 'https://cms.example.gov.cn'
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
  officerId = await userId(payload, 'officer@demo.gov.cn')
  educationId = (await payload.find({ collection: 'units', where: { name: { equals: '县教育局' } }, limit: 1, overrideAccess: true })).docs[0].id
  ids.published = await reply(PUBLISHED, { approve: true })
  ids.private = await reply(PRIVATE, { approve: true })
  ids.inReview = await reply(IN_REVIEW, { approve: false })
  const first = await publishPortal(payload, { trigger: '首次发布' })
  expect(first).toMatchObject({ status: 'succeeded', mode: 'full' })
  await clearQueue()
}, 600_000)

afterAll(async () => {
  await ctx?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
  delete process.env.CMS_PUBLIC_URL
})

describe('互动交流 on the portal', () => {
  it('publishes an approved public reply: its page with the question, 留言类型, 受理日期, 答复单位, 答复日期 and the reply, escaped', async () => {
    const doc = await payload.findByID({ collection: 'message-replies', id: ids.published, overrideAccess: true, depth: 0 })
    expect(doc._status).toBe('published')
    const html = read(`hudong/reply/${ids.published}/index.html`)
    const page = inspect(html)
    expect(page.text('h1')).toEqual([PUBLISHED.title])
    const facts = page.text('dl')[0]
    expect(facts).toContain('留言类型')
    expect(facts).toContain('咨询')
    expect(facts).toContain('受理日期')
    expect(facts).toContain('答复单位')
    expect(facts).toContain('县教育局')
    expect(facts).toContain('答复日期')
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(doc.updatedAt))
    const [y, m, d] = day.split('-').map(Number)
    expect(facts).toContain(`${y}年${m}月${d}日`)
    expect(html).toContain(`<time datetime="${day}"`)
    expect(page.text('p')).toEqual(expect.arrayContaining([PUBLISHED.content, PUBLISHED.reply]))
    // What the citizen or the unit typed is text, never markup.
    expect(page.all('img')).toEqual([])
    expect(page.handlers).toEqual([])
    expect(page.scripts.filter((s) => s.includes('alert'))).toEqual([])
    expect(html).toContain('<meta name="ColumnName" content="留言答复选登">')
    expect(html).toMatch(/<article[^>]*data-pagefind-body/)
    // Listed in the section, on the list pages, on the home page, in the sitemap.
    for (const file of ['hudong/index.html', 'hudong/replies/index.html', 'index.html']) expect(read(file), file).toContain(`href="/hudong/reply/${ids.published}/"`)
    expect(sitemapText(live)).toContain(`/hudong/reply/${ids.published}/`)
  })

  it('never publishes a reply not marked 公开, nor one still in review', async () => {
    for (const id of [ids.private, ids.inReview]) expect(exists(`hudong/reply/${id}`), String(id)).toBe(false)
    const all = filesUnder(live).map((f) => f.text).join('\n')
    for (const text of [PRIVATE.reply, PRIVATE.title, PRIVATE.content, IN_REVIEW.reply, IN_REVIEW.title, IN_REVIEW.content]) expect(all).not.toContain(text)
    const snapshot = fs.readFileSync(path.join(content(), 'interaction.json'), 'utf8')
    for (const text of [PRIVATE.reply, IN_REVIEW.reply]) expect(snapshot).not.toContain(text)
  })

  it('has no citizen’s name, mobile number or email in any file of the portal or its snapshot', async () => {
    const people = await citizens()
    expect(people.length).toBeGreaterThanOrEqual(4)
    const files = [...filesUnder(live), ...filesUnder(content()).map((f) => ({ ...f, file: `content/${f.file}` }))]
    expect(files.length).toBeGreaterThan(50)
    const leaks: string[] = []
    for (const person of people) {
      for (const value of [person.name, person.mobile, person.email].filter(Boolean)) {
        for (const { file, text } of files) if (text.includes(value)) leaks.push(`${value} in ${file}`)
      }
    }
    expect(leaks).toEqual([])
    // The snapshot carries only what the portal shows of a reply.
    const snapshot = JSON.parse(fs.readFileSync(path.join(content(), 'interaction.json'), 'utf8')) as { replies: Record<string, unknown>[] }
    for (const r of snapshot.replies) expect(Object.keys(r).sort()).toEqual(['handledAt', 'id', 'question', 'receivedAt', 'repliedAt', 'text', 'title', 'typeCode', 'typeName', 'unitName'])
  })

  it('offers a form per message type that posts every field to the CMS endpoint and works without JavaScript', async () => {
    const types = await payload.find({ collection: 'message-types', where: { enabled: { equals: true } }, overrideAccess: true, pagination: false, depth: 0 })
    expect(types.docs.map((t) => t.code)).toEqual(expect.arrayContaining(['leaderMailbox', 'consultation', 'complaint', 'suggestion']))
    for (const type of types.docs) {
      const page = inspect(read(`hudong/write/${type.code}/index.html`))
      const form = page.all('form').find((f) => attr(f, 'action')?.endsWith('/api/interaction/messages'))!
      expect(form, type.code).toBeDefined()
      expect(attr(form, 'action')).toBe('https://cms.example.gov.cn/api/interaction/messages')
      expect(attr(form, 'method')).toBe('post')
      expect(attr(form, 'enctype')).toBe('multipart/form-data')
      const names = page.all('input').concat(page.all('textarea'), page.all('select')).map((e) => attr(e, 'name'))
      expect(names).toEqual(expect.arrayContaining(['type', 'title', 'content', 'name', 'mobile', 'email', 'publishConsent', 'attachments', 'website']))
      expect(page.all('input').find((i) => attr(i, 'name') === 'type' && attr(i, 'type') === 'hidden')?.attrs).toContainEqual({ name: 'value', value: type.code })
      if (type.needsLeader) expect(names).toContain('leader')
      // Every visible field has a label.
      const labelled = new Set(page.all('label').map((l) => attr(l, 'for')))
      for (const field of ['title', 'content', 'name', 'mobile', 'email']) {
        const input = page.all('input').concat(page.all('textarea')).find((e) => attr(e, 'name') === field)!
        expect(labelled.has(attr(input, 'id')), field).toBe(true)
      }
    }
    // The general form lets the citizen choose; the leaders of the 领导信箱 with their posts.
    const general = inspect(read('hudong/write/index.html'))
    expect(general.all('input').filter((i) => attr(i, 'type') === 'radio' && attr(i, 'name') === 'type').map((i) => attr(i, 'value'))).toEqual(types.docs.map((t) => t.code))
    const leaders = await payload.find({ collection: 'mailbox-leaders', where: { active: { equals: true } }, overrideAccess: true, pagination: false, sort: 'order' })
    expect(leaders.docs.length).toBeGreaterThan(0)
    const index = read('hudong/index.html')
    for (const leader of leaders.docs) {
      expect(index).toContain(leader.name)
      expect(index).toContain(leader.title)
    }
    // The pages' scripts are files of their own (an inline one would need its hash in the CSP).
    const inlineOf = (file: string) => inspect(read(file)).all('script').filter((s) => !attr(s, 'src')).map(textOf)
    const layouts = new Set(inlineOf('index.html'))
    for (const file of ['hudong/write/index.html', 'hudong/lookup/index.html']) {
      const page = inspect(read(file))
      expect(inlineOf(file).filter((code) => !layouts.has(code)), file).toEqual([])
      const external = page.all('script').map((s) => attr(s, 'src')).filter((src): src is string => Boolean(src))
      expect(external.length, file).toBeGreaterThan(0)
      for (const src of external) expect(exists(src.replace(/^\//, '')), src).toBe(true)
    }
  })

  it('offers the lookup by 查询码 and the last four digits of the mobile number, posting to the CMS', () => {
    const page = inspect(read('hudong/lookup/index.html'))
    const form = page.all('form').find((f) => attr(f, 'action') === 'https://cms.example.gov.cn/api/interaction/lookup')!
    expect(form).toBeDefined()
    expect(attr(form, 'method')).toBe('post')
    const names = page.all('input').map((i) => attr(i, 'name'))
    expect(names).toEqual(expect.arrayContaining(['code', 'phoneLast4']))
    const rating = page.all('form').find((f) => attr(f, 'action') === 'https://cms.example.gov.cn/api/interaction/rating')!
    expect(rating).toBeDefined()
    expect(page.all('input').filter((i) => attr(i, 'name') === 'value').map((i) => attr(i, 'value'))).toEqual(['satisfied', 'basic', 'unsatisfied'])
  })

  it('publishes the monthly figures per unit, as the CMS counts them, with the counting rule', async () => {
    const months = statsMonths(new Date())
    const year = await messageStats(payload, { from: months.at(-1)!.from, to: months[0].to })
    expect(year.total.received).toBeGreaterThanOrEqual(4)
    const html = read('hudong/stats/index.html')
    const page = inspect(html)
    expect(page.text('h2')).toContain('统计口径')
    expect(page.text('caption').length).toBeGreaterThanOrEqual(2)
    const unitTable = page.all('table')[1]
    const rows = unitTable.childNodes!.find((n) => n.nodeName === 'tbody')!.childNodes!.filter((n) => n.nodeName === 'tr')
    const education = rows.find((r) => textOf(r).includes('县教育局'))!
    expect(education).toBeDefined()
    const row = year.rows.find((r) => r.unitName === '县教育局')!
    const cells = education.childNodes!.filter((n) => n.nodeName === 'td').map((n) => textOf(n).trim())
    expect(cells.slice(0, 5)).toEqual([row.received, row.accepted, row.refused, row.answered, row.answeredOnTime].map(String))
    const foot = unitTable.childNodes!.find((n) => n.nodeName === 'tfoot')!.childNodes!.find((n) => n.nodeName === 'tr')!
    expect(textOf(foot.childNodes!.find((n) => n.nodeName === 'th')!)).toBe('合计')
    const totals = foot.childNodes!.filter((n) => n.nodeName === 'td').map((n) => textOf(n).trim())
    expect(totals.slice(0, 5)).toEqual([year.total.received, year.total.accepted, year.total.refused, year.total.answered, year.total.answeredOnTime].map(String))
  })

  it('links the section from the menu, the home page (entries and latest replies), the site map and the seeded notice', async () => {
    const home = read('index.html')
    expect(home).toContain('href="/hudong/"')
    for (const href of ['/hudong/write/leaderMailbox/', '/hudong/write/consultation/', '/hudong/write/complaint/', '/hudong/write/suggestion/', '/hudong/lookup/']) expect(home, href).toContain(`href="${href}"`)
    for (const label of ['领导信箱', '我要咨询', '我要投诉', '我要建议', '留言查询']) expect(home, label).toContain(label)
    expect(inspect(read('columns/yaowen/index.html')).all('nav').some((n) => textOf(n).includes('互动交流'))).toBe(true)
    const sitemap = read('sitemap/index.html')
    for (const href of ['/hudong/', '/hudong/replies/', '/hudong/lookup/', '/hudong/stats/']) expect(sitemap, href).toContain(`href="${href}"`)
    // The holiday notice sends citizens to 我要咨询, which exists.
    const notice = await payload.find({ collection: 'articles', where: { title: { equals: '关于2026年国庆节期间政务服务安排的公告' } }, limit: 1, overrideAccess: true, depth: 0 })
    const article = inspect(read(`articles/${notice.docs[0].id}/index.html`))
    const link = article.all('a').find((a) => textOf(a) === '我要咨询')!
    expect(attr(link, 'href')).toBe('/hudong/write/consultation/')
    expect(exists('hudong/write/consultation/index.html')).toBe(true)
  })

  it('publishes one more approved public reply incrementally: the /hudong/ pages and the home page, nothing else', async () => {
    const article = fs.readdirSync(path.join(live, 'articles'))[0]
    const articleBefore = fs.statSync(path.join(live, 'articles', article, 'index.html')).mtimeMs
    const policy = fs.readdirSync(path.join(live, 'policies'))[0]
    const policyBefore = fs.statSync(path.join(live, 'policies', policy, 'index.html')).mtimeMs
    const issue = fs.readdirSync(path.join(live, 'journals')).find((f) => /^\d+$/.test(f))!
    const issueBefore = fs.statSync(path.join(live, 'journals', issue, 'index.html')).mtimeMs
    const columnBefore = fs.statSync(path.join(live, 'columns', 'yaowen', 'index.html')).mtimeMs

    ids.later = await reply(LATER, { approve: true })
    // The final approval of a public reply queued the publish.
    const queued = await payload.count({ collection: 'payload-jobs', overrideAccess: true, where: { and: [{ taskSlug: { equals: 'publishPortal' } }, { completedAt: { exists: false } }] } })
    expect(queued.totalDocs).toBeGreaterThanOrEqual(1)
    await payload.jobs.run({ queue: 'publish' })
    const log = await lastLog()
    expect(log.status).toBe('succeeded')
    expect(log.summary).toMatch(/^增量发布：0 篇更新、0 篇撤下，重新生成栏目 无、互动交流/)

    expect(read(`hudong/reply/${ids.later}/index.html`)).toContain(LATER.reply)
    expect(read('hudong/index.html')).toContain(LATER.title)
    expect(read('hudong/replies/index.html')).toContain(LATER.title)
    expect(read('index.html')).toContain(LATER.title)
    // The reply published before is still there, re-rendered with the section.
    expect(exists(`hudong/reply/${ids.published}/index.html`)).toBe(true)
    expect(sitemapText(live)).toContain(`/hudong/reply/${ids.later}/`)
    expect(fs.statSync(path.join(live, 'articles', article, 'index.html')).mtimeMs).toBe(articleBefore)
    expect(fs.statSync(path.join(live, 'policies', policy, 'index.html')).mtimeMs).toBe(policyBefore)
    expect(fs.statSync(path.join(live, 'journals', issue, 'index.html')).mtimeMs).toBe(issueBefore)
    expect(fs.statSync(path.join(live, 'columns', 'yaowen', 'index.html')).mtimeMs).toBe(columnBefore)
    const leaks = filesUnder(live).filter(({ text }) => [LATER.name, LATER.mobile, LATER.email].some((v) => text.includes(v)))
    expect(leaks.map((f) => f.file)).toEqual([])
  })

  it('takes a reply off the portal when it is unpublished: page, lists and sitemap', async () => {
    await clearQueue()
    // The answering unit takes the reply off the portal (unpublishes it); that queues the publish.
    const officer = await reqFor(payload, 'officer@demo.gov.cn')
    await payload.update({ collection: 'message-replies', id: ids.later, req: officer, overrideAccess: false, data: { _status: 'draft' } as never })
    expect((await payload.findByID({ collection: 'message-replies', id: ids.later, overrideAccess: true, draft: false }))._status).toBe('draft')
    await payload.jobs.run({ queue: 'publish' })
    expect((await lastLog()).status).toBe('succeeded')
    expect(exists(`hudong/reply/${ids.later}`)).toBe(false)
    for (const file of ['hudong/index.html', 'hudong/replies/index.html', 'index.html']) expect(read(file), file).not.toContain(`/hudong/reply/${ids.later}/`)
    expect(sitemapText(live)).not.toContain(`/hudong/reply/${ids.later}/`)
    expect(exists(`hudong/reply/${ids.published}/index.html`)).toBe(true)
  })
})
