import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishThroughReview } from '../seed/workflow'
import { refusal } from './helpers/refusal'
import { bootPayload, type TestPayload } from './helpers/payload'
import { lexical } from './helpers/workflow'

const PASSWORD = 'Strong#Pass2026'
const body = lexical('正文')

let ctx: TestPayload
let payload: Payload
const ids: Record<string, number> = {}
const users: Record<string, any> = {}

async function makeUser(key: string, roles: string[], unit?: number) {
  const doc = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `${key}@test.gov.cn`, password: PASSWORD, name: key, roles: roles as never, unit },
  })
  users[key] = { ...doc, collection: 'users' }
  return doc
}

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  const unitA = await payload.create({ collection: 'units', overrideAccess: true, data: { name: '甲局', kind: 'department', level: 'county' } })
  const unitB = await payload.create({ collection: 'units', overrideAccess: true, data: { name: '乙局', kind: 'department', level: 'county' } })
  ids.unitA = unitA.id
  ids.unitB = unitB.id
  const column = await payload.create({ collection: 'columns', overrideAccess: true, data: { name: '要闻动态', slug: 'yaowen', kind: 'news' } })
  ids.column = column.id
  await makeUser('officerA', ['officer'], unitA.id)
  await makeUser('officerB', ['officer'], unitB.id)
  await makeUser('sysadmin', ['sysAdmin'])
  await makeUser('secadmin', ['secAdmin'])
  const articleB = await payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: { title: '乙局的草稿', column: column.id, unit: unitB.id, body: body as never, _status: 'draft' },
    draft: true,
  })
  ids.articleB = articleB.id
  // Published the only way there is: through a (here one-stage) review.
  await makeUser('headB', ['unitHead'], unitB.id)
  await payload.create({
    collection: 'workflow-definitions',
    overrideAccess: true,
    data: {
      code: 'a-test',
      name: '单位负责人审核',
      collection: 'articles',
      active: true,
      stages: [{ label: '单位负责人审核', signerType: 'relative', role: 'unitHead', mode: 'any' }],
    },
  })
  const publishedB = await payload.create({
    collection: 'articles',
    overrideAccess: true,
    draft: true,
    data: { title: '乙局已发布的文章', column: column.id, unit: unitB.id, body: body as never, _status: 'draft' },
  })
  await publishThroughReview(payload, { collection: 'articles', id: publishedB.id, authorId: users.officerB.id })
  ids.publishedB = publishedB.id
})

afterAll(async () => {
  await ctx?.close()
})

describe('password policy', () => {
  it('refuses a weak password on create with a Chinese message and creates nothing', async () => {
    const messages = await refusal(
      payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email: 'weak@test.gov.cn', password: 'abc12345', name: '弱密码', roles: ['officer'] },
      }),
    )
    expect(messages.join()).toMatch(/密码不符合安全策略：长度至少 10 位/)
    const found = await payload.find({ collection: 'users', where: { email: { equals: 'weak@test.gov.cn' } }, overrideAccess: true })
    expect(found.totalDocs).toBe(0)
  })

  it('refuses a weak password on change and keeps the old one working', async () => {
    const messages = await refusal(
      payload.update({
        collection: 'users',
        id: users.officerA.id,
        data: { password: 'alllowercaseletters' },
        user: users.officerA,
        overrideAccess: false,
      }),
    )
    expect(messages.join()).toMatch(/至少三类/)
    const login = await payload.login({ collection: 'users', data: { email: 'officerA@test.gov.cn', password: PASSWORD } })
    expect(login.token).toBeTruthy()
  })
})

describe('login lockout', () => {
  it('locks the account for 15 minutes after 5 failed logins, even for the right password', async () => {
    const email = 'locked@test.gov.cn'
    await payload.create({ collection: 'users', overrideAccess: true, data: { email, password: PASSWORD, name: '锁定', roles: ['officer'] } })
    for (let i = 0; i < 5; i++) {
      await expect(payload.login({ collection: 'users', data: { email, password: 'Wrong#Pass2026' } })).rejects.toThrow()
    }
    const before = Date.now()
    await expect(payload.login({ collection: 'users', data: { email, password: PASSWORD } })).rejects.toThrow(/locked|锁定/i)
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
      showHiddenFields: true,
    })
    const lockUntil = new Date(docs[0].lockUntil as string).getTime()
    expect(lockUntil - before).toBeGreaterThan(14 * 60 * 1000)
    expect(lockUntil - before).toBeLessThanOrEqual(15 * 60 * 1000 + 5000)
  })

  it('ends the session after 30 minutes without a refresh (idle timeout)', async () => {
    const before = Math.floor(Date.now() / 1000)
    const login = await payload.login({ collection: 'users', data: { email: 'officerA@test.gov.cn', password: PASSWORD } })
    expect(login.exp! - before).toBeGreaterThanOrEqual(30 * 60 - 5)
    expect(login.exp! - before).toBeLessThanOrEqual(30 * 60 + 5)
  })

  it('does not lock after 4 failures', async () => {
    const email = 'four@test.gov.cn'
    await payload.create({ collection: 'users', overrideAccess: true, data: { email, password: PASSWORD, name: '四次', roles: ['officer'] } })
    for (let i = 0; i < 4; i++) {
      await expect(payload.login({ collection: 'users', data: { email, password: 'Wrong#Pass2026' } })).rejects.toThrow()
    }
    const login = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
    expect(login.user?.email).toBe(email)
  })
})

describe('unit-scoped access to articles', () => {
  it("refuses an officer editing another unit's article and leaves it unchanged", async () => {
    await expect(
      payload.update({
        collection: 'articles',
        id: ids.articleB,
        data: { title: '被改了' },
        user: users.officerA,
        overrideAccess: false,
        draft: true,
      }),
    ).rejects.toThrow()
    const doc = await payload.findByID({ collection: 'articles', id: ids.articleB, overrideAccess: true, draft: true })
    expect(doc.title).toBe('乙局的草稿')
  })

  it("refuses an officer deleting another unit's article", async () => {
    await expect(
      payload.delete({ collection: 'articles', id: ids.publishedB, user: users.officerA, overrideAccess: false }),
    ).rejects.toThrow()
    const doc = await payload.findByID({ collection: 'articles', id: ids.publishedB, overrideAccess: true })
    expect(doc.id).toBe(ids.publishedB)
  })

  it('lets the officer of the unit edit it', async () => {
    const doc = await payload.update({
      collection: 'articles',
      id: ids.articleB,
      data: { title: '乙局的草稿（修改）' },
      user: users.officerB,
      overrideAccess: false,
      draft: true,
    })
    expect(doc.title).toBe('乙局的草稿（修改）')
  })

  it("refuses creating an article for another unit, and files an article without a unit under the author's", async () => {
    await expect(
      payload.create({
        collection: 'articles',
        data: { title: '冒名发布', column: ids.column, unit: ids.unitB, _status: 'draft' },
        user: users.officerA,
        overrideAccess: false,
        draft: true,
      }),
    ).rejects.toThrow()
    const own = await payload.create({
      collection: 'articles',
      data: { title: '甲局动态', column: ids.column, _status: 'draft' } as never,
      user: users.officerA,
      overrideAccess: false,
      draft: true,
    })
    expect(own.unit).toMatchObject({ id: ids.unitA })
    expect(own.createdBy).toMatchObject({ id: users.officerA.id })
  })

  it("keeps another unit's drafts out of an officer's reads but shows published items", async () => {
    const seen = await payload.find({ collection: 'articles', user: users.officerA, overrideAccess: false, draft: true, pagination: false })
    const titles = seen.docs.map((d) => d.title)
    expect(titles).toContain('乙局已发布的文章')
    expect(titles).toContain('甲局动态')
    expect(titles.some((t) => t.startsWith('乙局的草稿'))).toBe(false)
  })

  it('shows the public only published articles', async () => {
    const seen = await payload.find({ collection: 'articles', overrideAccess: false, pagination: false })
    expect(seen.docs.map((d) => d.title)).toEqual(['乙局已发布的文章'])
  })
})

describe("a unit's sub-site columns", () => {
  const asWebmasterA: { user: any; overrideAccess: false } = { user: undefined, overrideAccess: false }
  beforeAll(async () => {
    await makeUser('webmasterA', ['webmaster'], ids.unitA)
    asWebmasterA.user = users.webmasterA
  })

  it("are created and changed by that unit's webmaster only; never for another unit or the main portal", async () => {
    const own = await payload.create({ collection: 'columns', data: { name: '甲局动态', slug: 'jiaju-dongtai', kind: 'news', unit: ids.unitA }, ...asWebmasterA })
    expect(own.unit).toMatchObject({ id: ids.unitA })
    const columnB = await payload.create({ collection: 'columns', overrideAccess: true, data: { name: '乙局动态', slug: 'yiju-dongtai', kind: 'news', unit: ids.unitB } })

    await expect(payload.create({ collection: 'columns', data: { name: '乙局通知', slug: 'yiju-tongzhi', kind: 'news', unit: ids.unitB }, ...asWebmasterA })).rejects.toThrow()
    await expect(payload.create({ collection: 'columns', data: { name: '主站专题', slug: 'zhuzhan-zhuanti', kind: 'news' }, ...asWebmasterA })).rejects.toThrow()
    await expect(payload.update({ collection: 'columns', id: columnB.id, data: { name: '被改了' }, ...asWebmasterA })).rejects.toThrow()
    await expect(payload.update({ collection: 'columns', id: own.id, data: { unit: ids.unitB }, ...asWebmasterA })).rejects.toThrow()
    await expect(payload.update({ collection: 'columns', id: ids.column, data: { name: '被改了' }, ...asWebmasterA })).rejects.toThrow()
    await expect(payload.delete({ collection: 'columns', id: columnB.id, ...asWebmasterA })).rejects.toThrow()

    const slugs = (await payload.find({ collection: 'columns', overrideAccess: true, pagination: false })).docs.map((c) => [c.slug, c.name, c.unit && typeof c.unit === 'object' ? c.unit.id : c.unit])
    expect(slugs).toEqual(expect.arrayContaining([['yiju-dongtai', '乙局动态', ids.unitB], ['yaowen', '要闻动态', null], ['jiaju-dongtai', '甲局动态', ids.unitA]]))
    expect(slugs.map(([slug]) => slug)).not.toContain('yiju-tongzhi')
    expect(slugs.map(([slug]) => slug)).not.toContain('zhuzhan-zhuanti')

    const renamed = await payload.update({ collection: 'columns', id: own.id, data: { name: '甲局要闻' }, ...asWebmasterA })
    expect(renamed.name).toBe('甲局要闻')
  })
})

describe('classified items', () => {
  it('can never be published, not even through the Local API with overrideAccess', async () => {
    await expect(
      payload.create({
        collection: 'articles',
        overrideAccess: true,
        data: { title: '内部会议纪要', column: ids.column, unit: ids.unitA, classified: true, _status: 'published' },
      }),
    ).rejects.toThrow(/涉密信息不得发布/)
    const found = await payload.find({ collection: 'articles', where: { title: { equals: '内部会议纪要' } }, overrideAccess: true, draft: true })
    expect(found.totalDocs).toBe(0)
  })
})

describe('三员分立', () => {
  it('refuses one account holding two administrator roles, or an administrator role with a business role', async () => {
    const twoAdmins = await refusal(
      payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email: 'both@test.gov.cn', password: PASSWORD, name: '兼任', roles: ['sysAdmin', 'auditAdmin'] },
      }),
    )
    expect(twoAdmins.join()).toMatch(/三员分立：系统管理员、安全管理员、审计管理员不得由同一账号兼任/)
    const adminAndReviewer = await refusal(
      payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { email: 'mixed@test.gov.cn', password: PASSWORD, name: '混合', roles: ['secAdmin', 'reviewer'] },
      }),
    )
    expect(adminAndReviewer.join()).toMatch(/三员分立：管理员账号不得兼任/)
  })

  it('lets only the security administrator assign roles, never to themselves', async () => {
    const target = await makeUser('promoted', ['officer'])
    const bySys = await payload.update({
      collection: 'users',
      id: target.id,
      data: { roles: ['reviewer'] },
      user: users.sysadmin,
      overrideAccess: false,
    })
    expect(bySys.roles).toEqual(['officer'])
    const bySec = await payload.update({
      collection: 'users',
      id: target.id,
      data: { roles: ['reviewer'] },
      user: users.secadmin,
      overrideAccess: false,
    })
    expect(bySec.roles).toEqual(['reviewer'])
    const self = await payload.update({
      collection: 'users',
      id: users.secadmin.id,
      data: { roles: ['sysAdmin'] },
      user: users.secadmin,
      overrideAccess: false,
    })
    expect(self.roles).toEqual(['secAdmin'])
  })

  it('keeps the system administrator away from article content', async () => {
    await expect(
      payload.update({
        collection: 'articles',
        id: ids.publishedB,
        data: { title: '管理员改稿' },
        user: users.sysadmin,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
