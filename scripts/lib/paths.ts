import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { PORTAL_ENV } from '@gov/portal-contract'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const CMS_DIR = path.join(ROOT, 'cms')
export const SITE_DIR = path.join(ROOT, 'site')
export const BIN = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)

/** Where the portal's content snapshot is written and read. */
export const contentDir = () => process.env[PORTAL_ENV.contentDir] ?? path.join(SITE_DIR, '.content')
