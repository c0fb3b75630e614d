import fs from 'node:fs'
import path from 'node:path'

import { PORTAL_ENV } from '@gov/portal-contract/env'
import { SNAPSHOT_FILES } from '@gov/portal-contract/files'

/** The portal's address: PORTAL_SITE_URL, or https:// and the 网站域名 of the snapshot's settings. */
export function siteUrl(contentDir) {
  const file = path.join(contentDir, SNAPSHOT_FILES.settings)
  const domain = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).siteDomain : null
  return process.env[PORTAL_ENV.siteUrl] ?? `https://${domain || 'localhost'}`
}
