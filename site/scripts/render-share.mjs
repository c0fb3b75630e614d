/**
 * Renders one share of the portal's pages for a full publish, beside the other shares (one
 * process each, so they use every core): `node render-share.mjs <renderer entry> <index> <of>`
 * with PORTAL_CONTENT_DIR and PORTAL_OUT_DIR set. Prints `SHARE_STATS {...}` (pages, article
 * pages, most memory held in KiB) on stdout.
 */
import { pathToFileURL } from 'node:url'

import { renderInto } from '../src/integrations/pageRenderer.mjs'

const [entry, index, of] = process.argv.slice(2)
const { renderPages } = await import(pathToFileURL(entry).href)
const written = await renderInto(renderPages, process.env.PORTAL_OUT_DIR, { share: { index: Number(index), of: Number(of) } })
console.log(`SHARE_STATS ${JSON.stringify({ ...written, maxRssKiB: process.resourceUsage().maxRSS })}`)
