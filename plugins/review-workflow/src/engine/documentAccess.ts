import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import type { SanitizedOptions } from '../options'
import { runsRoutedTo } from './routedTo'

type Id = number | string

/** The host collection's read rule for the signed-in user: true, false or a constraint. */
async function readAccessOf(req: PayloadRequest, collection: string): Promise<boolean | Where> {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  if (!config) return false
  const access = config.access?.read
  if (!access) return Boolean(req.user)
  const result = await access({ req } as never)
  return typeof result === 'object' && result !== null ? result : Boolean(result)
}

/** Whether the signed-in user may read the item (any revision of it), by the host's read rule. */
export async function mayReadDocument(req: PayloadRequest, options: SanitizedOptions, collection: string, id: Id): Promise<boolean> {
  if (!options.collections[collection]) return false
  const access = await readAccessOf(req, collection)
  if (access === false) return false
  const where: Where = access === true ? { id: { equals: id } } : { and: [access, { id: { equals: id } }] }
  const found = await req.payload.count({ collection: collection as CollectionSlug, where, overrideAccess: true, req })
  return found.totalDocs > 0
}

/**
 * Which runs the signed-in user reads: a run follows its item. The people named on the run
 * (author, signers, delegates) read it; so does whoever reads every item of the collection, or
 * every item of their own unit in it. Items a user reads only because they are public do not
 * open their review record (opinions, routes) to everyone.
 */
export async function readableRuns(req: PayloadRequest, options: SanitizedOptions): Promise<Where | boolean> {
  const user = req.user as ({ id: Id } & Record<string, unknown>) | null
  if (!user) return false
  const me = user.id
  const rawUnit = user[options.userUnitField] as Id | { id: Id } | null | undefined
  const unit = rawUnit && typeof rawUnit === 'object' ? rawUnit.id : rawUnit
  const routed = await runsRoutedTo(req, me)
  const scopes: Where[] = [
    { author: { equals: me } },
    { 'signatures.signer': { equals: me } },
    { 'delegations.to': { equals: me } },
    { 'delegations.from': { equals: me } },
  ]
  if (routed.length > 0) scopes.push({ id: { in: routed.map((r) => r.runId) } })
  for (const [collection, config] of Object.entries(options.collections)) {
    const access = await readAccessOf(req, collection)
    if (access === true) {
      scopes.push({ docCollection: { equals: collection } })
      continue
    }
    if (access === false || unit === undefined || unit === null) continue
    const unitField = config.unitField ?? 'unit'
    const slug = collection as CollectionSlug
    const ofUnit: Where = { [unitField]: { equals: unit } }
    const [all, readable] = await Promise.all([
      req.payload.count({ collection: slug, where: ofUnit, overrideAccess: true, req }),
      req.payload.count({ collection: slug, where: { and: [access, ofUnit] }, overrideAccess: true, req }),
    ])
    if (all.totalDocs > 0 && readable.totalDocs === all.totalDocs) {
      scopes.push({ and: [{ docCollection: { equals: collection } }, { authorUnit: { equals: unit } }] })
    }
  }
  return { or: scopes }
}
