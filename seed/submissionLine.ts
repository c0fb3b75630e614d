/**
 * Seeds the submission line: 信息工作机构 of each government, the category taxonomy, the offices'
 * journals, a commission, and four items taken the real way — written by an officer, signed by
 * the unit head through review, then adopted into a signed public issue, forwarded, or left
 * waiting or in draft — plus a leader's instruction on the adopted one.
 */
import type { Payload } from 'payload'

import { asOfSeedDay } from './dates'
import { paragraphsToLexical } from './lexical'
import { journals, submissionCategories, submissions } from './data/submissionLine'
import { units } from './data/units'
import { users } from './data/users'
import { publishThroughReview, requestAs } from './workflow'

type Ids = { units: Map<string, number>; users: Map<string, number> }

const userOf = (ids: Ids, unit: string, role: string) => {
  const user = users.find((u) => u.unit === unit && u.roles.includes(role))
  if (!user) throw new Error(`示例数据缺少 ${unit} 的 ${role} 账号`)
  return ids.users.get(user.email)!
}

export async function seedSubmissionLine(payload: Payload, ids: Ids): Promise<Record<string, number>> {
  const created = { submissions: 0, journals: 0 }
  for (const unit of units) {
    if (!unit.infoOffice) continue
    const id = ids.units.get(unit.key)!
    const doc = await payload.findByID({ collection: 'units', id, depth: 0, overrideAccess: true })
    if (!doc.infoOffice) await payload.update({ collection: 'units', id, data: { infoOffice: ids.units.get(unit.infoOffice) }, overrideAccess: true })
  }

  const categoryIds = new Map<string, number>()
  for (const [order, category] of submissionCategories.entries()) {
    const found = await payload.find({ collection: 'submission-categories', where: { name: { equals: category.name } }, limit: 1, overrideAccess: true })
    const doc = found.docs[0] ?? (await payload.create({ collection: 'submission-categories', data: { ...category, order }, overrideAccess: true }))
    categoryIds.set(category.name, doc.id)
  }

  const journalIds = new Map<string, number>()
  for (const journal of journals) {
    const office = ids.units.get(journal.office)!
    const found = await payload.find({ collection: 'journals', where: { and: [{ name: { equals: journal.name } }, { office: { equals: office } }] }, limit: 1, overrideAccess: true })
    let doc = found.docs[0]
    if (!doc) {
      const { key: _key, office: _office, ...data } = journal
      doc = await payload.create({ collection: 'journals', data: { ...data, office }, overrideAccess: true })
      created.journals++
    }
    journalIds.set(journal.key, doc.id)
  }

  const existing = await payload.count({ collection: 'submissions', overrideAccess: true })
  if (existing.totalDocs > 0) return created

  const countyOffice = ids.units.get('office')!
  const editor = await requestAs(payload, ids.users.get('editor@demo.gov.cn')!)
  await payload.create({
    collection: 'commissions',
    data: {
      topic: '2026年度重点项目建设进展情况',
      requirements: '请围绕本单位牵头的重点项目，报送建设进度、存在困难和下一步措施，字数1000字以内。',
      deadline: asOfSeedDay('2026-12-10T04:00:00.000Z'),
      units: ['education', 'health', 'agriculture', 'housing'].map((k) => ids.units.get(k)!),
      office: countyOffice,
    },
    req: editor,
    overrideAccess: false,
  })

  const issue = await payload.create({
    collection: 'journal-issues',
    data: {
      journal: journalIds.get('kuaixun')!,
      issueDate: asOfSeedDay('2026-11-20T04:00:00.000Z'),
      classification: 'public',
      public: true,
      editorNote: '课后服务是“双减”工作的重要抓手。现将县教育局的做法刊发，供各地各部门学习借鉴。',
      editorName: '许编辑',
    },
    draft: true,
    req: editor,
    overrideAccess: false,
  })

  for (const item of submissions) {
    const unit = ids.units.get(item.unit)!
    const officer = userOf(ids, item.unit, 'officer')
    const doc = await payload.create({
      collection: 'submissions',
      draft: true,
      req: await requestAs(payload, officer),
      overrideAccess: false,
      data: {
        title: item.title,
        unit,
        category: categoryIds.get(item.category)!,
        type: item.type,
        urgency: 'normal',
        writer: item.writer,
        writerPhone: item.phone,
        research: item.research,
        body: item.paragraphs ? paragraphsToLexical(item.paragraphs) : undefined,
      },
    })
    created.submissions++
    if (item.outcome === 'draft') continue
    await publishThroughReview(payload, { collection: 'submissions', id: doc.id, authorId: officer, opinion: '同意报送。' })
    if (item.outcome === 'sent') continue
    const receipt = (await payload.find({ collection: 'submission-receipts', where: { submission: { equals: doc.id } }, limit: 1, overrideAccess: true })).docs[0]
    const decision = item.outcome === 'adopted' ? { adoptionMode: 'full' as const, adoptedIn: issue.id } : { forward: true }
    await payload.update({ collection: 'submission-receipts', id: receipt.id, data: decision, req: editor, overrideAccess: false })
  }

  // The issue is signed off (office head, then the leader in charge) and goes on the portal.
  await publishThroughReview(payload, { collection: 'journal-issues', id: issue.id, authorId: ids.users.get('editor@demo.gov.cn')!, opinion: '同意印发。' })

  const adopted = (await payload.find({ collection: 'submissions', where: { title: { equals: submissions[0].title } }, limit: 1, overrideAccess: true })).docs[0]
  await payload.create({
    collection: 'instructions',
    req: editor,
    overrideAccess: false,
    data: {
      submission: adopted.id,
      leaderName: '杨县长',
      leaderLevel: 'countyMain',
      instructedAt: asOfSeedDay('2026-11-23T04:00:00.000Z'),
      text: '经验做法很好，请县教育局进一步总结，在全县推广。',
    },
  })
  return created
}
