/**
 * Serves the code editor's files (Monaco, used by Payload's JSON and code fields) from the
 * installed `monaco-editor` package. By default the editor loads them from a public CDN, which
 * government intranets cannot reach: the admin points the loader here instead (LocalMonaco).
 */
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

/** The installed editor's files: node_modules above the admin's working directory (npm hoists). */
function editorFiles(): string | null {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'monaco-editor', 'min', 'vs')
    if (existsSync(candidate)) return candidate
    if (path.dirname(dir) === dir) return null
  }
}

const root = editorFiles()

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  if (!root) return new Response('Not found', { status: 404 })
  const file = path.resolve(root, ...(await params).path)
  if (!file.startsWith(root + path.sep) || !TYPES[path.extname(file)]) return new Response('Not found', { status: 404 })
  try {
    const body = await fs.readFile(file)
    return new Response(new Uint8Array(body), { headers: { 'Content-Type': TYPES[path.extname(file)], 'Cache-Control': 'public, max-age=31536000, immutable' } })
  } catch {
    return new Response('Not found', { status: 404 })
  }
}
