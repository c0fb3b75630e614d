/**
 * The demo county: units, columns, site settings, one account per role and 30+ articles.
 * Idempotent: everything is looked up by its natural key first and only created when missing.
 */
import { randomBytes } from 'node:crypto'

import { createLocalReq, type Payload } from 'payload'

import { installDefaultDefinitions, workflowOptions } from '@gov/review-workflow'

import { articles } from './data/articles'
import { columns } from './data/columns'
import { siteSettings } from './data/siteSettings'
import { units } from './data/units'
import { DEMO_PASSWORD, users } from './data/users'
import { seedContentSafety } from './contentSafety'
import { seedForms } from './forms'
import { seedDisclosure } from './disclosure'
import { seedInteraction } from './interaction'
import { seedSubmissionLine } from './submissionLine'
import { asOfSeedDay } from './dates'
import { demoPhoto } from './images'
import { paragraphsToLexical } from './lexical'
import { publishThroughReview } from './workflow'

export type SeedOptions = {
  /**
   * true: demo accounts share the documented demo password (development);
   * false: each gets a random password nobody is told (production: no built-in password).
   */
  demoPasswords: boolean
  log?: (line: string) => void
}

export type SeedReport = { created: Record<string, number> }

async function findId(payload: Payload, collection: 'units' | 'columns' | 'users' | 'articles', field: string, value: string) {
  const found = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    pagination: false,
  })
  return found.docs[0]?.id as number | undefined
}

export async function seed(payload: Payload, options: SeedOptions): Promise<SeedReport> {
  const log = options.log ?? (() => {})
  const created: Record<string, number> = { units: 0, columns: 0, users: 0, articles: 0 }
  const unitIds = new Map<string, number>()
  const columnIds = new Map<string, number>()

  for (const unit of units) {
    let id = await findId(payload, 'units', 'name', unit.name)
    if (id === undefined) {
      const doc = await payload.create({
        collection: 'units',
        overrideAccess: true,
        data: {
          name: unit.name,
          shortName: unit.shortName,
          code: unit.code,
          kind: unit.kind,
          level: unit.level ?? 'county',
          order: unit.order,
          parent: unit.parent ? unitIds.get(unit.parent) : undefined,
        },
      })
      id = doc.id
      created.units++
    }
    unitIds.set(unit.key, id)
  }

  for (const column of columns) {
    let id = await findId(payload, 'columns', 'slug', column.slug)
    if (id === undefined) {
      const doc = await payload.create({
        collection: 'columns',
        overrideAccess: true,
        data: {
          name: column.name,
          slug: column.slug,
          kind: column.kind,
          showOnHome: column.showOnHome ?? false,
          order: column.order,
          description: column.description,
          unit: column.unit ? unitIds.get(column.unit) : undefined,
        },
      })
      id = doc.id
      created.columns++
    }
    columnIds.set(column.slug, id)
  }

  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
  if (!settings.siteName) {
    await payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: siteSettings })
  }

  const userIds = new Map<string, number>()
  for (const user of users) {
    let id = await findId(payload, 'users', 'email', user.email)
    if (id === undefined) {
      const doc = await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: {
          email: user.email,
          password: options.demoPasswords ? DEMO_PASSWORD : `${randomBytes(18).toString('base64url')}Aa1!`,
          name: user.name,
          roles: user.roles as never,
          jobTitle: user.jobTitle,
          unit: user.unit ? unitIds.get(user.unit) : undefined,
        },
      })
      id = doc.id
      created.users++
    }
    userIds.set(user.email, id)
  }

  await installDefaultDefinitions(await createLocalReq({}, payload), workflowOptions(payload))

  /** The unit's information officer writes its articles. */
  const authorOf = (unitKey: string) => {
    const author = users.find((u) => u.unit === unitKey && u.roles.includes('officer'))
    if (!author) throw new Error(`示例数据缺少 ${unitKey} 的信息员账号`)
    return userIds.get(author.email)!
  }

  // The newest published 要闻 get demo photos: the home page's 图片新闻.
  const photoKeys = new Set(
    articles
      .filter((a) => a.column === 'yaowen' && a.status === 'published')
      .sort((a, b) => b.publishDate.localeCompare(a.publishDate))
      .slice(0, 4)
      .map((a) => a.key),
  )
  let photoIndex = 0

  for (const article of articles) {
    if ((await findId(payload, 'articles', 'title', article.title)) !== undefined) continue
    let cover: number | undefined
    if (photoKeys.has(article.key)) {
      const data = await demoPhoto(photoIndex++)
      const media = await payload.create({
        collection: 'media',
        overrideAccess: true,
        data: { alt: `${article.title}（示意图）`, caption: article.title, unit: unitIds.get(article.unit)! },
        file: { data, mimetype: 'image/jpeg', name: `${article.key}.jpg`, size: data.length },
      })
      cover = media.id
    }
    const authorId = authorOf(article.unit)
    const doc = await payload.create({
      collection: 'articles',
      overrideAccess: true,
      draft: true,
      data: {
        title: article.title,
        column: columnIds.get(article.column)!,
        unit: unitIds.get(article.unit)!,
        source: article.source,
        writer: article.writer,
        publishDate: asOfSeedDay(article.publishDate),
        summary: article.summary,
        classified: article.classified ?? false,
        body: paragraphsToLexical(article.paragraphs) as never,
        cover,
        createdBy: authorId,
        _status: 'draft',
      },
    })
    if (article.status === 'published') {
      await publishThroughReview(payload, { collection: 'articles', id: doc.id, authorId, checkReason: article.checkReason })
    }
    created.articles++
  }

  const disclosure = await seedDisclosure(payload, { units: unitIds, users: userIds })
  Object.assign(created, disclosure)
  Object.assign(created, await seedSubmissionLine(payload, { units: unitIds, users: userIds }))
  Object.assign(created, await seedInteraction(payload, { units: unitIds, users: userIds }))
  Object.assign(created, await seedContentSafety(payload, { units: unitIds, users: userIds }, authorOf('office')))
  Object.assign(created, await seedForms(payload, { units: unitIds, users: userIds }))

  log(
    `示例数据：新建单位 ${created.units}、栏目 ${created.columns}、用户 ${created.users}、文章 ${created.articles}、公开目录 ${created.categories}、政策文件 ${created.policies}、政策解读 ${created.interpretations}、依申请公开 ${created.applications}、年报 ${created.annualReports}、报送信息 ${created.submissions}、刊物 ${created.journals}、互动留言 ${created.messages}、检测词 ${created.checkWords}、领导信息 ${created.leaders}、表单定义 ${created.forms}、表单填报 ${created.formFilings}。`,
  )
  return { created }
}
