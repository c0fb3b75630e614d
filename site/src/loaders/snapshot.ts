import fs from 'node:fs'
import path from 'node:path'

import { PORTAL_ENV, type z } from '@gov/portal-contract'

/** Where the CMS's portal snapshot is (written by the publisher's export). */
export const contentDir = () => process.env[PORTAL_ENV.contentDir] ?? path.resolve('.content')

type Options<Data, Value> = {
  /** Sorts or indexes the validated data once per version of the file. */
  prepare?: (data: Data) => Value
  /** What a snapshot without this file holds; without it, a missing file is an error. */
  whenMissing?: () => Value
}

/**
 * A typed reader of one file of the portal snapshot. Pages read the snapshot as they render
 * rather than through Astro's content layer, which would bundle all of it into the build: that
 * way an incremental publish renders its pages with a renderer built once (see
 * src/integrations/pageRenderer.mjs), whatever changed. The file is validated with its zod
 * schema — from @gov/portal-contract, the schemas the CMS's exporter is typed with — once per
 * version (path, modification time and size), so a build validates each file once and a warm
 * renderer sees each new snapshot.
 */
export function snapshotFile<Schema extends z.ZodTypeAny, Value = z.infer<Schema>>(name: string, schema: Schema, options: Options<z.infer<Schema>, Value> = {}): () => Value {
  let cached: { key: string; value: Value } | null = null
  return () => {
    const file = path.join(contentDir(), name)
    let stat: fs.Stats
    try {
      stat = fs.statSync(file)
    } catch {
      if (options.whenMissing) return options.whenMissing()
      throw new Error(`门户内容 ${file} 不存在，请先导出内容（npm run export:content）。`)
    }
    const key = `${file}:${stat.mtimeMs}:${stat.size}`
    if (cached?.key === key) return cached.value
    const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = typeof issue.path[0] === 'number' ? `第 ${issue.path[0]} 条的 ${issue.path.slice(1).join('.')}` : issue.path.join('.')
      throw new Error(`门户内容 ${file} 格式错误：${where}：${issue.message}`)
    }
    const value = options.prepare ? options.prepare(parsed.data) : (parsed.data as Value)
    cached = { key, value }
    return value
  }
}
