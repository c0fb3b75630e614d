/**
 * Prints the portal's security headers as nginx `add_header` lines, for serving the live portal
 * with nginx instead of scripts/serve-portal.ts (docs/security.md). The Content-Security-Policy
 * lists the hashes of every inline script found in the live release's pages; run it again after
 * deploying a new version of the portal's templates.
 *
 *   npx tsx scripts/portal-headers.ts [--https]
 */
import fs from 'node:fs'
import path from 'node:path'

import { inlineScriptHashes, portalSecurityHeaders } from '../cms/src/lib/securityHeaders'
import { cmsOrigin } from '../cms/src/lib/webOrigins'
import { portalPaths } from '../cms/src/publishing/paths'

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* htmlFiles(full)
    else if (entry.name.endsWith('.html')) yield full
  }
}

const live = fs.realpathSync(portalPaths().live)
const hashes = new Set<string>()
for (const file of htmlFiles(live)) for (const hash of inlineScriptHashes(fs.readFileSync(file, 'utf8'))) hashes.add(hash)
const headers = portalSecurityHeaders({ https: process.argv.includes('--https'), cmsOrigin: cmsOrigin(), scriptHashes: [...hashes].sort() })
console.log(`# ${live}：${hashes.size} 个内联脚本哈希`)
for (const [name, value] of Object.entries(headers)) console.log(`add_header ${name} "${value}" always;`)
