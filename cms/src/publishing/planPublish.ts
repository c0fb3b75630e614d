/**
 * Decides what a publish renders, by comparing the snapshot just exported with the manifest
 * of what is live. One article changed → its page, its column's (old and new) list pages and
 * feeds, and the pages every build renders (home, sub-sites, site map, search, 404). A change
 * of settings, columns or units shows on every page → everything. A change in 政府信息公开
 * (catalog, policies, interpretations, annual reports) → that whole section, which is small.
 * A change of the public journal issues or bulletins (政务信息报送) → the /journals/ and
 * /bulletins/ pages, also small. A change of the published replies, message types, leaders or
 * statistics (互动交流) → the /hudong/ pages (the home page, which lists the latest replies, is
 * rendered by every build anyway).
 */
import type { PortalManifest } from '@gov/portal-contract'

export type PublishPlan =
  | { mode: 'full'; reason: string }
  | { mode: 'incremental'; render: string[]; remove: string[]; columns: string[]; disclosure: boolean; submissionLine: boolean; interaction: boolean }
  | { mode: 'unchanged' }

/** Beyond this share of the articles an incremental build saves little: build everything. */
const INCREMENTAL_LIMIT = 0.2

export function planPublish(live: PortalManifest | null, next: PortalManifest): PublishPlan {
  if (!live) return { mode: 'full', reason: '首次发布' }
  for (const key of ['settings', 'columns', 'units'] as const) {
    if (live.digests?.[key] !== next.digests[key]) return { mode: 'full', reason: { settings: '网站设置已修改', columns: '栏目已修改', units: '单位已修改' }[key] }
  }
  const before = new Map(live.revisions.map((r) => [r.id, r]))
  const after = new Map(next.revisions.map((r) => [r.id, r]))
  const render: string[] = []
  const columns = new Set<string>()
  for (const [id, revision] of after) {
    const old = before.get(id)
    if (old?.updatedAt === revision.updatedAt && old.column === revision.column) continue
    render.push(id)
    if (revision.column) columns.add(revision.column)
    if (old?.column) columns.add(old.column)
  }
  const remove: string[] = []
  for (const [id, old] of before) {
    if (after.has(id)) continue
    remove.push(id)
    if (old.column) columns.add(old.column)
  }
  const disclosure = live.digests?.disclosure !== next.digests.disclosure
  const submissionLine = live.digests?.submissionLine !== next.digests.submissionLine
  const interaction = live.digests?.interaction !== next.digests.interaction
  if (render.length === 0 && remove.length === 0 && !disclosure && !submissionLine && !interaction) return { mode: 'unchanged' }
  if (render.length + remove.length > Math.max(50, next.revisions.length * INCREMENTAL_LIMIT)) {
    return { mode: 'full', reason: `变更较多（${render.length + remove.length} 篇）` }
  }
  return { mode: 'incremental', render, remove, columns: [...columns].sort(), disclosure, submissionLine, interaction }
}
