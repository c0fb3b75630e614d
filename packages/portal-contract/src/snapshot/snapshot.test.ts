import { describe, expect, it } from 'vitest'

import { type ArticleJson, articlesSchema } from './articles'
import {
  type AnnualReportJson,
  annualReportsSchema,
  categoriesSchema,
  type CategoryJson,
  type DisclosureSettingsJson,
  disclosureSettingsSchema,
  type InterpretationJson,
  interpretationsSchema,
  policiesSchema,
  type PolicyJson,
} from './disclosure'
import { type InteractionJson, interactionSchema, type StatsRowJson } from './interaction'
import { manifestSchema, type PortalManifest } from './manifest'
import { type ColumnJson, columnsSchema, settingsSchema, type SiteSettingsJson } from './portal'
import { submissionLineSchema, type SubmissionLineJson } from './submissionLine'

/** Samples as the CMS's export writes them: typed with the `…Json` types, then through JSON as the files are. */
const viaJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value))

const cover = {
  alt: '会场',
  caption: null,
  width: 1200,
  height: 800,
  src: '/media/a.jpg',
  variants: [{ src: '/media/a-480x320.webp', width: 480, height: 320, type: 'image/webp' }],
}

const article: ArticleJson = {
  id: '12',
  title: '县政府召开常务会议',
  subtitle: null,
  columnId: '3',
  columnSlug: 'yaowen',
  unitId: null,
  unitName: null,
  source: '县政府办公室',
  writer: null,
  publishDate: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-21T08:30:00.000Z',
  summary: '会议研究了冬季安全生产工作。',
  cover,
  bodyFile: '12-1795249800000.html',
}

const column: ColumnJson = { id: '3', name: '要闻动态', slug: 'yaowen', kind: 'news', parentId: null, unitId: null, unitName: null, description: null, showOnHome: true, order: 1 }

const settings: SiteSettingsJson = { siteName: '某县人民政府', host: '某县人民政府办公室', siteDomain: 'www.example.gov.cn', contact: { phone: '0000-1234567' }, conacMark: null }

const category: CategoryJson = {
  id: '1',
  code: '001',
  name: '机构职能',
  parentId: null,
  section: 'statutory',
  order: 1,
  responsibleUnits: ['县政府办公室'],
  responsibility: null,
  timeLimitDays: 20,
  timeLimitNote: null,
  channels: ['政府网站'],
  description: null,
}

const item = { title: '关于印发某办法的通知', indexNo: '000000000/2026-00001', subject: '综合政务', categoryId: '1', issuer: '县政府', writtenAt: '2026-10-01T00:00:00.000Z', publishedAt: '2026-10-08T00:00:00.000Z', summary: null, html: '<p>正文</p>' }
const policy: PolicyJson = { ...item, id: '5', docNo: '某政发〔2026〕1号', validity: '有效', validityChangedAt: null, replacedById: null }
const interpretation: InterpretationJson = { ...item, id: '6', writtenAt: null, policyId: '5', form: '文字解读', interpretingUnit: null, interpreter: null, contact: null, mediaUrl: null }

const counts = { issued: 1, repealed: 0, inForce: 3 }
const results = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }
const report: AnnualReportJson = {
  id: '2',
  title: '某县人民政府2025年政府信息公开工作年度报告',
  year: 2025,
  unitName: null,
  publishedAt: '2026-01-20T00:00:00.000Z',
  overview: '<p>概述</p>',
  activeDisclosure: { regulations: counts, normativeDocs: counts, licensing: 10, penalties: 2, enforcement: 0, feesAmount: 0 },
  applications: { columns: [{ key: 'citizen', label: '自然人' }], rows: [{ key: 'received', label: '本年新收', values: [3] }] },
  reviewLitigation: { reconsideration: results, litigationDirect: results, litigationAfterReview: results },
  problems: '',
  otherMatters: '',
}

const disclosureSettings: DisclosureSettingsJson = {
  office: { name: '县政府办公室', address: null, postcode: null, phone: null, hours: null },
  applicationEndpoint: 'https://cms.example.gov.cn/api/disclosure/applications',
  applicationForm: { fields: [{ name: 'name', label: '姓名', type: 'text', required: true, autocomplete: 'name' }], honeypot: 'website' },
}

const submissionLine: SubmissionLineJson = {
  journals: [{ id: '1', name: '某县政务信息', officeName: '县政府办公室', description: null }],
  issues: [
    {
      id: '4',
      journalId: '1',
      journalName: '某县政务信息',
      numberLine: '2026年第1期（总第121期）',
      title: '《某县政务信息》2026年第1期（总第121期）',
      officeName: null,
      signedAt: '2026-02-01T00:00:00.000Z',
      editorNote: null,
      items: [{ heading: '标题', text: '内容', sourceUnit: null }],
    },
  ],
  bulletins: [
    {
      id: '7',
      title: '2026年11月政务信息报送采用情况的通报',
      period: '2026年11月',
      intro: null,
      officeName: null,
      publishedAt: '2026-12-02T00:00:00.000Z',
      columns: [{ key: 'unit', label: '单位' }, { key: 'adopted', label: '采用' }],
      rows: [['县教育局', 3]],
      totals: ['合计', 3],
    },
  ],
}

const row: StatsRowJson = { unitName: '县教育局', received: 3, accepted: 3, refused: 0, answered: 2, answeredOnTime: 2, open: 1, avgWorkingDays: 2.5, satisfied: 1, basic: 0, unsatisfied: 0, satisfactionRate: 100 }
const period = { key: '2026-11', label: '2026年11月', from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z', rows: [row], total: { ...row, unitName: '合计' } }
const interaction: InteractionJson = {
  endpoints: { message: 'https://cms.example.gov.cn/api/interaction/messages', lookup: 'https://cms.example.gov.cn/api/interaction/lookup', rating: 'https://cms.example.gov.cn/api/interaction/rating' },
  form: { honeypot: 'website', titleMax: 50, contentMin: 10, contentMax: 2000, nameMax: 20, commentMax: 200, attachmentsMax: 3, attachmentBytes: 5 * 1024 * 1024, notice: null },
  ratingWindowDays: 15,
  types: [{ code: 'zixun', name: '咨询', description: null, needsLeader: false, answerDays: 5 }],
  leaders: [{ id: '1', name: '张三', title: '县长', duties: null }],
  replies: [{ id: '9', typeCode: 'zixun', typeName: '咨询', title: '关于办事时间', question: '请问几点上班？', unitName: '县政府办公室', receivedAt: '2026-11-01T01:00:00.000Z', handledAt: null, repliedAt: '2026-11-03T01:00:00.000Z', text: '九点。' }],
  stats: { generatedAt: '2026-11', months: [period], year: { ...period, key: 'year' } },
}

const manifest: PortalManifest = {
  generatedAt: '2026-11-21T08:31:00.000Z',
  counts: { articles: 1, columns: 1 },
  revisions: [{ collection: 'articles', id: '12', updatedAt: article.updatedAt, column: 'yaowen' }],
  digests: { settings: 'a', columns: 'b', units: 'c', disclosure: 'd', submissionLine: 'e', interaction: 'f' },
}

describe('snapshot schemas', () => {
  it('read what the export writes, dates as Date', () => {
    const [a] = articlesSchema.parse(viaJson([article]))
    expect(a.publishDate).toEqual(new Date('2026-11-20T02:00:00.000Z'))
    expect(a.updatedAt).toBeInstanceOf(Date)
    expect(a.cover?.variants[0].width).toBe(480)

    expect(columnsSchema.parse(viaJson([column]))[0].slug).toBe('yaowen')
    expect(settingsSchema.parse(viaJson(settings)).contact?.phone).toBe('0000-1234567')
    expect(categoriesSchema.parse(viaJson([category]))[0].section).toBe('statutory')
    const [p] = policiesSchema.parse(viaJson([policy]))
    expect(p.writtenAt).toEqual(new Date('2026-10-01T00:00:00.000Z'))
    expect(p.validityChangedAt).toBeNull()
    expect(interpretationsSchema.parse(viaJson([interpretation]))[0].writtenAt).toBeNull()
    expect(annualReportsSchema.parse(viaJson([report]))[0].publishedAt).toBeInstanceOf(Date)
    expect(disclosureSettingsSchema.parse(viaJson(disclosureSettings)).applicationForm.fields).toHaveLength(1)
    const line = submissionLineSchema.parse(viaJson(submissionLine))
    expect(line.issues[0].signedAt).toBeInstanceOf(Date)
    expect(line.bulletins[0].totals).toEqual(['合计', 3])
    const read = interactionSchema.parse(viaJson(interaction))
    expect(read.replies[0].repliedAt).toEqual(new Date('2026-11-03T01:00:00.000Z'))
    expect(read.stats.year.from).toBeInstanceOf(Date)
    expect(manifestSchema.parse(viaJson(manifest))).toEqual(manifest)
  })

  it('refuse a file with a field missing, of the wrong kind, or a date that is not one', () => {
    const { bodyFile: _, ...withoutBody } = article
    expect(articlesSchema.safeParse([withoutBody]).success).toBe(false)
    expect(articlesSchema.safeParse([{ ...article, publishDate: 'gestern' }]).success).toBe(false)
    expect(articlesSchema.safeParse([{ ...article, id: 12 }]).success).toBe(false)
    expect(columnsSchema.safeParse([{ ...column, kind: 'blog' }]).success).toBe(false)
    expect(interactionSchema.safeParse({ ...interaction, endpoints: { ...interaction.endpoints, message: '/api/messages' } }).success).toBe(false)
    const issue = articlesSchema.safeParse([article, { ...article, publishDate: 'x' }])
    expect(issue.success ? null : issue.error.issues[0].path).toEqual([1, 'publishDate'])
  })

  it('types the exporter’s side with strings where the site reads dates', () => {
    // @ts-expect-error: the JSON holds strings; a Date is the site's side (z.output).
    const wrong: ArticleJson = { ...article, publishDate: new Date() }
    expect(articlesSchema.safeParse([wrong]).success).toBe(false)
  })
})
