/**
 * The plugin on its own: a minimal host config (dev/payload.config.ts), a fresh database
 * pushed from that config, the code-default definition, the engine, the gate and the audit chain.
 */
import { randomBytes } from 'node:crypto'

import { createLocalReq, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminQuery, databaseUrlFor } from '../../../scripts/lib/database'
import { hasFinalApproval, sign, submit, verifyAuditChain, workflowOptions } from '../src'
import { devConfig } from './payload.config'

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string
    templateDatabase: string
  }
}

let payload: Payload
let ids: Record<string, number> = {}

const reqAs = (id: number, roles: string[], unit?: number) => createLocalReq({ user: { id, roles, unit, collection: 'users' } as never }, payload)

beforeAll(async () => {
  const name = `${inject('templateDatabase')}_plugin_${randomBytes(3).toString('hex')}`
  await adminQuery(inject('serverUrl'), `create database ${name}`)
  payload = await getPayload({ config: devConfig(databaseUrlFor(inject('serverUrl'), name)), key: name })
  const unit = await payload.create({ collection: 'units', data: { name: 'Unit A' } })
  const user = (email: string, roles: string[]) =>
    payload.create({ collection: 'users', data: { email, password: 'Dev#Password2026', name: email, roles: roles as never, unit: unit.id } })
  ids = {
    unit: Number(unit.id),
    author: Number((await user('author@dev.gov.cn', ['author'])).id),
    head: Number((await user('head@dev.gov.cn', ['head'])).id),
    editor: Number((await user('editor@dev.gov.cn', ['editor'])).id),
  }
})

afterAll(async () => {
  await payload?.destroy()
})

describe('review-workflow in a minimal host', () => {
  it('uses the code-default definition, with content-driven stages, and publishes on final approval', async () => {
    const small = await payload.create({ collection: 'posts', draft: true, data: { title: 'Small', unit: ids.unit, budget: 10, _status: 'draft' } as never })
    const big = await payload.create({ collection: 'posts', draft: true, data: { title: 'Big', unit: ids.unit, budget: 5000, _status: 'draft' } as never })
    const options = workflowOptions(payload)
    const smallRun = await submit(await reqAs(ids.author, ['author'], ids.unit), options, { collection: 'posts', id: small.id })
    const bigRun = await submit(await reqAs(ids.author, ['author'], ids.unit), options, { collection: 'posts', id: big.id })
    expect(smallRun.route.map((s) => s.label)).toEqual(['Head of unit'])
    expect(bigRun.route.map((s) => s.label)).toEqual(['Head of unit', 'Editor'])
    const done = await sign(await reqAs(ids.head, ['head'], ids.unit), options, { runId: smallRun.id, decision: 'approve' })
    expect(done.status).toBe('approved')
    expect((await payload.findByID({ collection: 'posts', id: small.id }))._status).toBe('published')
  })

  it('guards publishing in the host collection and keeps a verifiable audit chain', async () => {
    const post = await payload.create({ collection: 'posts', draft: true, data: { title: 'Direct', unit: ids.unit, _status: 'draft' } as never })
    await expect(payload.update({ collection: 'posts', id: post.id, data: { _status: 'published' } as never })).rejects.toThrow(/未经终审不得发布/)
    const secret = await payload.create({ collection: 'posts', draft: true, data: { title: 'Secret', unit: ids.unit, secret: true, _status: 'draft' } as never })
    await expect(submit(await reqAs(ids.author, ['author'], ids.unit), workflowOptions(payload), { collection: 'posts', id: secret.id })).rejects.toThrow(/涉密/)
    const chain = await verifyAuditChain(payload)
    expect(chain.broken).toBeNull()
    expect(chain.checked).toBeGreaterThanOrEqual(4)
  })

  it('asks canFinallyApprove before the last signature only, and hasFinalApproval follows the revision', async () => {
    const options = workflowOptions(payload)
    const post = await payload.create({ collection: 'posts', draft: true, data: { title: 'Held', unit: ids.unit, budget: 5000, hold: true, _status: 'draft' } as never })
    const run = await submit(await reqAs(ids.author, ['author'], ids.unit), options, { collection: 'posts', id: post.id })
    // The first stage is not the final one: the host rule is not asked.
    const afterHead = await sign(await reqAs(ids.head, ['head'], ids.unit), options, { runId: run.id, decision: 'approve' })
    expect(afterHead.currentStage).toBe(1)
    const editor = await reqAs(ids.editor, ['editor'], ids.unit)
    await expect(sign(editor, options, { runId: run.id, decision: 'approve' })).rejects.toThrow('Held: may not be finally approved yet.')
    const still = await payload.findByID({ collection: 'workflow-runs' as never, id: run.id })
    expect((still as unknown as { status: string; signatures: unknown[] }).status).toBe('in_review')
    expect((still as unknown as { signatures: unknown[] }).signatures).toHaveLength(1)
    expect(await hasFinalApproval(await reqAs(ids.editor, ['editor'], ids.unit), options, 'posts', post.id)).toBe(false)

    const free = await payload.create({ collection: 'posts', draft: true, data: { title: 'Free', unit: ids.unit, _status: 'draft' } as never })
    const freeRun = await submit(await reqAs(ids.author, ['author'], ids.unit), options, { collection: 'posts', id: free.id })
    await sign(await reqAs(ids.head, ['head'], ids.unit), options, { runId: freeRun.id, decision: 'approve' })
    const req = await reqAs(ids.editor, ['editor'], ids.unit)
    expect(await hasFinalApproval(req, options, 'posts', free.id)).toBe(true)
    await payload.update({ collection: 'posts', id: free.id, draft: true, data: { title: 'Free, edited' } as never })
    expect(await hasFinalApproval(req, options, 'posts', free.id)).toBe(false)
  })

  it('keeps its schema when disabled, without hooks or endpoints', () => {
    const disabled = devConfig('postgres://unused/none', { disabled: true })
    return disabled.then((config) => {
      expect(config.collections.map((c) => c.slug)).toEqual(expect.arrayContaining(['workflow-definitions', 'workflow-runs', 'audit-log']))
      const posts = config.collections.find((c) => c.slug === 'posts')!
      expect(posts.hooks.beforeChange ?? []).toHaveLength(0)
      expect(config.endpoints.some((e) => e.path.startsWith('/workflow'))).toBe(false)
    })
  })
})
