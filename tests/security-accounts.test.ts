/**
 * Issue 12 §1, the account side of §2 and §8: 三员分立 without takeover, one-time passwords,
 * password age, account creation by the system administrator, the password policy on every
 * path, security events on the audit chain, login rate limit and no account enumeration.
 */
import type { Payload } from 'payload'

import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { passwordHashing } from '../cms/src/auth/passwordHash'
import { issueOneTimePassword } from '../cms/src/auth/oneTimePassword'
import { checkPassword } from '../cms/src/lib/passwordPolicy'
import { bootPayload, type TestPayload } from './helpers/payload'

const PASSWORD = 'Strong#Pass2026'
const NEW_PASSWORD = 'Changed#Pass2027'

let ctx: TestPayload
let payload: Payload
const ids: Record<string, number> = {}

/** A request through Payload's REST handler, with a bearer token and headers of our choosing. */
async function api(method: string, url: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.Authorization = `JWT ${options.token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await handleEndpoints({
    config: payload.config,
    path: url.split('?')[0],
    request: new Request(`http://localhost${url}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }),
    payloadInstanceCacheKey: new URL(ctx.databaseUrl).pathname.slice(1),
  })
  const text = await response.text()
  return { status: response.status, text, json: (text ? JSON.parse(text) : {}) as any }
}

/** All messages of an error answer, field messages included. */
const messagesOf = (json: any): string =>
  (json.errors ?? []).flatMap((e: any) => [e.message, ...(e.data?.errors ?? []).map((f: any) => f.message)]).join('；')

async function login(email: string, password: string, headers?: Record<string, string>) {
  return api('POST', '/api/users/login', { body: { email, password }, headers })
}

async function tokenOf(email: string, password = PASSWORD): Promise<string> {
  const result = await login(email, password)
  expect(result.status, result.text).toBe(200)
  return result.json.token
}

async function makeUser(key: string, roles: string[], unit?: number) {
  const doc = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `${key}@test.gov.cn`, password: PASSWORD, name: key, roles: roles as never, unit },
  })
  ids[key] = doc.id
  return doc
}

async function stored(id: number) {
  return (await payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as any
}

async function auditRecords(action: string) {
  const { docs } = await payload.find({ collection: 'audit-log' as never, where: { action: { equals: action } }, overrideAccess: true, pagination: false, sort: 'id' })
  return docs as any[]
}

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
})

afterAll(async () => {
  await ctx?.close()
})

describe('the very first account (/admin/create-first-user)', () => {
  it('still registers, obeys the password policy and must choose a role', async () => {
    const weak = await api('POST', '/api/users/first-register', {
      body: { email: 'first@test.gov.cn', password: 'weakpass', 'confirm-password': 'weakpass', name: '首个', roles: ['secAdmin'] },
    })
    expect(weak.status).toBe(400)
    expect(messagesOf(weak.json)).toMatch(/密码不符合安全策略/)
    const noRole = await api('POST', '/api/users/first-register', {
      body: { email: 'first@test.gov.cn', password: PASSWORD, 'confirm-password': PASSWORD, name: '首个' },
    })
    expect(noRole.status).toBe(400)
    expect(messagesOf(noRole.json)).toMatch(/请至少选择一个角色/)
    const ok = await api('POST', '/api/users/first-register', {
      body: { email: 'first@test.gov.cn', password: PASSWORD, 'confirm-password': PASSWORD, name: '首个', roles: ['secAdmin'] },
    })
    expect(ok.status, ok.text).toBe(200)
    expect(ok.json.user.roles).toEqual(['secAdmin'])
    expect(ok.json.user.mustChangePassword).toBe(false)
    const access = await api('GET', '/api/access', { token: ok.json.token })
    expect(access.json.canAccessAdmin).toBe(true)
  })
})

describe('accounts for the rest of the suite', () => {
  it('are created', async () => {
    const unit = await payload.create({ collection: 'units', overrideAccess: true, data: { name: '甲局', kind: 'department', level: 'county' } })
    ids.unit = unit.id
    await makeUser('sysadmin', ['sysAdmin'])
    await makeUser('secadmin', ['secAdmin'])
    await makeUser('secadmin2', ['secAdmin'])
    await makeUser('officer', ['officer'], unit.id)
    await makeUser('victim', ['officer'], unit.id)
    await makeUser('aged', ['officer'], unit.id)
    await makeUser('locked', ['officer'], unit.id)
    await makeUser('enum', ['officer'], unit.id)
    expect(ids.enum).toBeTruthy()
  })
})

describe('no administrator takes over another account (finding 1)', () => {
  it.each(['sysadmin', 'secadmin'])('%s can set neither the password nor the email of another account', async (admin) => {
    const token = await tokenOf(`${admin}@test.gov.cn`)
    const password = await api('PATCH', `/api/users/${ids.victim}`, { token, body: { password: 'Known#Pass2026' } })
    expect(password.status).toBe(403)
    expect(messagesOf(password.json)).toMatch(/不能为其他账号设置密码/)
    expect((await login('victim@test.gov.cn', 'Known#Pass2026')).status).toBe(401)
    // Not another security administrator either (the takeover chain of the issue).
    const peer = await api('PATCH', `/api/users/${ids.secadmin2}`, { token, body: { password: 'Known#Pass2026' } })
    expect(peer.status).toBe(403)
    const email = await api('PATCH', `/api/users/${ids.victim}`, { token, body: { email: `${admin}.owned@test.gov.cn` } })
    expect(email.status).toBe(403)
    expect(messagesOf(email.json)).toMatch(/不能修改其他账号的登录邮箱/)
    expect((await stored(ids.victim)).email).toBe('victim@test.gov.cn')
  })

  it('refuses it in a bulk update that changes the administrator’s own password too', async () => {
    await makeUser('bulkadmin', ['sysAdmin'])
    const token = await tokenOf('bulkadmin@test.gov.cn')
    // The administrator's own current password is right: it must not open the other account as well.
    const url = `/api/users?where[id][in][0]=${ids.bulkadmin}&where[id][in][1]=${ids.victim}`
    await api('PATCH', url, { token, body: { password: 'Known#Pass2026', currentPassword: PASSWORD } })
    expect((await login('victim@test.gov.cn', 'Known#Pass2026')).status).toBe(401)
    expect((await login('victim@test.gov.cn', PASSWORD)).status).toBe(200)
  })

  it('refuses it through the Local API with a user as well', async () => {
    const sysadmin = { ...(await payload.findByID({ collection: 'users', id: ids.sysadmin, overrideAccess: true })), collection: 'users' }
    await expect(
      payload.update({ collection: 'users', id: ids.victim, data: { password: 'Known#Pass2026' }, user: sysadmin as never, overrideAccess: false }),
    ).rejects.toThrow(/不能为其他账号设置密码/)
  })

  it('lets an account change its own password only with the current one', async () => {
    const token = await tokenOf('officer@test.gov.cn')
    const without = await api('PATCH', `/api/users/${ids.officer}`, { token, body: { password: NEW_PASSWORD } })
    expect(without.status).toBe(400)
    expect(messagesOf(without.json)).toMatch(/请输入当前密码/)
    const wrong = await api('PATCH', `/api/users/${ids.officer}`, { token, body: { password: NEW_PASSWORD, currentPassword: 'Wrong#Pass2026' } })
    expect(wrong.status).toBe(400)
    expect(messagesOf(wrong.json)).toMatch(/当前密码不正确/)
    expect((await login('officer@test.gov.cn', NEW_PASSWORD)).status).toBe(401)
    const weak = await api('PATCH', `/api/users/${ids.officer}`, { token, body: { password: 'weakpass', currentPassword: PASSWORD } })
    expect(messagesOf(weak.json)).toMatch(/密码不符合安全策略/)
    const before = Date.now()
    const ok = await api('PATCH', `/api/users/${ids.officer}`, { token, body: { password: NEW_PASSWORD, currentPassword: PASSWORD } })
    expect(ok.status, ok.text).toBe(200)
    expect((await login('officer@test.gov.cn', NEW_PASSWORD)).status).toBe(200)
    expect(new Date((await stored(ids.officer)).passwordChangedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    // Its own email, likewise only with the current password.
    const token2 = await tokenOf('officer@test.gov.cn', NEW_PASSWORD)
    const email = await api('PATCH', `/api/users/${ids.officer}`, { token: token2, body: { email: 'officer.new@test.gov.cn' } })
    expect(messagesOf(email.json)).toMatch(/请输入当前密码/)
    const emailOk = await api('PATCH', `/api/users/${ids.officer}`, {
      token: token2,
      body: { email: 'officer.new@test.gov.cn', currentPassword: NEW_PASSWORD },
    })
    expect(emailOk.status, emailOk.text).toBe(200)
    expect((await stored(ids.officer)).email).toBe('officer.new@test.gov.cn')
  })

  it('counts guesses of the current password like failed logins, on the record', async () => {
    await makeUser('guesser', ['webmaster'])
    const token = await tokenOf('guesser@test.gov.cn')
    for (let i = 0; i < 10; i++) {
      const guess = await api('PATCH', `/api/users/${ids.guesser}`, { token, body: { password: NEW_PASSWORD, currentPassword: `Guess#${i}Pass2026` } })
      expect(messagesOf(guess.json)).toMatch(/当前密码不正确/)
    }
    const right = await api('PATCH', `/api/users/${ids.guesser}`, { token, body: { password: NEW_PASSWORD, currentPassword: PASSWORD } })
    expect(right.status).toBe(429)
    expect(messagesOf(right.json)).toMatch(/登录失败次数过多/)
    const failures = (await auditRecords('passwordChange')).filter((r) => r.subject === 'guesser@test.gov.cn' && r.outcome === 'failure')
    expect(failures).toHaveLength(10)
    expect(failures[0].detail).toBe('当前密码不正确')
  })
})

describe('one-time passwords (finding 2)', () => {
  let oneTime: string

  it('are issued by the security administrator only, random and within the policy', async () => {
    const bySys = await api('POST', `/api/users/${ids.victim}/one-time-password`, { token: await tokenOf('sysadmin@test.gov.cn') })
    expect(bySys.status).toBe(403)
    const secToken = await tokenOf('secadmin@test.gov.cn')
    const self = await api('POST', `/api/users/${ids.secadmin}/one-time-password`, { token: secToken })
    expect(self.status).toBe(403)
    const first = await api('POST', `/api/users/${ids.victim}/one-time-password`, { token: secToken })
    const second = await api('POST', `/api/users/${ids.victim}/one-time-password`, { token: secToken })
    expect(first.status, first.text).toBe(200)
    expect(first.json.oneTimePassword).not.toBe(second.json.oneTimePassword)
    oneTime = second.json.oneTimePassword
    expect(checkPassword(oneTime)).toBeNull()
    expect((await stored(ids.victim)).mustChangePassword).toBe(true)
    expect((await login('victim@test.gov.cn', first.json.oneTimePassword)).status).toBe(401)
  })

  it('let the account do nothing but change its password, then work normally', async () => {
    const signedIn = await login('victim@test.gov.cn', oneTime)
    expect(signedIn.status, signedIn.text).toBe(200)
    expect(signedIn.json.user.mustChangePassword).toBe(true)
    const token = signedIn.json.token
    for (const [method, url] of [
      ['GET', '/api/articles'],
      ['GET', '/api/users'],
      ['POST', `/api/users/${ids.victim}/one-time-password`],
      ['GET', '/api/globals/site-settings'],
    ] as const) {
      const refused = await api(method, url, { token })
      expect(refused.status, url).toBe(403)
      expect(messagesOf(refused.json)).toMatch(/请先修改密码/)
    }
    expect((await api('GET', '/api/access', { token })).json.canAccessAdmin).toBeFalsy()
    // Its own account it may still read (the admin needs it to show the change-password page).
    expect((await api('GET', '/api/users/me', { token })).json.user.email).toBe('victim@test.gov.cn')
    const weak = await api('POST', '/api/users/change-password', { token, body: { currentPassword: oneTime, newPassword: 'weakpass' } })
    expect(weak.status).toBe(400)
    expect(messagesOf(weak.json)).toMatch(/密码不符合安全策略/)
    const wrong = await api('POST', '/api/users/change-password', { token, body: { currentPassword: 'Wrong#Pass2026', newPassword: NEW_PASSWORD } })
    expect(messagesOf(wrong.json)).toMatch(/当前密码不正确/)
    const ok = await api('POST', '/api/users/change-password', { token, body: { currentPassword: oneTime, newPassword: NEW_PASSWORD } })
    expect(ok.status, ok.text).toBe(200)
    const fresh = await tokenOf('victim@test.gov.cn', NEW_PASSWORD)
    expect((await api('GET', '/api/articles', { token: fresh })).status).toBe(200)
    expect((await api('GET', '/api/access', { token: fresh })).json.canAccessAdmin).toBe(true)
  })

  it('are what `npm run user:reset-password` issues too: unlocked and flagged', async () => {
    await payload.db.updateOne({ collection: 'users', id: ids.victim, data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 600_000).toISOString() } })
    const password = await issueOneTimePassword(payload, ids.victim)
    expect(checkPassword(password)).toBeNull()
    const user = await stored(ids.victim)
    expect(user.mustChangePassword).toBe(true)
    expect(user.lockUntil).toBeNull()
    const signedIn = await login('victim@test.gov.cn', password)
    expect(signedIn.json.user.mustChangePassword).toBe(true)
  })
})

describe('password age (finding 3)', () => {
  it('is a setting of the system administrator only, hidden from the public', async () => {
    const webmaster = await makeUser('webmaster', ['webmaster'], ids.unit)
    expect(webmaster.id).toBeTruthy()
    const byWebmaster = await api('POST', '/api/globals/site-settings', {
      token: await tokenOf('webmaster@test.gov.cn'),
      body: { siteName: '测试站', host: '测试', accountSecurity: { passwordMaxAgeDays: 0 } },
    })
    expect(byWebmaster.status, byWebmaster.text).toBe(200)
    const afterWebmaster = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    expect(afterWebmaster.accountSecurity?.passwordMaxAgeDays).toBe(90)
    const bySys = await api('POST', '/api/globals/site-settings', {
      token: await tokenOf('sysadmin@test.gov.cn'),
      body: { accountSecurity: { passwordMaxAgeDays: 30 } },
    })
    expect(bySys.status, bySys.text).toBe(200)
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
    expect(settings.accountSecurity?.passwordMaxAgeDays).toBe(30)
    const anonymous = await api('GET', '/api/globals/site-settings')
    expect(anonymous.json.accountSecurity).toBeUndefined()
  })

  it('forces a change at login once the password is older than the setting; 0 turns it off', async () => {
    const old = new Date(Date.now() - 31 * 24 * 3600 * 1000).toISOString()
    await payload.db.updateOne({ collection: 'users', id: ids.aged, data: { passwordChangedAt: old } })
    await payload.updateGlobal({ slug: 'site-settings', data: { accountSecurity: { passwordMaxAgeDays: 0 } }, overrideAccess: true })
    const unlimited = await login('aged@test.gov.cn', PASSWORD)
    expect(unlimited.json.user.mustChangePassword).toBe(false)
    await payload.updateGlobal({ slug: 'site-settings', data: { accountSecurity: { passwordMaxAgeDays: 30 } }, overrideAccess: true })
    const expired = await login('aged@test.gov.cn', PASSWORD)
    expect(expired.status).toBe(200)
    expect(expired.json.user.mustChangePassword).toBe(true)
    expect((await api('GET', '/api/articles', { token: expired.json.token })).status).toBe(403)
    const changed = await api('POST', '/api/users/change-password', {
      token: expired.json.token,
      body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    })
    expect(changed.status, changed.text).toBe(200)
    const again = await login('aged@test.gov.cn', NEW_PASSWORD)
    expect(again.json.user.mustChangePassword).toBe(false)
  })
})

describe('the system administrator creates accounts, the security administrator assigns roles (finding 4)', () => {
  let created: any

  it('creates an account with name, email and unit, a one-time password and no roles', async () => {
    const response = await api('POST', '/api/users', {
      token: await tokenOf('sysadmin@test.gov.cn'),
      body: { email: 'new@test.gov.cn', name: '新同事', unit: ids.unit, password: 'Chosen#Pass2026', roles: ['leader'] },
    })
    expect(response.status, response.text).toBe(201)
    created = response.json.doc
    expect(created.roles ?? []).toEqual([])
    expect(created.mustChangePassword).toBe(true)
    expect(checkPassword(created.oneTimePassword)).toBeNull()
    // The administrator's own choice is not the password.
    expect((await login('new@test.gov.cn', 'Chosen#Pass2026')).status).toBe(401)
  })

  it('leaves the account without roles out of the admin until the security administrator assigns them', async () => {
    const signedIn = await login('new@test.gov.cn', created.oneTimePassword)
    const changed = await api('POST', '/api/users/change-password', {
      token: signedIn.json.token,
      body: { currentPassword: created.oneTimePassword, newPassword: NEW_PASSWORD },
    })
    expect(changed.status, changed.text).toBe(200)
    const token = await tokenOf('new@test.gov.cn', NEW_PASSWORD)
    expect((await api('GET', '/api/access', { token })).json.canAccessAdmin).toBeFalsy()
    const bySys = await api('PATCH', `/api/users/${created.id}`, { token: await tokenOf('sysadmin@test.gov.cn'), body: { roles: ['officer'] } })
    expect(bySys.json.doc?.roles ?? []).toEqual([])
    const secToken = await tokenOf('secadmin@test.gov.cn')
    const bySec = await api('PATCH', `/api/users/${created.id}`, { token: secToken, body: { roles: ['officer'] } })
    expect(bySec.json.doc.roles).toEqual(['officer'])
    expect((await api('GET', '/api/access', { token: await tokenOf('new@test.gov.cn', NEW_PASSWORD) })).json.canAccessAdmin).toBe(true)
    const mixed = await api('PATCH', `/api/users/${created.id}`, { token: secToken, body: { roles: ['officer', 'sysAdmin'] } })
    expect(mixed.status).toBe(400)
    expect(messagesOf(mixed.json)).toMatch(/三员分立/)
    const self = await api('PATCH', `/api/users/${ids.secadmin}`, { token: secToken, body: { roles: ['leader'] } })
    expect(self.json.doc.roles).toEqual(['secAdmin'])
  })
})

describe('the reset-password token flow obeys the policy (finding 5)', () => {
  it('refuses weakpass and accepts a strong password', async () => {
    const token = await payload.forgotPassword({ collection: 'users', data: { email: 'enum@test.gov.cn' }, disableEmail: true })
    const weak = await api('POST', '/api/users/reset-password', { body: { token, password: 'weakpass' } })
    expect(weak.status).toBe(400)
    expect(messagesOf(weak.json)).toMatch(/密码不符合安全策略/)
    expect((await login('enum@test.gov.cn', 'weakpass')).status).toBe(401)
    const ok = await api('POST', '/api/users/reset-password', { body: { token, password: NEW_PASSWORD } })
    expect(ok.status, ok.text).toBe(200)
    expect((await stored(ids.enum)).passwordChangedAt).toBeTruthy()
    await payload.update({ collection: 'users', id: ids.enum, data: { password: PASSWORD }, overrideAccess: true })
  })
})

describe('login hardening (finding 7)', () => {
  it('answers an unknown email and a locked account exactly like a wrong password', async () => {
    const headers = { 'x-forwarded-for': '198.51.100.1' }
    const wrong = await login('enum@test.gov.cn', 'Wrong#Pass2026', headers)
    const unknown = await login('nobody@test.gov.cn', 'Wrong#Pass2026', headers)
    for (let i = 0; i < 5; i++) await login('locked@test.gov.cn', 'Wrong#Pass2026', { 'x-forwarded-for': `198.51.100.${10 + i}` })
    expect((await stored(ids.locked)).lockUntil).toBeTruthy()
    const locked = await login('locked@test.gov.cn', 'Wrong#Pass2026', headers)
    expect(wrong.status).toBe(401)
    expect({ status: unknown.status, text: unknown.text }).toEqual({ status: wrong.status, text: wrong.text })
    expect({ status: locked.status, text: locked.text }).toEqual({ status: wrong.status, text: wrong.text })
  })

  it('does the pbkdf2 work for an unknown email', async () => {
    const spy = vi.spyOn(passwordHashing, 'pbkdf2')
    try {
      const unknown = await login('ghost@test.gov.cn', 'Wrong#Pass2026')
      expect(unknown.status).toBe(401)
      expect(spy).toHaveBeenCalledTimes(1)
      // The same work as a stored password of Payload's current scheme.
      expect(spy.mock.calls[0][2]).toBe(600_000)
      expect(spy.mock.calls[0][3]).toBe(32)
    } finally {
      spy.mockRestore()
    }
  })

  it('answers 429 in Chinese after 10 failures from one client, whichever accounts they tried', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.7' }
    for (let i = 0; i < 10; i++) {
      expect((await login(`guess${i}@test.gov.cn`, 'Wrong#Pass2026', headers)).status).toBe(401)
    }
    const limited = await login('guess10@test.gov.cn', 'Wrong#Pass2026', headers)
    expect(limited.status).toBe(429)
    expect(messagesOf(limited.json)).toMatch(/登录失败次数过多，请 \d+ 分钟后再试/)
    // Even the right password waits; another client is not affected.
    expect((await login('sysadmin@test.gov.cn', PASSWORD, headers)).status).toBe(429)
    expect((await login('sysadmin@test.gov.cn', PASSWORD, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200)
  })

  it('answers 429 after 10 failures on one account from many clients', async () => {
    for (let i = 0; i < 10; i++) {
      await login('spray@test.gov.cn', 'Wrong#Pass2026', { 'x-forwarded-for': `192.0.2.${i + 1}` })
    }
    expect((await login('spray@test.gov.cn', 'Wrong#Pass2026', { 'x-forwarded-for': '192.0.2.200' })).status).toBe(429)
  })
})

describe('security events on the audit chain (finding 6)', () => {
  it('records logins, failures, lockouts and unlocks', async () => {
    expect((await auditRecords('login')).some((r) => r.subject === 'sysadmin@test.gov.cn' && r.outcome === 'success')).toBe(true)
    const failed = await auditRecords('loginFailed')
    expect(failed.some((r) => r.subject === 'nobody@test.gov.cn' && r.outcome === 'failure')).toBe(true)
    expect(failed.some((r) => r.subject === 'enum@test.gov.cn')).toBe(true)
    expect(JSON.stringify(failed)).not.toContain('Wrong#Pass2026')
    expect((await auditRecords('lockout')).map((r) => r.subject)).toContain('locked@test.gov.cn')
    const unlocked = await api('POST', '/api/users/unlock', { token: await tokenOf('secadmin@test.gov.cn'), body: { email: 'locked@test.gov.cn' } })
    expect(unlocked.status, unlocked.text).toBe(200)
    expect((await auditRecords('unlock')).map((r) => r.subject)).toContain('locked@test.gov.cn')
  })

  it('records account creation, roles, passwords, email, name and unit changes, and deletion', async () => {
    expect((await auditRecords('userCreate')).map((r) => r.subject)).toContain('new@test.gov.cn')
    const roles = await auditRecords('roleChange')
    expect(roles.some((r) => r.subject === 'new@test.gov.cn' && r.detail === '角色：无 → 信息员')).toBe(true)
    expect((await auditRecords('passwordChange')).map((r) => r.subject)).toEqual(expect.arrayContaining(['officer@test.gov.cn', 'victim@test.gov.cn']))
    const resets = await auditRecords('passwordReset')
    expect(resets.filter((r) => r.subject === 'victim@test.gov.cn').length).toBeGreaterThanOrEqual(2)
    expect(resets.some((r) => r.subject === 'enum@test.gov.cn')).toBe(true)
    expect((await auditRecords('emailChange')).some((r) => r.detail === '登录邮箱：officer@test.gov.cn → officer.new@test.gov.cn')).toBe(true)
    const other = await payload.create({ collection: 'units', overrideAccess: true, data: { name: '乙局', kind: 'department', level: 'county' } })
    const sysToken = await tokenOf('sysadmin@test.gov.cn')
    const moved = await api('PATCH', `/api/users/${ids.victim}`, { token: sysToken, body: { name: '改名', unit: other.id } })
    expect(moved.status, moved.text).toBe(200)
    expect((await auditRecords('userUpdate')).some((r) => r.subject === 'victim@test.gov.cn' && r.detail === '姓名：victim → 改名；单位：甲局 → 乙局')).toBe(true)
    const removed = await api('DELETE', `/api/users/${ids.webmaster}`, { token: sysToken })
    expect(removed.status, removed.text).toBe(200)
    expect((await auditRecords('userDelete')).map((r) => r.subject)).toContain('webmaster@test.gov.cn')
  })
})
