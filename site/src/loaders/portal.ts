import fs from 'node:fs/promises'
import path from 'node:path'

import type { Loader } from 'astro/loaders'

const contentDir = () => process.env.PORTAL_CONTENT_DIR ?? path.resolve('.content')

/**
 * Reads one file of the CMS's portal snapshot (an array of entries with string ids, or one
 * object stored under the id "site"). Entries whose digest is unchanged are not re-parsed,
 * and entries gone from the snapshot are removed from the store.
 */
export function portalLoader(file: string): Loader {
  return {
    name: `portal:${file}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const fullPath = path.join(contentDir(), file)
      let raw: unknown
      try {
        raw = JSON.parse(await fs.readFile(fullPath, 'utf8'))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw new Error(`无法读取门户内容 ${fullPath}：${(error as Error).message}`)
        }
        // No snapshot yet (e.g. `astro sync` for type generation): load nothing. A build
        // still fails, in the page-count guard, which requires the snapshot's manifest.
        logger.warn(`门户内容 ${fullPath} 不存在，请先运行 npm run export:content。`)
        store.clear()
        return
      }
      const entries = Array.isArray(raw)
        ? (raw as { id: string }[])
        : [{ ...(raw as Record<string, unknown>), id: 'site' }]
      const seen = new Set<string>()
      let changed = 0
      for (const entry of entries) {
        const id = String(entry.id)
        seen.add(id)
        const digest = generateDigest(entry as Record<string, unknown>)
        if (store.get(id)?.digest === digest) continue
        const data = await parseData({ id, data: entry as Record<string, unknown> })
        store.set({ id, data, digest })
        changed++
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id)
      logger.info(`${file}: ${entries.length} entries, ${changed} changed`)
    },
  }
}
