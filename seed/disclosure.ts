/**
 * The disclosure side of the demo: calendar, settings, catalog, policies with an
 * interpretation, applications and the 2025 annual report. Idempotent like the rest of the seed.
 */
import { createLocalReq, type Payload } from 'payload'

import { calendarDocData, BUNDLED_YEARS } from '../cms/src/calendar/chinaCalendar'
import { computeAnnualTables } from '../cms/src/disclosure/annualReport/compute'
import { idCheckDigit, creditCheckChar } from '../cms/src/disclosure/applications/validate'
import { catalogEntries } from './data/catalogEntries'
import { disclosureCatalog, type SeedCategory } from './data/disclosureCatalog'
import { annualReport2025, applications, disclosureGuide, interpretations, policies } from './data/disclosureDocs'
import { users } from './data/users'
import { paragraphsToLexical } from './lexical'
import { publishThroughReview } from './workflow'

type Ids = { units: Map<string, number>; users: Map<string, number> }

const officeSettings = {
  orgCode: '11350100MB0000001A',
  office: {
    name: '示范县人民政府办公室（县政务公开办公室）',
    address: '示范县城关镇人民路1号县政府大院3号楼201室',
    postcode: '350100',
    phone: '0591-12345601',
    hours: '工作日上午8:00—12:00，下午14:30—17:30',
  },
}

async function firstId(payload: Payload, collection: 'disclosure-categories' | 'policies' | 'interpretations' | 'disclosure-applications' | 'annual-reports', where: Record<string, unknown>) {
  const found = await payload.find({ collection, where: where as never, limit: 1, depth: 0, draft: true, overrideAccess: true, pagination: false })
  return found.docs[0]?.id as number | undefined
}

/** A demo 身份证号码 / 统一社会信用代码 with a correct check character. */
function demoIdNumber(kind: 'natural' | 'legal', index: number): string {
  if (kind === 'natural') {
    const first17 = `350100${1970 + (index % 30)}0${1 + (index % 9)}1${index % 10}${String(100 + index).slice(-3)}`
    return first17 + idCheckDigit(first17)
  }
  const first17 = `9135010${String(1000000000 + index * 7919).slice(-10)}`
  return first17 + creditCheckChar(first17)
}

export async function seedDisclosure(payload: Payload, ids: Ids): Promise<Record<string, number>> {
  const created = { calendars: 0, categories: 0, policies: 0, interpretations: 0, applications: 0, annualReports: 0 }
  const unit = (key: string) => ids.units.get(key)!
  const userId = (email: string) => ids.users.get(email)!

  for (const year of BUNDLED_YEARS) {
    if ((await payload.count({ collection: 'holiday-calendars', where: { year: { equals: year.year } }, overrideAccess: true })).totalDocs === 0) {
      await payload.create({ collection: 'holiday-calendars', overrideAccess: true, data: calendarDocData(year) })
      created.calendars++
    }
  }

  const settings = await payload.findGlobal({ slug: 'disclosure-settings', overrideAccess: true })
  if (!settings.office?.name) {
    await payload.updateGlobal({
      slug: 'disclosure-settings',
      overrideAccess: true,
      data: { ...officeSettings, guide: paragraphsToLexical(disclosureGuide) as never },
    })
  }

  const categoryIds = new Map<string, number>()
  let order = 0
  const addCategory = async (category: SeedCategory, parent?: number) => {
    let id = await firstId(payload, 'disclosure-categories', { code: { equals: category.code } })
    if (id === undefined) {
      const doc = await payload.create({
        collection: 'disclosure-categories',
        overrideAccess: true,
        data: {
          code: category.code,
          name: category.name,
          order: ++order,
          parent,
          section: category.section,
          responsibleUnits: (category.units ?? []).map(unit),
          responsibility: category.responsibility,
          timeLimitDays: category.timeLimitDays,
          timeLimitNote: category.timeLimitNote,
          channels: category.channels as never,
          defaultMode: category.defaultMode ?? 'proactive',
          description: category.description,
        },
      })
      id = doc.id
      created.categories++
    }
    categoryIds.set(category.code, id)
    for (const child of category.children ?? []) await addCategory(child, id)
  }
  for (const category of disclosureCatalog) await addCategory(category)

  const officerOf = (unitKey: string) => {
    const officer = users.find((u) => u.unit === unitKey && u.roles.includes('officer'))
    if (!officer) throw new Error(`示例数据缺少 ${unitKey} 的信息员账号`)
    return officer.email
  }

  const policyIds = new Map<string, number>()
  for (const policy of [...policies, ...catalogEntries]) {
    let id = await firstId(payload, 'policies', { title: { equals: policy.title } })
    if (id === undefined) {
      const authorId = userId(officerOf(policy.unit))
      const doc = await payload.create({
        collection: 'policies',
        overrideAccess: true,
        draft: true,
        data: {
          title: policy.title,
          docType: policy.docType,
          unit: unit(policy.unit),
          subject: policy.subject as never,
          category: categoryIds.get(policy.category),
          issuer: policy.issuer,
          docNo: policy.docNo,
          writtenAt: policy.writtenAt,
          publishedAt: policy.publishedAt,
          disclosureMode: policy.disclosureMode ?? 'proactive',
          nonDisclosureReason: policy.nonDisclosureReason,
          validity: policy.validity ?? 'valid',
          validityChangedAt: policy.validityChangedAt,
          replacedBy: policy.replacedBy ? policyIds.get(policy.replacedBy) : undefined,
          needsInterpretation: policy.needsInterpretation ?? false,
          summary: policy.summary,
          body: paragraphsToLexical(policy.paragraphs) as never,
          createdBy: authorId,
          _status: 'draft',
        },
      })
      id = doc.id
      // 同步公开: the interpretation is drafted and finally approved first.
      for (const interpretation of interpretations.filter((i) => i.policy === policy.key)) {
        const draft = await payload.create({
          collection: 'interpretations',
          overrideAccess: true,
          draft: true,
          data: {
            title: interpretation.title,
            policy: id,
            unit: unit(interpretation.unit),
            form: interpretation.form,
            interpretingUnit: interpretation.interpretingUnit,
            interpreter: interpretation.interpreter,
            contact: interpretation.contact,
            subject: policy.subject as never,
            category: categoryIds.get('B02'),
            issuer: interpretation.interpretingUnit,
            writtenAt: policy.writtenAt,
            publishedAt: policy.publishedAt,
            disclosureMode: 'proactive',
            body: paragraphsToLexical(interpretation.paragraphs) as never,
            createdBy: authorId,
            _status: 'draft',
          },
        })
        await publishThroughReview(payload, { collection: 'interpretations', id: draft.id, authorId })
        created.interpretations++
      }
      if (policy.publish !== false) await publishThroughReview(payload, { collection: 'policies', id, authorId, checkReason: policy.checkReason })
      created.policies++
    }
    policyIds.set(policy.key, id)
  }

  let index = 0
  for (const app of applications) {
    index++
    if ((await firstId(payload, 'disclosure-applications', { description: { equals: app.description } })) !== undefined) continue
    await payload.create({
      collection: 'disclosure-applications',
      overrideAccess: true,
      data: {
        applicantKind: app.applicantKind,
        orgType: app.orgType,
        name: app.name,
        idNumber: demoIdNumber(app.applicantKind, index),
        contactName: app.applicantKind === 'legal' ? '张经办' : undefined,
        phone: `0591-8800${String(index).padStart(4, '0')}`,
        address: `示范县城关镇建设路${index}号`,
        postcode: '350100',
        description: app.description,
        format: 'paper',
        channel: 'post',
        receivedVia: index % 3 === 0 ? 'letter' : 'online',
        receivedAt: app.receivedAt,
        outcome: app.outcome as never,
        repliedAt: app.repliedAt,
        replyContent: app.outcome ? '详见答复书。' : undefined,
        status: app.outcome ? 'replied' : 'processing',
        handler: userId('disclosure@demo.gov.cn'),
      },
    })
    created.applications++
  }

  if ((await firstId(payload, 'annual-reports', { year: { equals: annualReport2025.year } })) === undefined) {
    const officerId = userId('disclosure@demo.gov.cn')
    const computed = await computeAnnualTables(await createLocalReq({}, payload), annualReport2025.year)
    const report = await payload.create({
      collection: 'annual-reports',
      overrideAccess: true,
      draft: true,
      data: {
        title: annualReport2025.title,
        year: annualReport2025.year,
        unit: unit(annualReport2025.unit),
        overview: paragraphsToLexical(annualReport2025.overview) as never,
        activeDisclosure: { ...annualReport2025.activeDisclosure, regulations: computed.regulations, normativeDocs: computed.normativeDocs },
        applicationStats: computed.applicationStats,
        computedAt: new Date().toISOString(),
        reviewLitigation: annualReport2025.reviewLitigation,
        problems: paragraphsToLexical(annualReport2025.problems) as never,
        otherMatters: paragraphsToLexical(annualReport2025.otherMatters) as never,
        _status: 'draft',
      },
    })
    await publishThroughReview(payload, { collection: 'annual-reports', id: report.id, authorId: officerId })
    created.annualReports++
  }
  return created
}
