/**
 * 互动交流 walked in the browser, as each of its users:
 * - a citizen writes a 咨询 on the built portal (no account) and gets a 查询码;
 * - the interaction office accepts it and hands it to 县教育局 in the admin;
 * - the bureau's officer starts the reply from the message and submits it for review;
 * - the bureau head signs it in the workflow panel;
 * - the citizen looks the message up with the code and the mobile's last four digits, reads the
 *   reply and rates it;
 * - the publishing worker puts the question and answer on the portal, and no built file holds
 *   the citizen's name or mobile.
 */
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { BIN, ROOT } from '../../scripts/lib/paths'
import { payloadNodeEnv, run } from '../../scripts/lib/run'
import { DEMO_PASSWORD } from '../../seed/data/users'
import { filesUnder } from '../helpers/builtPortal'
import { login, openBrowser, pick } from './browser'

const portalUrl = inject('portalUrl')
const adminUrl = inject('adminUrl')
const env = inject('e2eEnv')

const stamp = Date.now().toString(36).slice(-5)
const citizen = { name: '欧阳春燕', mobile: '13966661234', email: `oyc${stamp}@example.com` }
const TITLE = `城关二小课后服务收费标准（${stamp}）`
const QUESTION = '孩子在城关第二小学读三年级，想咨询学校课后服务每月收费多少，是否可以只参加部分天数？'
const REPLY = '您好！城关第二小学课后服务按学期收费，每生每月不超过120元，家长可按实际参加天数申请，详见学校公告。'

let browser: Awaited<ReturnType<typeof openBrowser>>
let queryCode = ''
let messageUrl = ''
let replyUrl = ''

async function messageId(): Promise<number> {
  const db = new pg.Client({ connectionString: env.DATABASE_URL })
  await db.connect()
  try {
    return (await db.query('select id from messages where query_code = $1', [queryCode])).rows[0].id as number
  } finally {
    await db.end()
  }
}

/** Leaves the edit page inside the admin, which releases Payload's lock on the document for the next user. */
async function leaveDocument(collection: string) {
  const { page } = browser
  await page.locator(`a[href$="/admin/collections/${collection}"]:not(.nav__link)`).first().click()
  await page.waitForURL(new RegExp(`/admin/collections/${collection}(\\?.*)?$`))
  await page.waitForLoadState('networkidle')
}

/** Picks an option of a Payload select or relationship field (typed, so a long list needs no scrolling). */
async function choose(fieldId: string, option: string) {
  await pick(browser.page, fieldId, option, { type: true })
}

beforeAll(async () => {
  browser = await openBrowser()
  browser.page.setDefaultTimeout(120_000)
  browser.page.setDefaultNavigationTimeout(180_000)
})

afterAll(async () => {
  await browser?.close()
})

describe('互动交流 from the citizen’s question to the published answer', () => {
  it('the citizen writes on the portal and gets a 查询码', async () => {
    const { page } = browser
    await page.goto(`${portalUrl}/hudong/`)
    await page.getByRole('link', { name: '我要咨询' }).first().click()
    await page.waitForURL(/\/hudong\/write\//)
    await page.getByRole('textbox', { name: '标题' }).fill(TITLE)
    await page.getByRole('textbox', { name: '留言内容' }).fill(QUESTION)
    await page.getByRole('textbox', { name: '姓名' }).fill(citizen.name)
    await page.getByRole('textbox', { name: '手机号码' }).fill(citizen.mobile)
    await page.getByRole('textbox', { name: '电子邮箱' }).fill(citizen.email)
    await page.getByRole('checkbox', { name: /同意.*公开/ }).check()
    await page.getByRole('button', { name: '提交留言' }).click()
    await page.getByRole('heading', { name: '留言已提交' }).waitFor()
    queryCode = (await page.locator('.code').innerText()).trim()
    expect(queryCode).toMatch(/^[A-Z2-9]{10}$/)
    messageUrl = `${adminUrl}/admin/collections/messages/${await messageId()}`
  })

  it('the interaction office accepts it and hands it to 县教育局', async () => {
    const { page } = browser
    await login(page, adminUrl, 'interaction@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(messageUrl, { waitUntil: 'networkidle' })
    expect(await page.locator('#field-mobile').inputValue()).toBe(citizen.mobile)
    await choose('status', '办理中')
    await choose('unit', '县教育局')
    const saved = page.waitForResponse((r) => /\/api\/messages\/\d+/.test(r.url()) && r.request().method() === 'PATCH')
    await page.getByRole('button', { name: '保存', exact: true }).click()
    expect((await saved).status()).toBe(200)
    await page.reload({ waitUntil: 'networkidle' })
    expect(await page.locator('#field-status').innerText()).toContain('办理中')
    await leaveDocument('messages')
  })

  it('the bureau’s officer starts the reply from the message and submits it', async () => {
    const { page } = browser
    await login(page, adminUrl, 'officer@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(messageUrl, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: '起草答复' }).click()
    await page.waitForURL(/\/collections\/message-replies\/\d+$/)
    replyUrl = page.url()
    expect(await page.locator('#field-publicQuestion').inputValue()).toBe(QUESTION)
    expect(await page.locator('#field-public').isChecked()).toBe(true)
    await page.locator('#field-text').fill(REPLY)
    const saved = page.waitForResponse((r) => /\/api\/message-replies\/\d+/.test(r.url()) && r.request().method() === 'PATCH')
    await page.getByRole('button', { name: '保存草稿' }).click()
    expect((await saved).status()).toBe(200)
    await page.getByRole('button', { name: '提交审核' }).click()
    await page.getByTestId('workflow-status').filter({ hasText: '审核中' }).waitFor()
    expect(await page.getByTestId('workflow-route').innerText()).toContain('承办单位负责人审核')
    await leaveDocument('message-replies')
  })

  it('the bureau head signs; the lookup shows the answer and the citizen rates it', async () => {
    const { page } = browser
    await login(page, adminUrl, 'head@demo.gov.cn', DEMO_PASSWORD)
    await page.goto(replyUrl, { waitUntil: 'networkidle' })
    await page.getByTestId('workflow-sign').waitFor()
    for (const box of await page.getByTestId('workflow-sign').locator('input[type=checkbox]').all()) await box.check()
    await page.getByRole('button', { name: '同意', exact: true }).click()
    await page.getByText('操作成功').first().waitFor()

    await page.context().clearCookies()
    await page.goto(`${portalUrl}/hudong/lookup/`)
    await page.locator('#lookup-code').fill(queryCode.toLowerCase())
    await page.locator('#lookup-phone').fill(citizen.mobile.slice(-4))
    await page.getByRole('button', { name: '查询' }).click()
    const result = page.locator('[data-lookup-result]')
    await result.getByText(REPLY).waitFor()
    expect(await result.innerText()).toContain('县教育局')
    expect(await result.innerText()).not.toContain(citizen.name)
    await result.getByLabel('满意', { exact: true }).check()
    await result.getByRole('button', { name: '提交评价' }).click()
    await result.getByText(/感谢|已评价/).first().waitFor()
    const db = new pg.Client({ connectionString: env.DATABASE_URL })
    await db.connect()
    try {
      const row = (await db.query('select status, rating_value from messages where query_code = $1', [queryCode])).rows[0]
      expect(row).toEqual({ status: 'answered', rating_value: 'satisfied' })
    } finally {
      await db.end()
    }
  })

  it('the worker publishes the question and answer; no built file holds the citizen’s name or mobile', async () => {
    await run(BIN('tsx'), [path.join(ROOT, 'scripts/worker.ts'), '--once'], { env: payloadNodeEnv(env as NodeJS.ProcessEnv), stdio: ['ignore', 'ignore', 'inherit'] })
    const replyId = replyUrl.split('/').pop()!
    const portalDir = inject('portalDir')
    const html = fs.readFileSync(path.join(portalDir, 'hudong', 'reply', replyId, 'index.html'), 'utf8')
    expect(html).toContain(TITLE)
    expect(html).toContain('课后服务按学期收费')
    const { page } = browser
    await page.goto(`${portalUrl}/`)
    await page.getByRole('link', { name: TITLE }).first().waitFor()

    const leaks = filesUnder(portalDir).flatMap(({ file, text }) => [citizen.name, citizen.mobile, citizen.email].filter((secret) => text.includes(secret)).map((secret) => `${file}: ${secret}`))
    expect(leaks).toEqual([])
  })
})
