/**
 * The 依申请公开 form and the web hardening in the browser, against the built portal and the
 * admin served by scripts/admin-server.ts:
 * - a citizen fills only the required fields, leaves 载体形式 and 获取方式 at 请选择, submits, and
 *   gets a receipt; the application is stored with the real client address, not one the
 *   request claimed in X-Forwarded-For;
 * - a refused submission brings the form back with every typed value;
 * - the portal's and the admin's Content-Security-Policy let the pages work: no violation while
 *   searching with Pagefind (WebAssembly), posting the form, or signing in and opening the admin.
 */
import pg from 'pg'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/data/users'
import { login, openBrowser } from './browser'

const portalUrl = inject('portalUrl')
const adminUrl = inject('adminUrl')
const env = inject('e2eEnv')
const ENDPOINT = `${adminUrl}/api/disclosure/applications`

const stamp = Date.now().toString(36)
const citizen = {
  name: '郑秀兰',
  idNumber: '11010519491231002X',
  phone: '0591-87654321',
  address: '示范县城关镇南门路7号',
  description: `城关镇2026年老旧小区改造名单（编号 ${stamp}）`,
}

let browser: Awaited<ReturnType<typeof openBrowser>>
const violations: string[] = []

/** CSP violations reported by the page (as console errors and as securitypolicyviolation events). */
function watchCsp(page: Page) {
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
  })
}

async function fillRequired(page: Page, values: typeof citizen) {
  await page.getByLabel('申请人类型').selectOption({ label: '公民（自然人）' })
  await page.getByLabel('姓名 / 名称').fill(values.name)
  await page.getByLabel('身份证号码 / 统一社会信用代码').fill(values.idNumber)
  await page.getByLabel('联系电话').fill(values.phone)
  await page.getByLabel('通信地址').fill(values.address)
  await page.getByLabel('所需政府信息的描述').fill(values.description)
}

async function submit(page: Page) {
  const posted = page.waitForResponse((r) => r.url() === ENDPOINT && r.request().method() === 'POST')
  await page.getByRole('button', { name: '提交申请' }).click()
  const response = await posted
  await page.waitForLoadState('domcontentloaded')
  return response
}

async function stored(description: string) {
  const db = new pg.Client({ connectionString: env.DATABASE_URL })
  await db.connect()
  try {
    return (await db.query('select receipt_no, format, channel, source_ip from disclosure_applications where description = $1', [description])).rows as {
      receipt_no: string
      format: string | null
      channel: string | null
      source_ip: string
    }[]
  } finally {
    await db.end()
  }
}

beforeAll(async () => {
  browser = await openBrowser()
  browser.page.setDefaultTimeout(120_000)
  browser.page.setDefaultNavigationTimeout(180_000)
  watchCsp(browser.page)
})

afterAll(async () => {
  await browser?.close()
})

describe('依申请公开: the portal form keeps every citizen’s submission', () => {
  it('the portal page is served with a CSP that lets the form post to the CMS', async () => {
    const response = await fetch(`${portalUrl}/xxgk/apply/`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain(`form-action 'self' ${new URL(adminUrl).origin}`)
    expect(csp).toContain("'wasm-unsafe-eval'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('with 载体形式 and 获取方式 left at 请选择 and the optional fields blank, the application is received', async () => {
    const { page } = browser
    await page.goto(`${portalUrl}/xxgk/apply/`, { waitUntil: 'networkidle' })
    await fillRequired(page, citizen)
    expect(await page.getByLabel('获取信息的载体形式').inputValue()).toBe('')
    expect(await page.getByLabel('获取信息的方式').inputValue()).toBe('')
    const response = await submit(page)
    expect(response.status()).toBe(201)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('申请已收到')
    const receiptNo = (await page.locator('dt', { hasText: '受理编号' }).locator('xpath=following-sibling::dd[1]').innerText()).trim()
    expect(receiptNo).toMatch(/^依申请〔\d{4}〕\d+号$/)
    const rows = await stored(citizen.description)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ receipt_no: receiptNo, format: null, channel: null })
  })

  it('a refused submission comes back with every typed value, the blank choices still blank', async () => {
    const { page } = browser
    await page.goto(`${portalUrl}/xxgk/apply/`, { waitUntil: 'networkidle' })
    const refused = { ...citizen, phone: '请于工作日来电', description: `城关镇老旧小区改造资金安排（编号 ${stamp}）` }
    await fillRequired(page, refused)
    await page.getByLabel('用途').fill('了解<本小区>是否列入')
    const response = await submit(page)
    expect(response.status()).toBe(400)
    expect(await page.getByRole('alert').innerText()).toContain('联系电话只能包含数字')
    expect(await page.getByLabel('申请人类型').inputValue()).toBe('natural')
    expect(await page.getByLabel('姓名 / 名称').inputValue()).toBe(refused.name)
    expect(await page.getByLabel('身份证号码 / 统一社会信用代码').inputValue()).toBe(refused.idNumber)
    expect(await page.getByLabel('联系电话').inputValue()).toBe(refused.phone)
    expect(await page.getByLabel('通信地址').inputValue()).toBe(refused.address)
    expect(await page.getByLabel('所需政府信息的描述').inputValue()).toBe(refused.description)
    expect(await page.getByLabel('用途').inputValue()).toBe('了解<本小区>是否列入')
    expect(await page.getByLabel('获取信息的载体形式').inputValue()).toBe('')
    expect(await page.getByLabel('获取信息的方式').inputValue()).toBe('')
    expect(await stored(refused.description)).toHaveLength(0)

    // Corrected on the returned page, it goes through.
    await page.getByLabel('联系电话').fill('0591-87650000')
    expect((await submit(page)).status()).toBe(201)
    expect(await stored(refused.description)).toHaveLength(1)
  })

  it('the admin server records the real client address, not the X-Forwarded-For a client sends', async () => {
    const description = `伪造来源地址的申请（编号 ${stamp}）`
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.66' },
      body: JSON.stringify({ applicantKind: 'natural', ...citizen, description }),
    })
    expect(response.status).toBe(201)
    const [row] = await stored(description)
    expect(row.source_ip).not.toBe('203.0.113.66')
    expect(['127.0.0.1', '::1']).toContain(row.source_ip)
  })
})

describe('Content-Security-Policy in the browser', () => {
  it('Pagefind search works on the portal under its CSP', async () => {
    const { page } = browser
    await page.goto(`${portalUrl}/search/?q=${encodeURIComponent('政务公开')}`, { waitUntil: 'networkidle' })
    await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''))
    expect(await page.locator('#search-status').innerText()).toMatch(/^找到 \d+ 条/)
  })

  it('the admin signs in and opens its views under its CSP, with a nonce on every script', async () => {
    const { page } = browser
    // As served: every script tag Next renders carries this response's nonce.
    const served = await fetch(`${adminUrl}/admin/login`)
    const csp = served.headers.get('content-security-policy') ?? ''
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
    expect(nonce).toBeTruthy()
    expect(csp).toContain("frame-ancestors 'none'")
    const tags = (await served.text()).match(/<script\b[^>]*>/g) ?? []
    expect(tags.length).toBeGreaterThan(0)
    expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([])
    await login(page, adminUrl, 'disclosure@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin/collections/disclosure-applications`, { waitUntil: 'networkidle' })
    await page.locator('tbody tr').first().waitFor()
    await page.locator('tbody tr .cell-receiptNo a').first().click()
    await page.locator('#field-description').waitFor()
  })

  it('no page broke a policy', () => {
    expect(violations).toEqual([])
  })
})
