/**
 * What a Chinese administrator reads in the admin: error texts of our endpoints and of Payload's
 * own routes, the review collections' fields, options and array rows by Chinese labels, and the
 * workflow-definition editor's pickers (roles, content types, condition fields and values by
 * their labels) — with conditions stored and evaluated exactly as before.
 */
import type { Field, Payload } from 'payload'

import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { submit, workflowOptions } from '@gov/review-workflow'

import { type Condition, evaluateGroup } from '../plugins/review-workflow/src/engine/conditions'
import { defaultDefinitions } from '../cms/src/workflow/definitions'
import { DEMO_PASSWORD } from '../seed/data/users'
import { bootPayload, type TestPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { draftArticle, reqFor } from './helpers/workflow'

let ctx: TestPayload
let payload: Payload
const rest = restClient(() => ctx)
const tokens = new Map<string, string>()
const CJK = /[\u4e00-\u9fff]/

async function tokenFor(email: string) {
  if (!tokens.has(email)) tokens.set(email, (await payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })).token!)
  return tokens.get(email)!
}

/** A request with a raw body, as a script or a broken client sends it. */
async function send(method: string, url: string, body: string | undefined, email?: string, headers: Record<string, string> = {}) {
  const all: Record<string, string> = { 'Content-Type': 'application/json', ...headers }
  if (email) all.Authorization = `JWT ${await tokenFor(email)}`
  return handleEndpoints({
    config: payload.config,
    path: url.split('?')[0],
    request: new Request(`http://localhost${url}`, { method, headers: all, body }),
    payloadInstanceCacheKey: new URL(ctx.databaseUrl).pathname.slice(1),
  })
}

const messageOf = async (response: Response) => ((await response.json()) as { errors?: { message: string }[] }).errors?.map((e) => e.message).join('；') ?? ''

/** Every named field of a collection, with its path, into arrays, groups, rows and tabs (not into hidden ones). */
function namedFields(fields: readonly Field[], prefix = ''): { path: string; field: Field }[] {
  return fields.flatMap((field) => {
    const here = 'name' in field && field.name ? [{ path: `${prefix}${field.name}`, field }] : []
    if ((field.admin as { hidden?: boolean } | undefined)?.hidden) return here
    const inner = 'name' in field && field.name ? `${prefix}${field.name}.` : prefix
    if ('fields' in field && field.fields) return [...here, ...namedFields(field.fields, inner)]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => namedFields(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
    return here
  })
}

const zhOf = (label: unknown) => (typeof label === 'string' ? label : (label as Record<string, string> | undefined)?.zh)

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  payload = ctx.payload
})

afterAll(async () => {
  await ctx?.close()
})

describe('error texts', () => {
  it('answers a workflow action whose body is not JSON with a Chinese 400, and one without a body as before', async () => {
    const req = await reqFor(payload, 'officer@demo.gov.cn')
    const column = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
    const doc = await draftArticle(payload, column, '县教育局召开安全生产工作会议')
    const broken = await send('POST', `/api/workflow/articles/${doc.id}/submit`, '{"opinion": 同意', 'officer@demo.gov.cn')
    expect(broken.status).toBe(400)
    expect(await messageOf(broken)).toBe('请求内容不是有效的 JSON，请检查后重试。')
    const list = await send('POST', `/api/workflow/articles/${doc.id}/submit`, '["同意"]', 'officer@demo.gov.cn')
    expect(list.status).toBe(400)
    expect(await messageOf(list)).toContain('请求内容应为 JSON 对象')
    expect((await payload.find({ collection: 'workflow-runs', where: { docId: { equals: String(doc.id) } }, req, overrideAccess: true })).totalDocs).toBe(0)
    const empty = await send('POST', `/api/workflow/articles/${doc.id}/submit`, undefined, 'officer@demo.gov.cn')
    expect(empty.status).toBe(200)
  })

  it('puts Payload’s own “Invalid JSON” into Chinese on collection routes, login and our password change — English for an English admin', async () => {
    const create = await send('POST', '/api/articles', '{"title": ', 'officer@demo.gov.cn')
    expect(create.status).toBe(400)
    expect(await messageOf(create)).toBe('请求内容不是有效的 JSON，请检查后重试。')
    const login = await send('POST', '/api/users/login', '{email')
    expect(login.status).toBe(400)
    expect(await messageOf(login)).toBe('请求内容不是有效的 JSON，请检查后重试。')
    const password = await send('POST', '/api/users/change-password', 'newPassword=x', 'officer@demo.gov.cn')
    expect(password.status).toBe(400)
    expect(await messageOf(password)).toBe('请求内容不是有效的 JSON，请检查后重试。')
    const english = await send('POST', '/api/articles', '{"title": ', 'officer@demo.gov.cn', { 'Accept-Language': 'en' })
    expect(await messageOf(english)).toBe('Invalid JSON')
  })

  it('puts a refused query into Chinese', async () => {
    const response = await rest.get('/api/articles?where[nosuchfield][equals]=1', 'officer@demo.gov.cn')
    expect(response.status).toBe(400)
    expect(await rest.errorOf(response)).toBe('不能按以下字段查询或排序：nosuchfield。')
  })
})

describe('labels of the review collections', () => {
  it('gives every field, option and array row of the workflow’s collections a Chinese label', () => {
    const problems: string[] = []
    for (const slug of ['workflow-definitions', 'workflow-runs', 'audit-log', 'workflow-notifications'] as const) {
      for (const { path, field } of namedFields(payload.collections[slug].config.fields)) {
        if ((field.admin as { hidden?: boolean } | undefined)?.hidden || field.type === 'ui') continue
        if (!CJK.test(zhOf('label' in field ? field.label : undefined) ?? '')) problems.push(`${slug}.${path}: label`)
        if (field.type === 'select' || field.type === 'radio') {
          for (const option of field.options) {
            const label = typeof option === 'string' ? option : zhOf(option.label)
            if (!CJK.test(label ?? '')) problems.push(`${slug}.${path}: option ${typeof option === 'string' ? option : option.value}`)
          }
        }
        if (field.type === 'array' && !CJK.test(zhOf(field.labels?.singular) ?? '')) problems.push(`${slug}.${path}: row label`)
      }
    }
    expect(problems).toEqual([])
  })

  it('shows notification types by Chinese labels (English kept for English admins)', async () => {
    const kind = payload.collections['workflow-notifications'].config.fields.find((f) => 'name' in f && f.name === 'kind')!
    if (kind.type !== 'select') throw new Error('kind is a select')
    const labels = Object.fromEntries(kind.options.map((o) => (typeof o === 'string' ? [o, o] : [o.value, o.label])))
    expect(labels.assigned).toEqual({ zh: '待签发', en: 'Waiting for you' })
    expect(labels.emergency).toEqual({ zh: '紧急发布', en: 'Emergency publish' })
    for (const [value, label] of Object.entries(labels)) expect(CJK.test((label as { zh: string }).zh), value).toBe(true)
  })

  it('shows content types, roles and stage numbers of runs and audit records by their labels', () => {
    const runs = payload.collections['workflow-runs'].config
    const field = (fields: readonly Field[], path: string) => namedFields(fields).find((f) => f.path === path)!.field
    const docCollection = field(runs.fields, 'docCollection').admin?.components as { Cell: { clientProps: { labels: Record<string, unknown> } } }
    expect(docCollection.Cell.clientProps.labels.articles).toEqual({ zh: '文章', en: 'Article' })
    const roles = field(payload.collections['audit-log'].config.fields, 'roles').admin?.components as { Field: { clientProps: { labels: Record<string, unknown> } } }
    expect(roles.Field.clientProps.labels.unitHead).toEqual({ zh: '单位负责人', en: 'Unit head' })
    const route = field(runs.fields, 'route').admin?.components as { Field: { clientProps: { table: { columns: Record<string, { zh: string }> } } } }
    expect(Object.values(route.Field.clientProps.table.columns).map((c) => c.zh)).toEqual(['环节', '签发人', '签发方式', '角色', '时限（工作日）', '审核要点', '适用条件'])
  })
})

describe('the workflow-definition editor', () => {
  it('offers roles and content types by their Chinese labels and names its rows 第N级', () => {
    const fields = payload.collections['workflow-definitions'].config.fields
    const byPath = Object.fromEntries(namedFields(fields).map((f) => [f.path, f.field]))
    const options = (path: string) => {
      const f = byPath[path]
      if (f.type !== 'select') throw new Error(`${path} is a select`)
      return Object.fromEntries(f.options.map((o) => (typeof o === 'string' ? [o, o] : [o.value, zhOf(o.label)])))
    }
    expect(options('collection')).toMatchObject({ articles: '文章', 'message-replies': '留言答复', 'it-projects': '信息化项目' })
    expect(options('stages.role')).toMatchObject({ unitHead: '单位负责人', reviewer: '审核员', leader: '领导' })
    const stages = byPath.stages
    if (stages.type !== 'array') throw new Error('stages is an array')
    expect(stages.labels?.singular).toEqual({ zh: '审核环节', en: 'Stage' })
    expect(stages.admin?.components?.RowLabel).toBe('@gov/review-workflow/client#StageRowLabel')
  })

  it('lists each content type’s fields by their labels, with the values of selects and checkboxes', async () => {
    expect((await rest.get('/api/workflow/definition-fields')).status).toBe(401)
    const response = await rest.get('/api/workflow/definition-fields', 'sysadmin@demo.gov.cn')
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      collections: Record<string, { label: string; fields: { value: string; label: string; kind: string; options?: { value: string; label: string }[] }[] }>
      roles: { value: string; label: string }[]
    }
    expect(body.collections.articles.label).toBe('文章')
    expect(body.collections.articles.fields.find((f) => f.value === 'sensitivity')).toEqual({
      value: 'sensitivity',
      label: '信息性质',
      kind: 'select',
      options: [
        { value: 'normal', label: '一般信息' },
        { value: 'major', label: '重大事件' },
        { value: 'negative', label: '负面信息' },
      ],
    })
    expect(body.collections['it-projects'].fields.find((f) => f.value === 'amount')).toMatchObject({ label: '预算金额', kind: 'number' })
    // A hidden field the system fills in, named by the host's fieldLabels, as the default route uses it.
    expect(body.collections['message-replies'].fields.find((f) => f.value === 'toLeader')).toMatchObject({ label: '写给领导（领导信箱）', kind: 'checkbox' })
    for (const collection of Object.values(body.collections)) {
      for (const f of collection.fields) {
        expect(CJK.test(f.label), f.value).toBe(true)
        for (const o of f.options ?? []) expect(CJK.test(o.label), `${f.value}=${o.value}`).toBe(true)
      }
    }
    expect(body.roles.find((r) => r.value === 'unitHead')?.label).toBe('单位负责人')

    const english = await send('GET', '/api/workflow/definition-fields', undefined, 'sysadmin@demo.gov.cn', { 'Accept-Language': 'en' })
    const en = (await english.json()) as typeof body
    expect(en.collections.articles.label).toBe('Article')
    expect(en.roles.find((r) => r.value === 'unitHead')?.label).toBe('Unit head')
  })

  it('evaluates the stored route, saved again through the editor, exactly as the code default', async () => {
    const stored = (await payload.find({ collection: 'workflow-definitions', where: { code: { equals: 'web-article' } }, overrideAccess: true, depth: 0 })).docs[0]
    expect(stored).toBeTruthy()
    // What the editor posts: the stages as they are, conditions by field path and values joined by |.
    const saved = await send('PATCH', `/api/workflow-definitions/${stored.id}`, JSON.stringify({ stages: stored.stages }), 'sysadmin@demo.gov.cn')
    expect(saved.status, await saved.clone().text()).toBe(200)
    const again = await payload.findByID({ collection: 'workflow-definitions', id: stored.id, overrideAccess: true, depth: 0 })
    const code = defaultDefinitions.find((d) => d.code === 'web-article')!
    expect(again.stages.map((s) => s.label)).toEqual(code.stages.map((s) => s.label))
    for (const involvesLeaders of ['none', 'county', 'main4', 'visiting', null]) {
      for (const sensitivity of ['normal', 'major', 'negative', null]) {
        const doc = { involvesLeaders, sensitivity }
        again.stages.forEach((stage, i) => {
          const fromStore = evaluateGroup(doc, { match: stage.match ?? 'all', conditions: (stage.conditions ?? []) as Condition[] })
          const fromCode = evaluateGroup(doc, { match: code.stages[i].when?.match ?? 'all', conditions: code.stages[i].when?.conditions ?? [] })
          expect(fromStore, `${stage.label} ${JSON.stringify(doc)}`).toBe(fromCode)
        })
      }
    }
  })

  it('saves a condition chosen in the picker and routes by it, describing it in Chinese', async () => {
    const stored = (await payload.find({ collection: 'workflow-definitions', where: { code: { equals: 'web-article' } }, overrideAccess: true, depth: 0 })).docs[0]
    const picked = {
      label: '县委网信办审核',
      signerType: 'role',
      role: 'leader',
      unitCode: '11350100MB0000001A',
      mode: 'any',
      deadlineDays: 1,
      match: 'any',
      conditions: [
        { field: 'sensitivity', operator: 'in', value: 'negative' },
        { field: 'classified', operator: 'equals', value: 'true' },
      ],
    }
    const saved = await send('PATCH', `/api/workflow-definitions/${stored.id}`, JSON.stringify({ stages: [...stored.stages, picked] }), 'sysadmin@demo.gov.cn')
    expect(saved.status, await saved.clone().text()).toBe(200)
    const column = (await payload.find({ collection: 'columns', where: { slug: { equals: 'yaowen' } }, overrideAccess: true })).docs[0].id
    const options = workflowOptions(payload)
    const negative = await draftArticle(payload, column, '关于某路段交通事故的情况通报', { sensitivity: 'negative' })
    const run = await submit(await reqFor(payload, 'officer@demo.gov.cn'), options, { collection: 'articles', id: negative.id })
    const stage = run.route.find((s) => s.label === '县委网信办审核')!
    expect(stage.because).toBe('信息性质 属于 负面信息 或 涉密 = 是')
    expect(run.route.find((s) => s.label === '县委宣传部审核')?.because).toBe('信息性质 属于 重大事件、负面信息')
    const normal = await draftArticle(payload, column, '县图书馆开展读书月活动')
    const ordinary = await submit(await reqFor(payload, 'officer@demo.gov.cn'), options, { collection: 'articles', id: normal.id })
    expect(ordinary.route.map((s) => s.label)).toEqual(['单位负责人审核', '县政府办公室审核'])
  })

  it('refuses a value a select does not have, or a field the content type does not have, naming them in Chinese', async () => {
    const stored = (await payload.find({ collection: 'workflow-definitions', where: { code: { equals: 'web-article' } }, overrideAccess: true, depth: 0 })).docs[0]
    const withCondition = (condition: Record<string, string>) =>
      JSON.stringify({ stages: [...stored.stages, { label: '测试环节', signerType: 'relative', role: 'unitHead', mode: 'any', match: 'all', conditions: [condition] }] })
    const badValue = await send('PATCH', `/api/workflow-definitions/${stored.id}`, withCondition({ field: 'sensitivity', operator: 'in', value: 'major|secret' }), 'sysadmin@demo.gov.cn')
    expect(badValue.status).toBe(400)
    expect(await messageOf(badValue)).toContain('“信息性质”没有“secret”这一项。可选：一般信息、重大事件、负面信息。')
    const badField = await send('PATCH', `/api/workflow-definitions/${stored.id}`, withCondition({ field: 'amout', operator: 'gte', value: '1' }), 'sysadmin@demo.gov.cn')
    expect(badField.status).toBe(400)
    const message = await messageOf(badField)
    expect(message).toContain('字段“amout”不存在。可用字段：标题、副标题、栏目')
    expect(message).not.toMatch(/involvesLeaders|sensitivity/)
  })
})
