/**
 * Reading a built portal in tests: pages parsed into elements, and every file as text; and
 * putting on it the one page type the demo seed does not publish (a bulletin).
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { parse } from 'parse5'
import { expect } from 'vitest'

import { BIN, ROOT } from '../../scripts/lib/paths'
import { payloadNodeEnv, run } from '../../scripts/lib/run'
import { DEMO_PASSWORD } from '../../seed/data/users'

export type HtmlNode = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: HtmlNode[]; value?: string }

export const textOf = (node: HtmlNode): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join(''))
export const attr = (node: HtmlNode, name: string) => node.attrs?.find((a) => a.name === name)?.value

/** The parsed page: every element by tag, scripts, inline event handlers. */
export function inspect(html: string) {
  const elements: HtmlNode[] = []
  const walk = (node: HtmlNode) => {
    if (node.nodeName && !node.nodeName.startsWith('#')) elements.push(node)
    ;(node.childNodes ?? []).forEach(walk)
  }
  walk(parse(html) as unknown as HtmlNode)
  const all = (tag: string) => elements.filter((e) => e.nodeName === tag)
  return {
    all,
    text: (tag: string) => all(tag).map((e) => textOf(e).replace(/\s+/g, ' ').trim()),
    scripts: all('script').map(textOf),
    handlers: elements.flatMap((e) => (e.attrs ?? []).filter((a) => a.name.startsWith('on')).map((a) => `${e.nodeName}.${a.name}`)),
  }
}

/** Every file under `dir` (links followed), gzip-compressed ones (the search index) unpacked, as text. */
export function filesUnder(dir: string): { file: string; text: string }[] {
  const root = fs.realpathSync(dir)
  const out: { file: string; text: string }[] = []
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      const stat = fs.statSync(full)
      if (stat.isDirectory()) walk(full)
      else if (stat.isFile()) {
        const raw = fs.readFileSync(full)
        const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? zlib.gunzipSync(new Uint8Array(raw)) : raw
        out.push({ file: path.relative(root, full), text: bytes.toString('utf8') })
      }
    }
  }
  walk(root)
  return out
}

/** POSTs to the admin's REST API as the user (a JWT from the login endpoint). */
async function apiAs(adminUrl: string, email: string) {
  const login = await fetch(`${adminUrl}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) })
  expect(login.status, `login ${email}`).toBe(200)
  const { token } = (await login.json()) as { token: string }
  return async <T>(route: string, body: unknown): Promise<T> => {
    const response = await fetch(`${adminUrl}/api${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` }, body: JSON.stringify(body) })
    const text = await response.text()
    expect(response.status, `${route}: ${text}`).toBeLessThan(300)
    return JSON.parse(text) as T
  }
}

/**
 * The county office's editor writes a monthly bulletin (通报) in the running admin; 黄主任 and
 * 林副主任 sign it; the publishing worker (run once with the e2e environment) puts it on the portal.
 */
export async function publishBulletin(adminUrl: string, env: Record<string, string>) {
  const editor = await apiAs(adminUrl, 'editor@demo.gov.cn')
  const { doc } = await editor<{ doc: { id: number } }>('/bulletins?draft=true', { periodType: 'month', year: 2026, period: 11 })
  await editor(`/workflow/bulletins/${doc.id}/submit`, {})
  await (await apiAs(adminUrl, 'head.office@demo.gov.cn'))(`/workflow/bulletins/${doc.id}/approve`, { opinion: '数据核对无误。', checklist: { 数据准确: true } })
  await (await apiAs(adminUrl, 'deputy.office@demo.gov.cn'))(`/workflow/bulletins/${doc.id}/approve`, { opinion: '同意通报。' })
  await run(BIN('tsx'), [path.join(ROOT, 'scripts/worker.ts'), '--once'], { env: payloadNodeEnv(env as NodeJS.ProcessEnv), stdio: ['ignore', 'ignore', 'inherit'] })
}
