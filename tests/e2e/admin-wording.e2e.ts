/**
 * The admin in Chinese where the review workflow shows itself: the system administrator edits a
 * review route (第N级 rows, roles, content fields and their values by Chinese labels) and saves it
 * unchanged; notifications, a review run's frozen route and the audit log show types, roles and
 * content types by their labels. No visible text may carry an internal code. Screenshots are
 * saved as /tmp/gov-admin-wording-*.png to be looked at.
 */
import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/data/users'
import { login, openBrowser } from './browser'

const adminUrl = inject('adminUrl')
let browser: Awaited<ReturnType<typeof openBrowser>>

/** Internal names a Chinese administrator must never read: roles, field names, option values, kinds, English row labels and errors. */
const CODES = [
  'unitHead',
  'reviewer',
  'leader',
  'sysAdmin',
  'officer',
  'involvesLeaders',
  'sensitivity',
  'toLeader',
  'signerType',
  'deadlineDays',
  'main4',
  'visiting',
  'negative',
  'assigned',
  'approved',
  'emergency',
  'dueSoon',
  'overdue',
  'approve',
  'articles',
  'it-projects',
  'message-replies',
  'Stage 0',
  'Stages',
  'Condition 0',
  'Checklist 0',
  'Signature 0',
  'Invalid JSON',
  'Kind',
  'Recipient',
  'Run Id',
]

/** The codes found in the page's visible text (and in the values of its text inputs). */
async function codesShown(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const inputs = [...document.querySelectorAll('input[type=text], input:not([type]), textarea')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => (el as HTMLInputElement).value)
    return `${document.body.innerText}\n${inputs.join('\n')}`
  })
  // A code as a word of its own: not part of an e-mail address (officer@…), a file or a path.
  const edge = '[^A-Za-z0-9@._/-]'
  return CODES.filter((code) => new RegExp(`(^|${edge})${code.replace(/-/g, '\\-')}($|${edge})`).test(text))
}

beforeAll(async () => {
  browser = await openBrowser()
  // Next's dev server compiles the login page on first use.
  await browser.page.goto(`${adminUrl}/admin/login`, { timeout: 240_000 })
})

afterAll(async () => {
  await browser?.close()
})

describe('the workflow-definition editor', () => {
  it('shows the web article route to the system administrator in Chinese, with pickers, and saves it unchanged', async () => {
    const { page } = browser
    await login(page, adminUrl, 'sysadmin@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin/collections/workflow-definitions`, { waitUntil: 'networkidle' })
    expect(await codesShown(page)).toEqual([])
    await page.getByRole('link', { name: '上网信息发布审核' }).first().click()
    await page.waitForURL(/\/workflow-definitions\/\d+$/)
    const rows = page.getByTestId('stage-row-label')
    await rows.first().waitFor()
    expect(await rows.first().innerText()).toBe('第1级：单位负责人审核')
    expect(await rows.nth(2).innerText()).toBe('第3级：电子政务中心主任审核（按条件加入）')
    // The condition pickers have loaded the fields' labels.
    const conditions = page.getByTestId('condition-row-label')
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=condition-row-label]')].some((el) => el.textContent?.includes('涉及领导活动')))
    expect(await conditions.first().innerText()).toBe('条件1：涉及领导活动 属于 县级领导活动或图片、四套班子主要领导、副厅级以上领导来访')
    const allConditions = await conditions.allInnerTexts()
    expect(allConditions).toContain('条件1：信息性质 属于 重大事件、负面信息')
    const firstField = page.getByTestId('condition-field').first()
    expect(await firstField.innerText()).toContain('涉及领导活动')
    expect(await page.getByTestId('condition-value').first().innerText()).toContain('副厅级以上领导来访')

    // The field picker lists the article's fields by their labels.
    await firstField.locator('.rs__control').click()
    const options = await page.locator('.rs__option').allInnerTexts()
    expect(options).toEqual(expect.arrayContaining(['标题', '栏目', '涉及领导活动', '信息性质', '涉密']))
    expect(options.filter((o) => /^[A-Za-z]+$/.test(o))).toEqual([])
    await page.keyboard.press('Escape')

    // Roles and units are chosen and shown by their names (the unit's name is looked up after load).
    await page.getByText('对应单位：县政府办公室').first().waitFor()
    const text = await page.locator('form').first().innerText()
    expect(text).toContain('作者所在单位的角色')
    expect(text).toContain('单位负责人')
    expect(text).toContain('对应单位：县政府办公室')
    await page.screenshot({ path: '/tmp/gov-admin-wording-definition.png', fullPage: true })
    expect(await codesShown(page)).toEqual([])

    // Saved unchanged, what the pickers hold passes the definition's validation (Save is enabled
    // once the form has been touched: the name is typed over with itself).
    const name = page.locator('#field-name')
    const original = await name.inputValue()
    await name.fill(`${original}（改）`)
    await name.fill(original)
    const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && /\/api\/workflow-definitions\/\d+/.test(r.url()))
    await page.getByRole('button', { name: '保存', exact: true }).click()
    expect((await saved).status()).toBe(200)
  })
})

describe('notifications, runs and the audit log', () => {
  it('shows the system administrator’s (empty) notifications in Chinese', async () => {
    const { page } = browser
    await page.goto(`${adminUrl}/admin/collections/workflow-notifications`, { waitUntil: 'networkidle' })
    await page.locator('h1', { hasText: '审核通知' }).waitFor()
    await page.screenshot({ path: '/tmp/gov-admin-wording-notifications-sysadmin.png', fullPage: true })
    expect(await codesShown(page)).toEqual([])
  })

  it('shows a reviewer’s notifications by Chinese types, in the list and in one notice', async () => {
    const { page } = browser
    await login(page, adminUrl, 'reviewer@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin/collections/workflow-notifications`, { waitUntil: 'networkidle' })
    const table = page.locator('.table')
    await table.waitFor()
    expect(await table.innerText()).toContain('待签发')
    expect(await table.locator('thead').innerText()).toMatch(/标题[\s\S]*类型/)
    await page.screenshot({ path: '/tmp/gov-admin-wording-notifications.png', fullPage: true })
    expect(await codesShown(page)).toEqual([])

    await table.locator('tbody tr').first().locator('a').first().click()
    await page.waitForURL(/\/workflow-notifications\/\d+$/)
    await page.locator('#field-kind').waitFor()
    expect(await page.locator('#field-kind').innerText()).toContain('待签发')
    expect(await page.getByTestId('notification-link').innerText()).toBe('打开相关稿件')
    await page.screenshot({ path: '/tmp/gov-admin-wording-notification.png', fullPage: true })
    expect(await codesShown(page)).toEqual([])
  })

  it('shows a review run’s frozen route as a table with Chinese headers, modes and roles', async () => {
    const { page } = browser
    await page.goto(`${adminUrl}/admin/collections/workflow-runs`, { waitUntil: 'networkidle' })
    await page.locator('.table tbody tr').first().waitFor()
    expect(await codesShown(page)).toEqual([])
    await page.locator('.table tbody tr').first().locator('a').first().click()
    await page.waitForURL(/\/workflow-runs\/\d+$/)
    const route = page.locator('[data-testid=json-view][data-field=route]')
    await route.waitFor()
    expect(await route.locator('thead').innerText()).toMatch(/环节[\s\S]*签发人[\s\S]*签发方式/)
    expect(await page.locator('#field-docCollection').inputValue()).toMatch(/[\u4e00-\u9fff]/)
    // The workflow by its name, not its code.
    await page.waitForFunction(() => /[\u4e00-\u9fff]/.test((document.querySelector('#field-definitionCode') as HTMLInputElement | null)?.value ?? ''))
    await page.screenshot({ path: '/tmp/gov-admin-wording-run.png', fullPage: true })
    expect(await codesShown(page)).toEqual([])
  })

  it('shows the audit log’s roles and content types by their labels', async () => {
    const { page } = browser
    await login(page, adminUrl, 'auditor@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin/collections/audit-log?limit=20&where[docCollection][equals]=articles`, { waitUntil: 'networkidle' })
    await page.locator('.table tbody tr').first().waitFor()
    await page.screenshot({ path: '/tmp/gov-admin-wording-audit.png', fullPage: true })
    expect(await page.locator('.table').innerText()).toMatch(/文章/)
    expect(await codesShown(page)).toEqual([])
  })
})
