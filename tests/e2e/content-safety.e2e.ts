/**
 * The content checks and the start page as their users meet them: the author opens the seeded
 * demo draft and sees each finding marked in its context; the unit head cannot approve past the
 * warnings without a reason, and the reason shows on the printed review form. Each role's 工作台
 * is saved as a screenshot (/tmp/gov-workbench-*.png) to be looked at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { checkDemoArticle } from '../../seed/data/contentSafety'
import { DEMO_PASSWORD } from '../../seed/data/users'
import { login, openBrowser } from './browser'

const adminUrl = inject('adminUrl')
let browser: Awaited<ReturnType<typeof openBrowser>>
let articleUrl = ''

beforeAll(async () => {
  browser = await openBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('content checks in the workflow panel', () => {
  it('shows the author the findings of the demo draft, grouped and marked, and lets them submit', async () => {
    const { page } = browser
    await login(page, adminUrl, 'officer.office@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(`${adminUrl}/admin/collections/articles?where[title][equals]=${encodeURIComponent(checkDemoArticle.title)}`, { waitUntil: 'networkidle' })
    await page.getByRole('link', { name: checkDemoArticle.title }).first().click()
    await page.waitForURL(/\/articles\/\d+$/)
    articleUrl = page.url()
    const check = page.getByTestId('content-check')
    await check.waitFor()
    expect(await check.locator('summary').allInnerTexts()).toEqual(['领导职务与排序（1）', '易错词（2）', '电话号码（1）'])
    expect(await check.locator('mark').allInnerTexts()).toEqual(['杨明', '再接再励', '按步就班', '13912345678'])
    expect(await check.innerText()).toContain('疑似错别字，应为“再接再厉”。')
    await page.getByRole('button', { name: '提交审核' }).click()
    await page.getByTestId('workflow-status').filter({ hasText: '审核中' }).waitFor()
  })

  it('refuses the unit head’s approval without a reason, accepts it with one, and prints it on the form', async () => {
    const { page } = browser
    await login(page, adminUrl, 'head.office@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(articleUrl, { waitUntil: 'networkidle' })
    await page.getByTestId('workflow-sign').waitFor()
    await page.getByLabel('检测提示处理说明（同意时必填）').waitFor()
    await page.getByRole('button', { name: '同意', exact: true }).click()
    await page.getByText('请逐条核实，并填写“检测提示处理说明”后再同意').first().waitFor()
    expect(await page.getByTestId('workflow-status').innerText()).toBe('审核中')

    await page.getByLabel('检测提示处理说明（同意时必填）').fill('排序按会议座次核实无误；错别字已请作者在终审前改正；手机号为项目公开联系电话。')
    await page.getByRole('button', { name: '同意', exact: true }).click()
    await page.locator('.rw-signature--approve').first().waitFor({ timeout: 30_000 })
    const form = await page.request.get(`${adminUrl}/api/workflow/articles/${articleUrl.split('/').pop()}/form`, { headers: { Origin: adminUrl } })
    expect(form.status()).toBe(200)
    expect(await form.text()).toContain('处理说明：排序按会议座次核实无误；错别字已请作者在终审前改正；手机号为项目公开联系电话。')
  })
})

describe('the start page', () => {
  for (const email of ['reviewer@demo.gov.cn', 'webmaster@demo.gov.cn', 'disclosure@demo.gov.cn', 'officer@demo.gov.cn']) {
    it(`shows ${email} their 工作台`, async () => {
      const { page } = browser
      await login(page, adminUrl, email, DEMO_PASSWORD)
      await page.goto(`${adminUrl}/admin`, { waitUntil: 'networkidle' })
      const workbench = page.getByTestId('workbench')
      await workbench.waitFor()
      expect(await workbench.locator('h1').innerText()).toContain('工作台')
      expect(await page.getByTestId('wb-pending').innerText()).toMatch(/我的待办（\d+）/)
      const health = await page.getByTestId('wb-health').count()
      expect(health).toBe(email === 'reviewer@demo.gov.cn' || email === 'webmaster@demo.gov.cn' ? 1 : 0)
      expect(await page.getByTestId('wb-applications').count()).toBe(email === 'disclosure@demo.gov.cn' ? 1 : 0)
      await page.screenshot({ path: `/tmp/gov-workbench-${email.split('@')[0]}.png`, fullPage: true })
    })
  }
})
