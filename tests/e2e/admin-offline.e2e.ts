/**
 * The admin works on an intranet: no page of it asks anything of a host other than the admin's
 * own (no CDN, web font, Gravatar or telemetry). Signed in as the demo accounts of each kind of
 * role, the test walks every page type: login, dashboard, each collection's list and one of its
 * documents (publish logs, review runs and an article with the workflow panel among them), a
 * create view, a version list, the globals, the account page and the custom views, and records
 * every request, WebSocket and CSP refusal of the browser. JSON fields are shown by our own
 * read-only view (Payload's JSON editor loads Monaco from jsdelivr): they must show their content.
 */
import type { Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/data/users'
import { login, openBrowser } from './browser'

const adminUrl = inject('adminUrl')
const adminHost = new URL(adminUrl).host

/**
 * Each role sees its own part of the admin; the custom views are visited by a role allowed to use
 * them. The specialised roles go first so that the webmaster, who sees most, does not walk alone.
 */
const ACCOUNTS: { email: string; also?: string[] }[] = [
  { email: 'disclosure@demo.gov.cn', also: ['/admin/disclosure/deadlines'] },
  { email: 'editor@demo.gov.cn', also: ['/admin/submission-stats'] },
  { email: 'interaction@demo.gov.cn', also: ['/admin/interaction/deadlines', '/admin/interaction/stats'] },
  { email: 'sysadmin@demo.gov.cn' },
  { email: 'secadmin@demo.gov.cn' },
  { email: 'auditor@demo.gov.cn' },
  { email: 'reviewer@demo.gov.cn', also: ['/admin/workflow/pending'] },
  { email: 'webmaster@demo.gov.cn', also: ['/admin/account', '/admin/collections/articles/create', '/admin/change-password', '/admin/unauthorized'] },
]

/** Pages the walk must have reached (besides whatever the navigation offers). */
const REQUIRED = [
  '/admin/login',
  '/admin',
  '/admin/account',
  '/admin/collections/articles/create',
  '/admin/collections/publish-logs',
  '/admin/collections/workflow-runs',
  '/admin/collections/workflow-definitions',
  '/admin/collections/users',
  '/admin/globals/site-settings',
  '/admin/workflow/pending',
  '/admin/disclosure/deadlines',
  '/admin/submission-stats',
  '/admin/interaction/deadlines',
  '/admin/interaction/stats',
  '/admin/change-password',
  '/admin/unauthorized',
]

let browser: Awaited<ReturnType<typeof openBrowser>>
/** The page being visited, so that every request is put down to it. */
let current = 'start'
const foreign: { page: string; url: string; how: string; from?: string }[] = []
const visited = new Map<string, number>()
/** One document's edit view per collection, once, and who opened it. */
const documentOf = new Map<string, { path: string; email: string }>()

function note(url: string, how: string, from?: string) {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return
  }
  // data: and blob: URLs stay in the browser; everything on the network must be the admin's.
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return
  if (parsed.host !== adminHost) foreign.push({ page: current, url, how, ...(from && from !== `${adminUrl}${current}` ? { from } : {}) })
}

beforeAll(async () => {
  browser = await openBrowser()
  const { context } = browser
  // `from`: the document that asked, when a late request arrives after the next page was opened.
  context.on('request', (request) => note(request.url(), `request (${request.resourceType()})`, frameUrl(request)))
  context.on('page', (page) => watch(page))
  watch(browser.page)
})

function frameUrl(request: Request): string | undefined {
  try {
    return request.isNavigationRequest() ? undefined : request.frame().url()
  } catch {
    return undefined // a service worker's request has no frame
  }
}

/** What each test adds to `foreign` is its own failure. */
function foreignSince(start: number) {
  const found = foreign.slice(start)
  return { found, message: `requests to other hosts than ${adminHost}:\n${JSON.stringify(found, null, 2)}` }
}

function watch(page: Page) {
  page.on('websocket', (socket) => note(socket.url(), 'websocket'))
  // A request the admin's CSP refuses may never reach the network layer: the refusal is logged.
  page.on('console', (message) => {
    if (!/Refused to (load|connect|frame)/.test(message.text())) return
    for (const url of message.text().match(/(?:https?|wss?):\/\/[^\s'"]+/g) ?? []) note(url, 'refused by CSP')
  })
}

afterAll(async () => {
  await browser?.close()
})

/** Checks the page the browser shows once it has settled (its requests are done). */
async function settled(path: string, start: number): Promise<Page> {
  const { page } = browser
  const { found, message } = foreignSince(start)
  expect(found, `${path}: ${message}`).toEqual([])
  // Nothing that loads an editor from outside: Payload's JSON and code fields are not used.
  expect(await page.locator('.json-field, .code-field, .monaco-editor').count(), `${path} shows a JSON/code editor`).toBe(0)
  visited.set(path, (visited.get(path) ?? 0) + 1)
  return page
}

/** Opens one admin page. */
async function visit(path: string): Promise<Page> {
  const start = foreign.length
  current = path
  const response = await browser.page.goto(`${adminUrl}${path}`, { waitUntil: 'networkidle', timeout: 90_000 })
  expect(response?.status(), `${path} answered ${response?.status()}`).toBeLessThan(400)
  return settled(path, start)
}

async function signIn(email: string): Promise<Page> {
  const start = foreign.length
  current = '/admin/login'
  await login(browser.page, adminUrl, email, DEMO_PASSWORD)
  visited.set('/admin/login', (visited.get('/admin/login') ?? 0) + 1)
  // Signing in lands on the dashboard.
  current = '/admin'
  await browser.page.waitForLoadState('networkidle')
  expect(new URL(browser.page.url()).pathname).toBe('/admin')
  return settled('/admin', start)
}

/** The first document linked from a collection's list view, if it has any. */
async function firstDocument(page: Page, listPath: string): Promise<string | null> {
  const hrefs = await page
    .locator(`.table a[href^="${listPath}/"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  return hrefs.map((href) => href.split('?')[0]!).find((href) => /\/[^/]+$/.test(href) && !href.endsWith('/create')) ?? null
}

/** Every page of the navigation (collections, globals, custom views) and one document per collection. */
async function walk(email: string, also: string[]) {
  const page = await signIn(email)
  const nav = await page.locator('a.nav__link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  const paths = [...new Set([...nav.map((href) => href.split('?')[0]!).filter((href) => href.startsWith('/admin/')), ...also])]
  for (const path of paths) {
    if (visited.has(path)) continue
    await visit(path)
    const collection = path.match(/^\/admin\/collections\/([^/]+)$/)?.[1]
    if (!collection || documentOf.has(collection)) continue
    const document = await firstDocument(page, path)
    if (!document) continue
    documentOf.set(collection, { path: document, email })
    await visit(document)
    // The document form has rendered (fields or the read-only view of them).
    await page.locator('.document-fields, .collection-edit').first().waitFor()
    const check = DOCUMENT_CHECKS[collection]
    if (check) {
      await check(page, document)
      checked.add(collection)
    }
  }
}

/** The document as the REST API gives it to the signed-in user (the browser's cookies). */
async function apiDocument<T>(path: string): Promise<T> {
  const [, collection, id] = path.match(/^\/admin\/collections\/([^/]+)\/([^/]+)$/)!
  // A browser sends its Origin; Playwright's request API does not, and the admin's CSRF allowlist wants one.
  const response = await browser.page.request.get(`${adminUrl}/api/${collection}/${id}?depth=0`, { headers: { Origin: adminUrl } })
  expect(response.status()).toBe(200)
  return (await response.json()) as T
}

/** What the edit views of some collections must show, checked on the document the walk opens. */
const DOCUMENT_CHECKS: Record<string, (page: Page, path: string) => Promise<void>> = {
  // The workflow panel in the sidebar; the version list of the same article.
  articles: async (page, path) => {
    await page.getByTestId('workflow-status').waitFor()
    await visit(`${path}/versions`)
  },
  // JSON fields: the frozen route names its stages; each signature's checklist reads as a table.
  'workflow-runs': async (page, path) => {
    const run = await apiDocument<{ route: { label: string }[]; signatures?: { checklist?: Record<string, boolean> | null }[] }>(path)
    const route = page.locator('[data-testid="json-view"][data-field="route"]')
    await route.waitFor()
    expect(run.route.length).toBeGreaterThan(0)
    const text = await route.innerText()
    for (const stage of run.route) expect(text).toContain(stage.label)
    const checklists = page.locator('[data-testid="json-view"][data-field^="signatures."][data-field$=".checklist"]')
    expect(await checklists.count()).toBe(run.signatures?.length ?? 0)
    for (const [i, signature] of (run.signatures ?? []).entries()) {
      const ticked = Object.entries(signature.checklist ?? {}).filter(([, v]) => v === true)
      const shown = await checklists.nth(i).innerText()
      for (const [item] of ticked) expect(shown).toContain(`${item}\t是`)
    }
  },
  // JSON field: the revisions a publish used, one table row each.
  'publish-logs': async (page, path) => {
    const log = await apiDocument<{ revisions: unknown[] | null }>(path)
    const revisions = page.locator('[data-testid="json-view"][data-field="revisions"]')
    await revisions.waitFor()
    expect(log.revisions?.length).toBeGreaterThan(0)
    expect(await revisions.locator('th', { hasText: 'updatedAt' }).count()).toBe(1)
    expect(await revisions.locator('tbody tr').count()).toBe(log.revisions!.length)
  },
}
const checked = new Set<string>()

describe('the admin asks nothing of other hosts', () => {
  it('the login page', async () => {
    const start = foreign.length
    await visit('/admin/login')
    const { found, message } = foreignSince(start)
    expect(found, message).toEqual([])
  })

  for (const { email, also = [] } of ACCOUNTS) {
    it(`every page ${email} can open`, async () => {
      const start = foreign.length
      await walk(email, also)
      const { found, message } = foreignSince(start)
      expect(found, message).toEqual([])
    }, 420_000)
  }

  it('reached every page type', () => {
    const missing = REQUIRED.filter((path) => !visited.has(path))
    expect(missing).toEqual([])
    // The workflow panel and the JSON fields were checked on a document of each.
    expect([...checked].sort()).toEqual(Object.keys(DOCUMENT_CHECKS).sort())
    // Roughly: every collection's list view of these roles, and one document of most.
    expect(documentOf.size).toBeGreaterThan(15)
  })
})
