import fs from 'node:fs'
import path from 'node:path'

/** The portal's address: PORTAL_SITE_URL, or https:// and the 网站域名 of the snapshot's settings. */
export function siteUrl(contentDir) {
  const file = path.join(contentDir, 'settings.json')
  const domain = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).siteDomain : null
  return process.env.PORTAL_SITE_URL ?? `https://${domain || 'localhost'}`
}
