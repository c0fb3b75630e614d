import type { Payload } from 'payload'

import { paragraphsToLexical } from '../../seed/lexical'
import { requestAs } from '../../seed/workflow'

export { requestAs }

export async function userId(payload: Payload, email: string): Promise<number> {
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, overrideAccess: true, depth: 0 })
  if (!found.docs[0]) throw new Error(`no user ${email}`)
  return found.docs[0].id
}

export async function reqFor(payload: Payload, email: string) {
  return requestAs(payload, await userId(payload, email))
}

/** The body of a one-paragraph Lexical document. */
export const lexical = (text: string) => paragraphsToLexical([text])

/** A draft article written by `author` (an information officer) in the column. */
export async function draftArticle(payload: Payload, column: number, title: string, extra: Record<string, unknown> = {}, author = 'officer@demo.gov.cn') {
  const req = await reqFor(payload, author)
  return payload.create({
    collection: 'articles',
    draft: true,
    req,
    user: req.user,
    overrideAccess: false,
    data: { title, column, body: lexical(`${title}。正文内容。`) as never, _status: 'draft', ...extra } as never,
  })
}
