/**
 * The submission line in the real admin: the education bureau's 信息员 writes an item and submits
 * it; the bureau head signs it in the workflow panel; the county office's 信息编辑 opens a new
 * issue of 《政务要情》 and adopts the item into it with the receipt’s 采用 action; the issue's .docx is
 * downloaded and read back; the adoption scores when the issue is signed, not before.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/data/users'
import { login, openBrowser, pick } from './browser'

const adminUrl = inject('adminUrl')
/** A first visit to a page compiles it under `next dev`; on a busy machine that takes a while. */
const SLOW = 90_000
const TITLE = '县教育局建成智慧校园平台实现“一网通办”'
const TEXT = '县教育局建成智慧校园平台，学生入学、转学等12项业务实现网上办理，平均办理时间缩短至1个工作日。'
let browser: Awaited<ReturnType<typeof openBrowser>>
let submissionUrl = ''
let issueUrl = ''
let issueTitle = ''

beforeAll(async () => {
  browser = await openBrowser()
  browser.page.setDefaultTimeout(SLOW)
  browser.page.setDefaultNavigationTimeout(SLOW)
})

afterAll(async () => {
  await browser?.close()
})

describe('submission line in the admin', () => {
  it('the officer writes the item and submits it for the unit head to sign', async () => {
    const { page } = browser
    await login(page, adminUrl, 'officer@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin/collections/submissions/create`, { waitUntil: 'networkidle' })
    // The line's own words where a web page would say 发布.
    expect(await page.getByTestId('review-publish-note').innerText()).toBe('终审通过后报送上级')
    await page.fill('#field-title', TITLE)
    await pick(page, 'category', '经验做法与困难问题')
    await page.locator('[data-lexical-editor="true"]').click()
    await page.keyboard.type(TEXT)
    await page.fill('#field-writer', '李信息')
    await page.fill('#field-writerPhone', '0591-12345678')
    await page.getByRole('button', { name: '保存草稿' }).click()
    await page.waitForURL(/\/submissions\/\d+$/, { timeout: SLOW })
    submissionUrl = page.url()

    await page.getByRole('button', { name: '提交审核' }).click()
    await page.getByTestId('workflow-status').filter({ hasText: '审核中' }).waitFor()
    expect(await page.getByTestId('workflow-route').innerText()).toContain('单位领导签发')
  })

  it('the unit head signs; the item goes to the county office', async () => {
    const { page } = browser
    await login(page, adminUrl, 'head@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(submissionUrl, { waitUntil: 'networkidle' })
    await page.getByTestId('workflow-sign').waitFor()
    for (const box of await page.getByTestId('workflow-sign').locator('input[type=checkbox]').all()) await box.check()
    await page.fill('#rw-opinion', '同意报送。')
    await page.getByRole('button', { name: '同意', exact: true }).click()
    await page.getByText('操作成功').first().waitFor()
    await page.reload({ waitUntil: 'networkidle' })
    expect(await page.getByTestId('workflow-status').innerText()).toBe('已终审')
    // The line's words in the header, not Payload's 已发布.
    expect(await page.getByTestId('document-status').innerText()).toBe('已报送')
  })

  it('the office editor opens an issue of 《政务要情》 and adopts the item into it', async () => {
    const { page } = browser
    await login(page, adminUrl, 'editor@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin/collections/journal-issues/create`, { waitUntil: 'networkidle' })
    await pick(page, 'journal', /^政务要情$/)
    await page.fill('#field-editorNote', '现将县教育局推进教育数字化的做法刊发，供参阅。')
    await page.getByRole('button', { name: '保存草稿' }).click()
    await page.waitForURL(/\/journal-issues\/\d+$/, { timeout: SLOW })
    issueUrl = page.url()
    issueTitle = await page.locator('#field-title').inputValue()
    expect(issueTitle).toMatch(/^《政务要情》\d{4}年第\d+期（总第\d+期）$/)

    await page.goto(`${adminUrl}/admin/collections/submission-receipts`, { waitUntil: 'networkidle' })
    // Opened by its address: under `next dev` the receipt page is compiled on this first visit.
    const receiptHref = await page.getByRole('link', { name: TITLE }).first().getAttribute('href')
    expect(receiptHref).toMatch(/\/submission-receipts\/\d+$/)
    await page.goto(`${adminUrl}${receiptHref}`, { waitUntil: 'networkidle', timeout: 2 * SLOW })
    // 采用 is an action with a confirmation, not a form field that stays editable.
    expect(await page.locator('#field-adoptionMode').isVisible()).toBe(false)
    await page.getByRole('button', { name: '采用', exact: true }).click()
    await page.getByTestId('receipt-adoption-mode').selectOption({ label: '全文采用' })
    await page.getByTestId('receipt-adoption-issue').selectOption({ label: issueTitle })
    await page.screenshot({ path: path.join(os.tmpdir(), 'gov-receipt-adopt-dialog.png') }) // for a look by eye
    await page.getByRole('button', { name: '确认采用' }).click()
    await page.getByTestId('receipt-status').filter({ hasText: '已采用' }).waitFor({ timeout: SLOW })
    const decision = page.getByTestId('receipt-decision')
    expect(await decision.innerText()).toContain(`全文采用，${issueTitle}`)
    // Decided: no second adoption and no return; forwarding to the city is still open.
    expect(await decision.getByRole('button').allInnerTexts()).toEqual(['转报上一级'])
    await page.screenshot({ path: path.join(os.tmpdir(), 'gov-receipt-decided.png'), fullPage: true })
  })

  it('downloads the issue as .docx with the masthead number and the adopted item', async () => {
    const { page } = browser
    await page.goto(issueUrl, { waitUntil: 'networkidle' })
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出 Word/ }).click()])
    const file = await download.path()
    const { value: text } = await mammoth.extractRawText({ buffer: fs.readFileSync(file!) })
    expect(download.suggestedFilename()).toBe(`${issueTitle}.docx`)
    expect(text).toContain(issueTitle.replace(/^《政务要情》/, ''))
    expect(text).toContain('编者按')
    expect(text).toContain(TITLE)
    expect(text).toContain(TEXT)
    expect(text).toContain('县政府办公室')
  })

  async function educationScore(page: import('playwright-core').Page) {
    await page.goto(`${adminUrl}/admin/submission-stats`, { waitUntil: 'networkidle' })
    const cell = (col: string) => page.locator(`tr[data-unit="教育局"] [data-col="${col}"]`).innerText()
    return { score: (await cell('score')).trim(), adopted: (await cell('adopted')).trim() }
  }

  async function sign(page: import('playwright-core').Page, email: string, opinion: string) {
    await login(page, adminUrl, email, DEMO_PASSWORD)
    await page.goto(issueUrl, { waitUntil: 'networkidle' })
    await page.getByTestId('workflow-sign').waitFor()
    for (const box of await page.getByTestId('workflow-sign').locator('input[type=checkbox]').all()) await box.check()
    await page.fill('#rw-opinion', opinion)
    await page.getByRole('button', { name: '同意', exact: true }).click()
    await page.getByText('操作成功').first().waitFor()
  }

  it('the adoption scores nothing while the issue is a draft', async () => {
    const { page } = browser
    // Only the seed's signed 《政务快讯》 adoption (5 by the default county rule).
    expect(await educationScore(page)).toEqual({ score: '5', adopted: '1' })
  })

  it('the issue is signed by the office head and the leader in charge; then the statistics view shows the bureau’s new score', async () => {
    const { page } = browser
    await page.goto(issueUrl, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: '提交审核' }).click()
    await page.getByTestId('workflow-status').filter({ hasText: '审核中' }).waitFor()
    await sign(page, 'head.office@demo.gov.cn', '同意。')
    await sign(page, 'deputy.office@demo.gov.cn', '同意印发。')
    await page.reload({ waitUntil: 'networkidle' })
    expect(await page.getByTestId('workflow-status').innerText()).toBe('已终审')

    await login(page, adminUrl, 'editor@demo.gov.cn', DEMO_PASSWORD)
    // The seed's 《政务快讯》 adoption (5) plus this 《政务要情》 adoption (10), counted at sign-off.
    expect(await educationScore(page)).toEqual({ score: '15', adopted: '2' })
  })
})
