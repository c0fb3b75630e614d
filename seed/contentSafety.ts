/**
 * Seeds the content checks' demo lists (marked 演示数据) and one draft article that shows the
 * checks at work. Runs after the demo content is published, so the lists do not change what
 * that content went through.
 */
import type { Payload } from 'payload'

import { checkDemoArticle, demoCheckWords, demoLeaders } from './data/contentSafety'
import { paragraphsToLexical } from './lexical'

type Ids = { units: Map<string, number>; users: Map<string, number> }

async function exists(payload: Payload, collection: 'check-words' | 'leaders' | 'articles', where: Record<string, unknown>) {
  const found = await payload.find({ collection, where: where as never, limit: 1, depth: 0, draft: true, overrideAccess: true, pagination: false })
  return found.docs.length > 0
}

export async function seedContentSafety(payload: Payload, ids: Ids, authorId: number): Promise<Record<string, number>> {
  let words = 0
  for (const entry of demoCheckWords) {
    if (await exists(payload, 'check-words', { and: [{ list: { equals: entry.list } }, { word: { equals: entry.word } }] })) continue
    await payload.create({ collection: 'check-words', overrideAccess: true, data: { ...entry, demo: true } })
    words++
  }
  let leaders = 0
  for (const leader of demoLeaders) {
    if (await exists(payload, 'leaders', { name: { equals: leader.name } })) continue
    await payload.create({ collection: 'leaders', overrideAccess: true, data: { ...leader, demo: true } })
    leaders++
  }
  if (!(await exists(payload, 'articles', { title: { equals: checkDemoArticle.title } }))) {
    const column = await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, limit: 1, depth: 0, overrideAccess: true })
    await payload.create({
      collection: 'articles',
      overrideAccess: true,
      draft: true,
      data: {
        title: checkDemoArticle.title,
        column: column.docs[0]?.id,
        unit: ids.units.get('office'),
        source: '县政府办公室',
        publishDate: new Date().toISOString(),
        body: paragraphsToLexical([...checkDemoArticle.paragraphs]) as never,
        createdBy: authorId,
        _status: 'draft',
      },
    })
  }
  return { checkWords: words, leaders }
}
