import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type BrowserContext, chromium, type Page } from 'playwright-core'

/** Debian's Chromium, headless, with the flags this network needs; Chinese locale. */
export async function openBrowser(): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    locale: 'zh-CN',
    viewport: { width: 1400, height: 1000 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

export async function login(page: Page, adminUrl: string, email: string, password: string) {
  await page.context().clearCookies()
  await page.goto(`${adminUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
}

/**
 * Chooses an option of a Payload select or relationship field. A relationship is read-only (a
 * shimmer) until the form has loaded its state, and a click then opens nothing: wait for the live
 * control, type the option's text when asked (long lists), and open the menu again if the option
 * does not show.
 */
export async function pick(page: Page, field: string, option: string | RegExp, { type = false } = {}) {
  const control = page.locator(`#field-${field}:not(.relationship--read-only) .rs__control:not(.rs__control--is-disabled)`)
  const choice = page.locator('.rs__option').filter({ hasText: option }).first()
  for (let attempt = 0; attempt < 5; attempt++) {
    await control.click()
    if (type && typeof option === 'string') await control.locator('input').first().pressSequentially(option)
    if (await choice.waitFor({ timeout: 10_000 }).then(() => true, () => false)) break
    await page.keyboard.press('Escape')
  }
  await choice.click()
}
