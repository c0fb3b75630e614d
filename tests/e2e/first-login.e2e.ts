/**
 * The security administrator resets an officer's password in the admin and sees the one-time
 * password once; signing in with it leads only to 修改密码 (every other admin page sends the
 * account back there) until a new password is set; then the admin works as before, and the
 * audit administrator exports the reset from the audit log.
 */
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/data/users'
import { login, openBrowser } from './browser'

const adminUrl = inject('adminUrl')
const NEW_PASSWORD = 'Health#Officer2027'
let browser: Awaited<ReturnType<typeof openBrowser>>
let oneTimePassword = ''

beforeAll(async () => {
  browser = await openBrowser()
  // next dev compiles the login page on first visit; wait for its form before the first step.
  await browser.page.goto(`${adminUrl}/admin/login`, { timeout: 240_000 })
  await browser.page.waitForSelector('#field-email', { timeout: 240_000 })
}, 300_000)

afterAll(async () => {
  await browser?.close()
})

describe('one-time password and the forced change at first login', () => {
  it('the security administrator issues a one-time password in the account view', async () => {
    const { page } = browser
    await login(page, adminUrl, 'secadmin@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin/collections/users?where[email][equals]=officer.health@demo.gov.cn`, { waitUntil: 'networkidle' })
    await page.locator('.table a', { hasText: '周卫信' }).first().click()
    await page.getByRole('button', { name: '重置密码（生成一次性密码）' }).click()
    oneTimePassword = (await page.getByTestId('one-time-password').innerText()).trim()
    expect(oneTimePassword).toMatch(/^.{16}$/)
  })

  it('the account can reach nothing but 修改密码 until it has changed the password', async () => {
    const { page } = browser
    await login(page, adminUrl, 'officer.health@demo.gov.cn', oneTimePassword)
    await page.waitForURL(/\/admin\/change-password$/, { timeout: 60_000 })
    await page.goto(`${adminUrl}/admin/collections/articles`)
    await page.waitForURL(/\/admin\/change-password$/, { timeout: 60_000 })
    await expect(page.getByRole('alert').first().innerText()).resolves.toMatch(/请先设置新密码/)

    await page.fill('input[name=currentPassword]', oneTimePassword)
    await page.fill('input[name=newPassword]', 'weakpass')
    await page.fill('input[name=confirmPassword]', 'weakpass')
    await page.getByRole('button', { name: '修改密码' }).click()
    await expect(page.getByRole('alert').filter({ hasText: '密码不符合安全策略' }).innerText()).resolves.toMatch(/长度至少 10 位/)

    await page.fill('input[name=newPassword]', NEW_PASSWORD)
    await page.fill('input[name=confirmPassword]', NEW_PASSWORD)
    await page.getByRole('button', { name: '修改密码' }).click()
    await expect(page.getByTestId('password-changed').innerText()).resolves.toMatch(/密码已修改/)
  })

  it('with the new password the admin works as before', async () => {
    const { page } = browser
    await login(page, adminUrl, 'officer.health@demo.gov.cn', NEW_PASSWORD)
    await page.goto(`${adminUrl}/admin/collections/articles`, { waitUntil: 'networkidle' })
    expect(new URL(page.url()).pathname).toBe('/admin/collections/articles')
  })

  it('the audit administrator filters the audit log to 重置密码 and exports it to Excel, the reset included', async () => {
    const { page } = browser
    await login(page, adminUrl, 'auditor@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin/collections/audit-log`, { waitUntil: 'networkidle' })
    const form = page.getByTestId('audit-export-form')
    await form.locator('select[name=action]').selectOption('passwordReset')
    const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: '导出 Excel' }).click()])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile((await download.path())!)
    const rows: string[] = []
    workbook.getWorksheet('审计记录')!.eachRow((row, n) => n > 1 && rows.push(`${row.getCell(3).value} ${row.getCell(7).value} ${row.getCell(9).value}`))
    expect(rows.some((row) => row.startsWith('钱安全 重置密码') && row.includes('officer.health@demo.gov.cn'))).toBe(true)
    expect(rows.every((row) => row.includes('重置密码'))).toBe(true)
  })
})
