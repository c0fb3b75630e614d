/**
 * The system's running state where operators meet it: GET /api/health through the real admin
 * server (Next's API route behind scripts/admin-server.ts), without signing in, and the
 * 系统运行状态 card on the start page — for the system administrator, not for an information officer.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/data/users'
import { login, openBrowser } from './browser'

const adminUrl = inject('adminUrl')
let browser: Awaited<ReturnType<typeof openBrowser>>

beforeAll(async () => {
  browser = await openBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('the health check', () => {
  it('answers an anonymous GET /api/health with every check, 200 exactly when none fails, never cached', async () => {
    const response = await fetch(`${adminUrl}/api/health`)
    const body = (await response.json()) as { status: string; failing: string[]; checks: Record<string, { status: string; length?: number }> }
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-type')).toContain('application/json')
    expect(Object.keys(body.checks)).toEqual(['database', 'migrations', 'publishQueue', 'lastPublish', 'searchIndex'])
    // Migrated, published with its search index by the setup. The queue depends on what other
    // files left waiting (no worker runs here between them), so only its report is checked.
    for (const name of ['database', 'migrations', 'lastPublish', 'searchIndex']) expect(body.checks[name].status, name).toBe('ok')
    expect(body.checks.publishQueue.length).toEqual(expect.any(Number))
    expect(response.status).toBe(body.failing.length ? 503 : 200)
    expect(body.status).toBe(body.failing.length ? 'fail' : 'ok')
  })

  it('shows the system administrator 系统运行状态 on the start page, check by check', async () => {
    const { page } = browser
    await login(page, adminUrl, 'sysadmin@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin`, { waitUntil: 'networkidle' })
    const card = page.getByTestId('wb-system')
    await card.waitFor()
    expect(await card.locator('h2').innerText()).toMatch(/^系统运行状态\s*(正常|\d+ 项异常)$/)
    expect(await card.locator('li[data-check]').evaluateAll((items) => items.map((li) => li.getAttribute('data-check')))).toEqual([
      'database',
      'migrations',
      'publishQueue',
      'lastPublish',
      'searchIndex',
    ])
    expect(await card.locator('li[data-check=migrations]').innerText()).toMatch(/✓ 数据库迁移\s+已是最新（\d+ 个）/)
    expect(await card.locator('li[data-check=lastPublish]').getAttribute('data-status')).toBe('ok')
    expect(await card.getByRole('link', { name: '/api/health' }).getAttribute('href')).toBe('/api/health')
  })

  it('leaves it off an information officer’s start page', async () => {
    const { page } = browser
    await login(page, adminUrl, 'officer@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin`, { waitUntil: 'networkidle' })
    await page.getByTestId('wb-pending').waitFor()
    expect(await page.getByTestId('wb-system').count()).toBe(0)
  })
})
