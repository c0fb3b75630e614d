/**
 * The four forms in the real admin, each end to end: a unit fills it in (the form's own items,
 * table rows added by hand), saves and submits it; its signers sign in the workflow panel; the
 * filing is downloaded as .docx and read back; the collecting office downloads the roll-up
 * (.xlsx) and finds it there. A wrong figure is refused with a Chinese message and nothing typed
 * is lost; the 专栏 approval creates the column for the applying unit, the 链接 approval fills
 * the registry.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/data/users'
import { login, openBrowser, pick } from './browser'

const adminUrl = inject('adminUrl')
/** A first visit to a page compiles it under `next dev`; on a busy machine that takes a while. */
const SLOW = 120_000
let browser: Awaited<ReturnType<typeof openBrowser>>

/** Yesterday in China: a reception just ended, its report on time. */
const yesterday = new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10)
const month = yesterday.slice(0, 7)

beforeAll(async () => {
  browser = await openBrowser()
  browser.page.setDefaultTimeout(SLOW)
  browser.page.setDefaultNavigationTimeout(SLOW)
})

afterAll(async () => {
  await browser?.close()
})

async function startFiling(page: Page, email: string, form: string) {
  await login(page, adminUrl, email, DEMO_PASSWORD)
  await page.goto(`${adminUrl}/admin/collections/form-filings/create`, { waitUntil: 'networkidle' })
  await pick(page, 'form', form)
  await page.getByTestId('form-data').locator('[data-item]').first().waitFor()
}

async function saveAndSubmit(page: Page, firstStage: string): Promise<string> {
  await page.getByRole('button', { name: '保存草稿' }).click()
  await page.waitForURL(/\/form-filings\/\d+$/, { timeout: SLOW })
  const url = page.url()
  await page.getByTestId('form-data-check').filter({ hasText: '填写完整，数据核对一致' }).waitFor()
  await page.getByRole('button', { name: '提交审核' }).click()
  await page.getByTestId('workflow-status').filter({ hasText: '审核中' }).waitFor()
  expect(await page.getByTestId('workflow-route').innerText()).toContain(firstStage)
  return url
}

async function signAs(page: Page, email: string, url: string, opinion = '同意。') {
  await login(page, adminUrl, email, DEMO_PASSWORD)
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.getByTestId('workflow-sign').waitFor()
  for (const box of await page.getByTestId('workflow-sign').locator('input[type=checkbox]').all()) await box.check()
  await page.fill('#rw-opinion', opinion)
  await page.getByRole('button', { name: '同意', exact: true }).click()
  await page.getByText('操作成功').first().waitFor()
}

async function docxOf(page: Page, url: string): Promise<{ name: string; text: string }> {
  await page.goto(url, { waitUntil: 'networkidle' })
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出 Word/ }).click()])
  const { value } = await mammoth.extractRawText({ buffer: fs.readFileSync((await download.path())!) })
  return { name: download.suggestedFilename(), text: value }
}

/** The roll-up of a form as its collecting office downloads it from the form's page. */
async function rollupOf(page: Page, email: string, formName: string, period?: string): Promise<string[][]> {
  await login(page, adminUrl, email, DEMO_PASSWORD)
  await page.goto(`${adminUrl}/admin/collections/form-definitions`, { waitUntil: 'networkidle' })
  const href = await page.getByRole('link', { name: formName, exact: true }).first().getAttribute('href')
  await page.goto(`${adminUrl}${href}`, { waitUntil: 'networkidle' })
  if (period) {
    // Filled again until the link carries it: a fill before the page has hydrated is lost.
    const link = page.getByTestId('form-rollup-link')
    for (let attempt = 0; attempt < 10 && !(await link.getAttribute('href'))?.endsWith(`period=${period}`); attempt++) {
      await page.getByTestId('form-rollup-period').fill(period)
      await page.waitForTimeout(500)
    }
    expect(await link.getAttribute('href')).toMatch(new RegExp(`period=${period}$`))
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('form-rollup-link').click()])
  expect(download.suggestedFilename()).toMatch(/汇总表.*\.xlsx$/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile((await download.path())!)
  const rows: string[][] = []
  workbook.worksheets[0].eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => (v === null || v === undefined ? '' : String(v)))))
  return rows
}

async function addRow(page: Page, table: string, values: Record<string, string>, kinds: Record<string, 'select'> = {}) {
  const rows = await page.locator(`[data-table="${table}"] [data-row]`).count()
  await page.click(`#fd-add-${table}`)
  for (const [key, value] of Object.entries(values)) {
    const id = `#fd-${table}-${rows}-${key}`
    if (kinds[key] === 'select') await page.selectOption(id, value)
    else await page.fill(id, value)
  }
}

describe('政务接待信息报告', () => {
  let url = ''

  it('the officer fills it in; a wrong total is refused in Chinese and nothing typed is lost', async () => {
    const { page } = browser
    await startFiling(page, 'officer@demo.gov.cn', '政务接待信息报告')
    await page.fill('#fd-receptionTime', `${yesterday}T09:30`)
    await page.fill('#fd-endDate', yesterday)
    await page.fill('#fd-place', '县教育局二楼接待室（城关镇教育路8号）')
    await addRow(page, 'guests', { name: '王处长', post: '基础教育处处长', unit: '示范市教育局' })
    await page.fill('#fd-totalPersons', '3')
    await page.fill('#fd-oppositeSexCount', '1')
    await page.fill('#fd-staffCount', '1')
    await page.fill('#fd-scope', '调研课后服务工作')
    await page.fill('#fd-lodgingStandard', '0')
    await page.fill('#fd-mealStandard', '40')
    await page.fill('#fd-transportStandard', '单位公务用车')
    await page.fill('#fd-costTotal', '四百元')
    await addRow(page, 'costItems', { item: '用餐费', amount: '320' }, { item: 'select' })
    await addRow(page, 'costItems', { item: '交通费', amount: '80' }, { item: 'select' })
    await page.selectOption('#fd-payment', '公务卡结算')
    await page.fill('#fd-payer', '县教育局')
    await addRow(page, 'staff', { name: '陈局长', post: '局长', phone: '0591-12345678' })

    await page.getByRole('button', { name: '保存草稿' }).click()
    await page.getByText('“费用总额（元）”应填数字，“四百元”不是数字。').first().waitFor()
    expect(page.url()).toMatch(/\/create$/)
    expect(await page.inputValue('#fd-place')).toBe('县教育局二楼接待室（城关镇教育路8号）')
    expect(await page.inputValue('#fd-costItems-1-amount')).toBe('80')

    // A total that is a number but not the sum: the live check says so before submission.
    await page.fill('#fd-costTotal', '500')
    expect(await page.getByTestId('form-data-check').innerText()).toContain('“费用总额（元）”（500）与分项费用中“金额（元）”合计（400）不一致')
    await page.fill('#fd-costTotal', '400')
    await page.screenshot({ path: path.join(os.tmpdir(), 'gov-form-reception.png'), fullPage: true }) // for a look by eye
    url = await saveAndSubmit(page, '接待单位负责人审核')
    expect(await page.locator('#field-title').inputValue()).toMatch(/^政务接待信息报告（教育局，\d{4}年\d+月\d+日）$/)
  })

  it('the unit head and the management office sign; the report is exported as .docx', async () => {
    const { page } = browser
    await signAs(page, 'head@demo.gov.cn', url)
    await signAs(page, 'reviewer@demo.gov.cn', url, '已审核，列入本月汇总。')
    await page.reload({ waitUntil: 'networkidle' })
    expect(await page.getByTestId('workflow-status').innerText()).toBe('已终审')
    expect(await page.getByTestId('document-status').innerText()).toBe('已审定')
    const { name, text } = await docxOf(page, url)
    expect(name).toMatch(/^政务接待信息报告（教育局，.*）\.docx$/)
    expect(text).toContain('姓名：王处长')
    expect(text).toContain('400.00')
    expect(text).toContain('按期报送')
    expect(text).toContain('已审核，列入本月汇总。')
  })

  it('the unit’s list shows the report with its deadline mark', async () => {
    const { page } = browser
    await login(page, adminUrl, 'officer@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin/collections/form-filings`, { waitUntil: 'networkidle' })
    const row = page.locator('tr').filter({ has: page.locator(`a[href$="/form-filings/${url.split('/').pop()}"]`) })
    expect(await row.innerText()).toMatch(/按期报送（期限\d{4}年\d+月\d+日）/)
    // The seed's report of last month was filed after its 10 working days.
    expect(await page.locator('tr').filter({ hasText: '逾期报送' }).count()).toBeGreaterThan(0)
  })

  it('the county office rolls up the month: the report is there, its figures checked', async () => {
    const rows = await rollupOf(browser.page, 'reviewer@demo.gov.cn', '政务接待信息报告', month)
    expect(rows[0][0]).toContain('政务接待信息报告汇总表')
    const header = rows.findIndex((r) => r[0] === '序号')
    const place = rows[header].indexOf('接待地点')
    const report = rows.find((r) => r[place] === '县教育局二楼接待室（城关镇教育路8号）')!
    expect(report[rows[header].indexOf('数据核对')]).toBe('数据一致')
    expect(report[rows[header].indexOf('期限')]).toMatch(/^按期报送/)
    expect(rows.some((r) => r[1] === '合计')).toBe(true)
  })
})

describe('自建政务信息系统基本情况表（表一）', () => {
  let url = ''

  it('the health commission’s officer lists a system that produces no data, leaving columns 16–20 blank', async () => {
    const { page } = browser
    await startFiling(page, 'officer.health@demo.gov.cn', '自建政务信息系统基本情况表')
    await page.fill('#fd-year', String(new Date().getFullYear()))
    await addRow(
      page,
      'systems',
      {
        systemName: '县卫健委门户子站',
        systemType: '门户网站',
        vendor: '县电子政务中心',
        budgetProject: '县政府网站集约化建设项目',
        approvalDate: '2023-05-10',
        approvedBudget: '0',
        opex: '0',
        startDate: '2023-07-01',
        network: '互联网',
        users: '面向社会公众',
        mlpsLevel: '等待审核中',
        classifiedLevel: '不涉密',
        producesData: '否',
      },
      { systemType: 'select', network: 'select', users: 'select', mlpsLevel: 'select', classifiedLevel: 'select', producesData: 'select' },
    )
    await page.fill('#fd-contact', '周卫信')
    await page.fill('#fd-phone', '0591-22345678')
    await page.screenshot({ path: path.join(os.tmpdir(), 'gov-form-it-systems.png'), fullPage: true }) // for a look by eye
    url = await saveAndSubmit(page, '单位负责人审核')
  })

  it('is signed by the commission head and the data bureau, and exported as .docx', async () => {
    const { page } = browser
    await signAs(page, 'head.health@demo.gov.cn', url)
    await signAs(page, 'head.data@demo.gov.cn', url)
    const { text } = await docxOf(page, url)
    expect(text).toContain('自建政务信息系统基本情况表')
    expect(text).toContain('14. 信息系统安全等级定级情况：等待审核中')
    expect(text).not.toContain('数据库类型')
  })

  it('the data bureau’s roll-up has one row per system under the table’s column numbers', async () => {
    const rows = await rollupOf(browser.page, 'head.data@demo.gov.cn', '自建政务信息系统基本情况表')
    const header = rows.findIndex((r) => r[0] === '序号')
    expect(rows[header + 1].filter(Boolean)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 3)))
    const units = rows.slice(header + 2).map((r) => r[1])
    expect(units).toContain('县卫生健康委员会')
    expect(units).toContain('县教育局')
  })
})

describe('专栏设置申请表', () => {
  let url = ''

  it('the education bureau’s webmaster asks for a column', async () => {
    const { page } = browser
    await startFiling(page, 'webmaster.edu@demo.gov.cn', '专栏设置申请表')
    await page.selectOption('#fd-requestType', '新设专栏')
    await page.fill('#fd-columnName', '教师招聘专栏')
    await page.fill('#fd-columnSlug', 'jiaoshi-zhaopin')
    await page.selectOption('#fd-columnKind', '通知公告')
    await page.fill('#fd-reason', '集中发布教师招聘公告和结果。')
    await page.fill('#fd-content', '招聘公告、资格审查、拟聘名单。')
    await page.selectOption('#fd-updateFrequency', '每月')
    await page.fill('#fd-maintainer', '赵子站')
    await page.fill('#fd-phone', '0591-12345679')
    url = await saveAndSubmit(page, '县电子政务中心审定')
  })

  it('after the bureau head, no column yet; after the e-government centre, the column exists in the bureau’s sub-site', async () => {
    const { page } = browser
    await signAs(page, 'head@demo.gov.cn', url)
    const before = await page.evaluate(async () => (await (await fetch('/api/columns?where[slug][equals]=jiaoshi-zhaopin&depth=0')).json()).totalDocs)
    expect(before).toBe(0)
    await signAs(page, 'head.egov@demo.gov.cn', url, '同意开设。')
    const columns = await page.evaluate(async () => (await (await fetch('/api/columns?where[slug][equals]=jiaoshi-zhaopin&depth=1')).json()).docs)
    expect(columns).toHaveLength(1)
    expect(columns[0].name).toBe('教师招聘专栏')
    expect(columns[0].unit.name).toBe('县教育局')
    const { text } = await docxOf(page, url)
    expect(text).toContain('栏目英文标识')
    expect(text).toContain('jiaoshi-zhaopin')
    expect(text).toContain('县电子政务中心审定')
  })

  it('the e-government centre lists the requests in its roll-up', async () => {
    const rows = await rollupOf(browser.page, 'webmaster@demo.gov.cn', '专栏设置申请表')
    expect(rows.some((r) => r.includes('教师招聘专栏'))).toBe(true)
  })
})

describe('网站链接备案表', () => {
  let url = ''

  it('the webmaster registers a link; approved, it is in the registry', async () => {
    const { page } = browser
    await startFiling(page, 'webmaster.edu@demo.gov.cn', '网站链接备案表')
    await addRow(page, 'links', { siteName: '福建省教育厅', url: 'http://jyt.fujian.gov.cn/', sponsor: '福建省教育厅', position: '教育局子站·友情链接' })
    await page.fill('#fd-reason', '子站友情链接。')
    await page.fill('#fd-contact', '赵子站')
    await page.fill('#fd-phone', '0591-12345679')
    url = await saveAndSubmit(page, '申请单位负责人审核')
    await signAs(page, 'head@demo.gov.cn', url)
    await signAs(page, 'head.egov@demo.gov.cn', url)
    const links = await page.evaluate(async () => (await (await fetch('/api/registered-links?where[host][equals]=jyt.fujian.gov.cn&depth=0')).json()).docs)
    expect(links).toHaveLength(1)
    expect(links[0]).toMatchObject({ siteName: '福建省教育厅', active: true })
    const { text } = await docxOf(page, url)
    expect(text).toContain('网址：http://jyt.fujian.gov.cn/')
  })

  it('the e-government centre’s roll-up lists the registered sites', async () => {
    const rows = await rollupOf(browser.page, 'webmaster@demo.gov.cn', '网站链接备案表')
    expect(rows.some((r) => r.join(' ').includes('福建省教育厅 http://jyt.fujian.gov.cn/'))).toBe(true)
  })
})
