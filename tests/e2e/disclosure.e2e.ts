/**
 * 依申请公开 from end to end: a citizen fills the built portal's form (it posts straight to the
 * CMS) and gets a receipt with 受理编号 and 答复期限 (20 working days on the China calendar); a
 * wrong 身份证号码 brings the form back with everything typed and the field named. The
 * disclosure officer finds the application in the admin with its due date, answers it
 * (予以公开, 答复日期) in the edit form, and 重新计算 of this year's annual report counts it in
 * table 三 (本年新收 and 予以公开, 自然人), against the counts taken before the submission.
 */
import type { Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { addChinaWorkingDays, calendarYearFromDoc, setCalendarData } from '../../cms/src/calendar/chinaCalendar'
import { DEMO_PASSWORD } from '../../seed/data/users'
import { login, openBrowser, pick } from './browser'

const portalUrl = inject('portalUrl')
const adminUrl = inject('adminUrl')
const OFFICER = 'disclosure@demo.gov.cn'
const ENDPOINT = `${adminUrl}/api/disclosure/applications`

const CHINA_OFFSET_MS = 8 * 3_600_000
const DAY_MS = 86_400_000
/** YYYY-MM-DD of an instant in China time. */
const chinaDay = (t: number | string | Date) => new Date(new Date(t).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)
/** 2026年12月25日 for YYYY-MM-DD. */
const zhDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number)
  return `${y}年${m}月${d}日`
}
/** YYYY-MM-DD for 2026年12月25日. */
const fromZhDate = (text: string) => {
  const match = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text.trim())
  if (!match) throw new Error(`not a Chinese date: ${text}`)
  return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`
}

/** GB 11643-1999 check character (ISO 7064 MOD 11-2), written out here rather than taken from the CMS. */
function withCheckDigit(first17: string) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0)
  return first17 + '10X98765432'[sum % 11]
}

const stamp = Date.now().toString(36)
const applicant = {
  name: '林晓东',
  idNumber: withCheckDigit('35010219880614203'),
  phone: '0591-88123456',
  email: 'lin.xiaodong@example.com',
  address: '示范县城关镇解放路18号3单元<502>室',
  postcode: '350100',
  description: `示范县2026年城区公共停车设施建设规划及其批复文件（编号 ${stamp}）`,
  purpose: '了解小区周边停车设施建设安排',
}
/** The same digits with a different (wrong) last character. */
const wrongId = applicant.idNumber.slice(0, 17) + (applicant.idNumber[17] === '1' ? '2' : '1')
const badDescription = `申请公开城关镇2026年“口袋公园”选址论证材料（编号 ${stamp}）`

type Table3 = Record<string, Record<string, number>>
let browser: Awaited<ReturnType<typeof openBrowser>>
let reportId = ''
let before: Table3 = {}
let computedBefore = ''
const receipt = { receiptNo: '', receivedDay: '', dueDay: '' }

const year = Number(chinaDay(Date.now()).slice(0, 4))

/** A GET on the admin's REST API with the browser's session. A keep-alive connection the server
 * closed while idle answers ECONNRESET: Playwright retries those (idempotent GETs only). */
function apiJson<T>(page: Page, path: string): Promise<T> {
  // A browser sends its Origin; Playwright's request API does not, and the admin's CSRF allowlist wants one.
  return page.request.get(`${adminUrl}${path}`, { maxRetries: 2, headers: { Origin: adminUrl } }).then(async (response) => {
    expect(response.status(), `${path}: ${await response.text()}`).toBe(200)
    return (await response.json()) as T
  })
}

async function submitForm(page: Page): Promise<Response> {
  const posted = page.waitForResponse((r) => r.url() === ENDPOINT && r.request().method() === 'POST')
  await page.getByRole('button', { name: '提交申请' }).click()
  const response = await posted
  await page.waitForLoadState('domcontentloaded')
  return response
}

/** Fills the portal's (or the CMS's error page's) form by its labels. */
async function fillApplication(page: Page, values: typeof applicant) {
  await page.getByLabel('申请人类型').selectOption({ label: '公民（自然人）' })
  await page.getByLabel('姓名 / 名称').fill(values.name)
  await page.getByLabel('身份证号码 / 统一社会信用代码').fill(values.idNumber)
  await page.getByLabel('联系电话').fill(values.phone)
  await page.getByLabel('电子邮箱').fill(values.email)
  await page.getByLabel('通信地址').fill(values.address)
  await page.getByLabel('邮政编码').fill(values.postcode)
  await page.getByLabel('所需政府信息的描述').fill(values.description)
  await page.getByLabel('用途').fill(values.purpose)
  await page.getByLabel('获取信息的载体形式').selectOption({ label: '电子文档' })
  await page.getByLabel('获取信息的方式').selectOption({ label: '电子邮件' })
}

/** Presses 重新计算 on the report's edit page and reads table 三 of the saved draft. */
async function recalculate(page: Page): Promise<{ stats: Table3; computedAt: string }> {
  await page.goto(`${adminUrl}/admin/collections/annual-reports/${reportId}`, { waitUntil: 'networkidle' })
  const done = page.waitForResponse((r) => r.url().endsWith(`/api/annual-reports/${reportId}/recalculate`) && r.request().method() === 'POST')
  await page.getByRole('button', { name: /重新计算/ }).click()
  expect((await done).status()).toBe(200)
  await page.getByText('已按最新数据重新计算表二、表三。').first().waitFor()
  const report = await apiJson<{ year: number; applicationStats: Table3; computedAt: string }>(page, `/api/annual-reports/${reportId}?draft=true&depth=0`)
  expect(report.year).toBe(year)
  // The admin shows table 三 as a table (no code editor, which would need a public CDN).
  await page.waitForFunction(
    (total) => document.querySelector('.table3 tr[data-row="newReceived"] td:last-child')?.textContent === total,
    String(report.applicationStats.newReceived.total),
  )
  return { stats: report.applicationStats, computedAt: report.computedAt }
}

beforeAll(async () => {
  // The officer works in China time: the admin's date picker and date columns follow the browser's zone.
  process.env.TZ = 'Asia/Shanghai'
  browser = await openBrowser()
  browser.page.setDefaultTimeout(120_000)
  browser.page.setDefaultNavigationTimeout(180_000)
})

afterAll(async () => {
  await browser?.close()
})

describe('依申请公开: portal form → admin → annual report', () => {
  it('the test’s ID number has a valid check digit (checked against the GB 11643 sample)', () => {
    expect(withCheckDigit('11010519491231002')).toBe('11010519491231002X')
    expect(wrongId).not.toBe(applicant.idNumber)
  })

  it('the disclosure officer creates this year’s annual report and 重新计算 gives table 三 before the submission', async () => {
    const { page } = browser
    await login(page, adminUrl, OFFICER, DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin/collections/annual-reports/create`, { waitUntil: 'networkidle' })
    await page.locator('#field-title').fill(`示范县人民政府办公室${year}年政府信息公开工作年度报告`)
    await page.locator('#field-year').fill(String(year))
    await page.getByRole('button', { name: '保存草稿' }).click()
    await page.waitForURL(/\/admin\/collections\/annual-reports\/\d+$/, { timeout: 120_000 })
    reportId = page.url().split('/').pop()!
    const first = await recalculate(page)
    before = first.stats
    computedBefore = first.computedAt
    expect(before.newReceived).toBeDefined()
    expect(before.granted).toBeDefined()
  })

  it('a citizen submits the portal’s form and gets 受理编号 and 答复期限', async () => {
    const { page } = browser
    await page.context().clearCookies()
    await page.goto(`${portalUrl}/xxgk/apply/`, { waitUntil: 'networkidle' })
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('政府信息公开申请')
    expect(await page.locator('form.apply-form').getAttribute('action')).toBe(ENDPOINT)
    await fillApplication(page, applicant)
    const response = await submitForm(page)
    expect(response.status()).toBe(201)
    expect(page.url()).toBe(ENDPOINT)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('申请已收到')
    expect(await page.getByRole('status').innerText()).toContain('已提交成功')

    const term = (name: string) => page.locator('dt', { hasText: name }).locator('xpath=following-sibling::dd[1]').innerText()
    receipt.receiptNo = (await term('受理编号')).trim()
    expect(receipt.receiptNo).toMatch(new RegExp(`^依申请〔${year}〕\\d+号$`))
    receipt.receivedDay = fromZhDate(await term('收到日期'))
    expect(receipt.receivedDay).toBe(chinaDay(Date.now()))
    const due = await term('答复期限')
    expect(due).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日前（20个工作日内/)
    receipt.dueDay = fromZhDate(due)
    // 20 working days are at least four weeks, and (with the longest holiday) well under nine.
    const days = (Date.parse(receipt.dueDay) - Date.parse(receipt.receivedDay)) / DAY_MS
    expect(days).toBeGreaterThanOrEqual(28)
    expect(days).toBeLessThan(63)
  })

  it('a wrong 身份证号码 brings the CMS’s form back with what was typed and the field named', async () => {
    const { page } = browser
    await page.goto(`${portalUrl}/xxgk/apply/`, { waitUntil: 'networkidle' })
    await fillApplication(page, { ...applicant, idNumber: wrongId, description: badDescription })
    const response = await submitForm(page)
    expect(response.status()).toBe(400)
    expect(page.url()).toBe(ENDPOINT)
    const alert = page.getByRole('alert')
    expect(await alert.innerText()).toContain('已填写的内容已保留')
    expect(await alert.locator('a[href="#idNumber"]').innerText()).toBe('身份证号码 / 统一社会信用代码：身份证号码校验位不正确，请核对。')
    expect(await alert.locator('li').count()).toBe(1)
    const idInput = page.getByLabel('身份证号码 / 统一社会信用代码')
    expect(await idInput.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#idNumber-error').innerText()).toBe('身份证号码校验位不正确，请核对。')
    // Everything typed is kept, escaped and given back as typed.
    expect(await idInput.inputValue()).toBe(wrongId)
    expect(await page.getByLabel('申请人类型').inputValue()).toBe('natural')
    expect(await page.getByLabel('姓名 / 名称').inputValue()).toBe(applicant.name)
    expect(await page.getByLabel('联系电话').inputValue()).toBe(applicant.phone)
    expect(await page.getByLabel('电子邮箱').inputValue()).toBe(applicant.email)
    expect(await page.getByLabel('通信地址').inputValue()).toBe(applicant.address)
    expect(await page.getByLabel('邮政编码').inputValue()).toBe(applicant.postcode)
    expect(await page.getByLabel('所需政府信息的描述').inputValue()).toBe(badDescription)
    expect(await page.getByLabel('用途').inputValue()).toBe(applicant.purpose)
    expect(await page.getByLabel('获取信息的载体形式').inputValue()).toBe('electronic')
    expect(await page.getByLabel('获取信息的方式').inputValue()).toBe('email')
  })

  it('the officer sees it in the admin with its 答复期限 (the China working-day calendar) and answers it', async () => {
    const { page } = browser
    await login(page, adminUrl, OFFICER, DEMO_PASSWORD)

    // Stored once, with the receipt's number; nothing stored for the refused post.
    const found = await apiJson<{ docs: { id: number; receivedAt: string; dueAt: string; idNumber: string; applicantKind: string; status: string }[] }>(
      page,
      `/api/disclosure-applications?depth=0&where[description][equals]=${encodeURIComponent(applicant.description)}`,
    )
    expect(found.docs).toHaveLength(1)
    const stored = found.docs[0]
    expect(stored).toMatchObject({ idNumber: applicant.idNumber, applicantKind: 'natural', status: 'received' })
    const refused = await apiJson<{ totalDocs: number }>(page, `/api/disclosure-applications?depth=0&where[description][equals]=${encodeURIComponent(badDescription)}`)
    expect(refused.totalDocs).toBe(0)

    // The receipt's 答复期限 is the CMS calculator's answer on the calendar the CMS holds.
    const calendars = await apiJson<{ docs: Parameters<typeof calendarYearFromDoc>[0][] }>(page, '/api/holiday-calendars?depth=0&limit=0')
    expect(calendars.docs.map((d) => d.year)).toContain(year)
    setCalendarData(calendars.docs.map(calendarYearFromDoc))
    const expected = addChinaWorkingDays(new Date(stored.receivedAt), 20)
    expect(chinaDay(expected.dueAt)).toBe(receipt.dueDay)
    expect(chinaDay(stored.dueAt)).toBe(receipt.dueDay)

    // The list: search by the receipt number, the row shows its due date.
    await page.goto(`${adminUrl}/admin/collections/disclosure-applications`, { waitUntil: 'networkidle' })
    await page.locator('#search-filter-input').fill(receipt.receiptNo)
    const row = page.locator('tbody tr', { hasText: receipt.receiptNo })
    await row.waitFor()
    expect(await page.locator('thead').innerText()).toContain('答复期限')
    expect((await row.locator('.cell-dueAt').innerText()).trim()).toBe(zhDate(receipt.dueDay))
    expect(await row.locator('.cell-name').innerText()).toContain(applicant.name)
    expect(await row.locator('.cell-status').innerText()).toContain('已登记')

    await row.locator('.cell-receiptNo a').click()
    await page.waitForURL(new RegExp(`/admin/collections/disclosure-applications/${stored.id}$`))
    await page.locator('#field-dueAt input').waitFor()
    expect(await page.locator('label[for="field-dueAt"]').innerText()).toContain('答复期限')
    expect(await page.locator('#field-dueAt input').inputValue()).toBe(zhDate(receipt.dueDay))
    expect(await page.locator('#field-description').inputValue()).toBe(applicant.description)

    // Answer: 办理结果 予以公开, the reply, 答复日期 today (picked in the calendar), save.
    await pick(page, 'outcome', /^予以公开$/)
    await page.locator('#field-replyContent').fill('经查，您申请的规划及其批复文件属于主动公开范围，现予以公开，电子文档已发送至您的电子邮箱。')
    await page.locator('#field-repliedAt input').click()
    await page.locator('.react-datepicker__day--today:not(.react-datepicker__day--outside-month)').click()
    const today = chinaDay(Date.now())
    expect(await page.locator('#field-repliedAt input').inputValue()).toBe(zhDate(today))
    const saved = page.waitForResponse((r) => r.url().includes(`/api/disclosure-applications/${stored.id}`) && r.request().method() === 'PATCH')
    await page.getByRole('button', { name: '保存', exact: true }).click()
    expect((await saved).status()).toBe(200)

    await page.reload({ waitUntil: 'networkidle' })
    expect(await page.locator('#field-outcome').innerText()).toContain('予以公开')
    expect(await page.locator('#field-status').innerText()).toContain('已答复')
    expect(await page.locator('#field-repliedAt input').inputValue()).toBe(zhDate(today))
    const answered = await apiJson<{ status: string; outcome: string; repliedAt: string; dueAt: string }>(page, `/api/disclosure-applications/${stored.id}?depth=0`)
    expect(answered).toMatchObject({ status: 'replied', outcome: 'granted', dueAt: stored.dueAt })
    expect(chinaDay(answered.repliedAt)).toBe(today)
  })

  it('重新计算 counts it in table 三: 本年新收 and 予以公开 for 自然人 each one more', async () => {
    const { page } = browser
    const { stats: after, computedAt } = await recalculate(page)
    expect(Date.parse(computedAt)).toBeGreaterThan(Date.parse(computedBefore))
    for (const row of ['newReceived', 'granted', 'resultTotal']) {
      expect({ row, natural: after[row].natural, total: after[row].total }).toEqual({ row, natural: before[row].natural + 1, total: before[row].total + 1 })
    }
    for (const row of ['carriedOver', 'carriedForward', 'partial']) expect({ row, ...after[row] }).toEqual({ row, ...before[row] })
    for (const column of ['commercial', 'research', 'publicInterest', 'legalService', 'otherOrg']) {
      expect({ column, value: after.newReceived[column] }).toEqual({ column, value: before.newReceived[column] })
    }
  })
})
