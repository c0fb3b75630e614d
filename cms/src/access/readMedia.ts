import type { Access, Where } from 'payload'

import { coversOfArticles, publishedMediaIds } from '../collections/Media/mediaUse'
import { docsRoutedTo } from '@gov/review-workflow'
import { readsOwnUnitItems } from './readsOwnUnitItems'
import { unitOf } from './unitOf'

const ids = (list: number[]): Where => ({ id: { in: list } })

/**
 * Media files (list, document and the file itself): anyone reads what a published article
 * shows; a signed-in user also reads their unit's media and the media of the drafts they may
 * read (their unit's, or routed to them for review).
 */
export const readMedia: Access = async ({ req }) => {
  const published = await publishedMediaIds(req)
  const user = req.user
  if (!user) return ids(published)
  const scopes: Where[] = [ids(published)]
  const unit = unitOf(user)
  if (unit !== undefined) scopes.push({ unit: { equals: unit } })
  const routed = await docsRoutedTo(req, 'articles', user.id)
  const ownUnit = readsOwnUnitItems(user) ? unit : undefined
  if (routed.length > 0 || ownUnit !== undefined) {
    const covers = await coversOfArticles(req, { unit: ownUnit, ids: routed })
    if (covers.length > 0) scopes.push(ids(covers))
  }
  return { or: scopes }
}
