/**
 * A webmaster submits an article about a county leader's activity; the frozen route shows the
 * leader stages; each reviewer signs in the workflow panel; the final approval publishes it
 * and the rebuilt portal carries it. The author has no approve button and the API refuses the
 * author's approval.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { BIN, ROOT } from '../../scripts/lib/paths'
import { payloadNodeEnv, run } from '../../scripts/lib/run'
import { DEMO_PASSWORD } from '../../seed/data/users'
import { login, openBrowser, pick } from './browser'

const adminUrl = inject('adminUrl')
const TITLE = '副县长到县实验小学调研教育信息化工作'
let browser: Awaited<ReturnType<typeof openBrowser>>
let articleUrl = ''

beforeAll(async () => {
  browser = await openBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('review in the admin, publish to the portal', () => {
  it('the webmaster writes the article and submits it; the route shows the leader stages', async () => {
    const { page } = browser
    await login(page, adminUrl, 'webmaster.edu@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin/collections/articles/create`, { waitUntil: 'networkidle' })
    await page.fill('#field-title', TITLE)
    await pick(page, 'column', '要闻动态')
    await pick(page, 'involvesLeaders', '县级领导活动或图片')
    await page.locator('[data-lexical-editor="true"]').click()
    await page.keyboard.type('11月20日，副县长到县实验小学调研教育信息化工作，听取学校智慧课堂建设情况汇报。')
    expect(await page.getByTestId('review-publish-note').innerText()).toBe('终审通过后自动发布')
    await page.getByRole('button', { name: '保存草稿' }).click()
    await page.waitForURL(/\/articles\/\d+$/, { timeout: 30_000 })
    articleUrl = page.url()

    await page.getByRole('button', { name: '提交审核' }).click()
    await page.getByTestId('workflow-status').filter({ hasText: '审核中' }).waitFor()
    const route = await page.getByTestId('workflow-route').innerText()
    for (const stage of ['单位负责人审核', '县政府办公室审核', '电子政务中心主任审核', '县政府办公室副主任审核']) {
      expect(route).toContain(stage)
    }
    expect(route).toContain('涉及领导活动 属于 县级领导活动或图片')
  })

  it('gives the author no approve button, and the API refuses the author’s approval', async () => {
    const { page } = browser
    await page.goto(articleUrl, { waitUntil: 'networkidle' })
    await page.getByTestId('workflow-route').waitFor()
    expect(await page.getByRole('button', { name: '同意', exact: true }).count()).toBe(0)
    const id = articleUrl.split('/').pop()
    // A browser sends its Origin; Playwright's request API does not, and the admin's CSRF allowlist wants one.
    const response = await page.request.post(`${adminUrl}/api/workflow/articles/${id}/approve`, { data: { opinion: '自己同意' }, headers: { Origin: adminUrl } })
    expect(response.status()).toBe(403)
    expect(JSON.stringify(await response.json())).toContain('作者不能审核自己的稿件')
  })

  it('each reviewer signs in the panel; the final approval publishes the article', async () => {
    const { page } = browser
    const signers = [
      ['head@demo.gov.cn', '内容属实，同意。'],
      ['reviewer@demo.gov.cn', ''],
      ['head.egov@demo.gov.cn', '图片与县政府网站一致。'],
      ['deputy.office@demo.gov.cn', '同意发布。'],
    ]
    for (const [email, opinion] of signers) {
      await login(page, adminUrl, email, DEMO_PASSWORD)
      await page.goto(articleUrl, { waitUntil: 'networkidle' })
      await page.getByTestId('workflow-sign').waitFor()
      for (const box of await page.getByTestId('workflow-sign').locator('input[type=checkbox]').all()) await box.check()
      if (opinion) await page.fill('#rw-opinion', opinion)
      await page.getByRole('button', { name: '同意', exact: true }).click()
      await page.getByText('操作成功').first().waitFor()
    }
    await page.reload({ waitUntil: 'networkidle' })
    expect(await page.getByTestId('workflow-status').innerText()).toBe('已终审')
    const route = await page.getByTestId('workflow-route').innerText()
    expect(route).toContain('内容属实，同意。')
    expect(route).toContain('林副主任')

    const id = articleUrl.split('/').pop()
    const publicRead = await fetch(`${adminUrl}/api/articles/${id}`)
    expect(publicRead.status).toBe(200)
    expect(((await publicRead.json()) as { _status: string })._status).toBe('published')
  })

  it('the publishing worker puts the approved article on the live portal', async () => {
    const env = inject('e2eEnv') as NodeJS.ProcessEnv
    await run(BIN('tsx'), [path.join(ROOT, 'scripts/worker.ts'), '--once'], { env: payloadNodeEnv(env), stdio: ['ignore', 'ignore', 'inherit'] })
    const id = articleUrl.split('/').pop()!
    const html = fs.readFileSync(path.join(inject('portalDir'), 'articles', id, 'index.html'), 'utf8')
    expect(html).toContain(TITLE)
    expect(html).toContain('智慧课堂建设情况汇报')
  })
})
