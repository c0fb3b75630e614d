import type { Endpoint, PayloadRequest } from 'payload'

import { userError } from '../errors'
import { userHasRole } from '../access/hasRoleIn'
import { delegate, emergencyPublish, findActiveRun, latestDraft, sign, submit, withdraw } from '../engine/actions'
import { checkRevision } from '../engine/contentCheck'
import { mayReadDocument } from '../engine/documentAccess'
import { myPending, workflowState } from '../engine/state'
import type { SanitizedOptions } from '../options'
import { definitionFields } from './definitionFields'
import { loadReviewForm } from '../reviewForm/formData'
import { loadRegister, registerXlsx } from '../reviewForm/register'
import { renderReviewFormDocx } from '../reviewForm/renderDocx'
import { renderReviewFormHtml } from '../reviewForm/renderHtml'

type Body = { opinion?: string; reason?: string; checkReason?: string; to?: number | string; checklist?: Record<string, boolean>; expectedStage?: number }

/** The JSON body of an action; none is an empty one. Anything else than a JSON object is refused. */
async function bodyOf(req: PayloadRequest): Promise<Body> {
  const text = req.text ? await req.text() : ''
  if (!text.trim()) return {}
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw userError('请求内容不是有效的 JSON，请检查后重试。', 400)
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw userError('请求内容应为 JSON 对象，如 {"opinion": "同意"}。', 400)
  return body as Body
}

function requireUser(req: PayloadRequest) {
  if (!req.user) throw userError('请先登录。', 401)
}

/** RFC 5987 encoding of a file name (encodeURIComponent leaves ' ( ) * unencoded). */
const encodeFilename = (name: string) =>
  encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** A file name from user text: no path separators, reserved or control characters, at most 80 characters. */
const safeFilename = (text: string) =>
  // eslint-disable-next-line no-control-regex
  Array.from(text.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()).slice(0, 80).join('') || '未命名'

function download(body: Buffer, contentType: string, filename: string): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeFilename(filename)}`,
      'Cache-Control': 'no-store',
    },
  })
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const param = (req: PayloadRequest, name: string) => req.searchParams?.get(name)?.trim() || undefined

async function activeRunId(req: PayloadRequest, options: SanitizedOptions, collection: string, id: string) {
  const run = await findActiveRun(req, options, collection, id)
  if (!run) throw userError('该稿件没有进行中的审核。', 409)
  return run.id
}

/** The review record of an item is read only by those who may read the item. */
async function requireReadable(req: PayloadRequest, options: SanitizedOptions, collection: string, id: string) {
  if (!(await mayReadDocument(req, options, collection, id))) throw userError('稿件不存在或您无权查看。', 404)
}

/**
 * REST endpoints of the workflow panel, under /api/workflow. Every rule is enforced by the
 * engine; these only translate HTTP to engine calls.
 */
export function workflowEndpoints(options: SanitizedOptions): Endpoint[] {
  return [
    {
      path: '/workflow/pending',
      method: 'get',
      handler: async (req) => {
        requireUser(req)
        return Response.json(await myPending(req, options, { page: Number(req.searchParams.get('page') ?? 1) }))
      },
    },
    {
      // What the definition editor offers: each reviewed collection's fields a condition may test.
      path: '/workflow/definition-fields',
      method: 'get',
      handler: async (req) => {
        requireUser(req)
        return Response.json(definitionFields(req, options), { headers: { 'Cache-Control': 'no-store' } })
      },
    },
    {
      // 发布登记簿: ?format=xlsx for the workbook; filters ?from=&to= (ISO dates) &collection= &unit=
      path: '/workflow/register',
      method: 'get',
      handler: async (req) => {
        requireUser(req)
        if (!userHasRole(req, options.userRolesField, options.registerReaderRoles)) {
          throw userError('您无权查看发布登记簿。', 403)
        }
        const format = param(req, 'format') ?? 'json'
        if (format !== 'json' && format !== 'xlsx') throw userError(`不支持的格式“${format}”。`, 400)
        const rows = await loadRegister(req, options, {
          from: param(req, 'from'),
          to: param(req, 'to'),
          collection: param(req, 'collection'),
          unit: param(req, 'unit'),
        })
        if (format === 'xlsx') return download(await registerXlsx(rows), XLSX, '发布登记簿.xlsx')
        return Response.json({ rows }, { headers: { 'Cache-Control': 'no-store' } })
      },
    },
    {
      // 上网信息发布审核表 of the item's latest run: printable HTML, or ?format=docx.
      path: '/workflow/:collection/:id/form',
      method: 'get',
      handler: async (req) => {
        requireUser(req)
        const { collection, id } = req.routeParams as { collection: string; id: string }
        const format = param(req, 'format') ?? 'html'
        if (format !== 'html' && format !== 'docx') throw userError(`不支持的格式“${format}”。`, 400)
        const form = await loadReviewForm(req, options, { collection, id })
        if (format === 'docx') return download(await renderReviewFormDocx(form), DOCX, `审核表-${safeFilename(form.title)}.docx`)
        return new Response(renderReviewFormHtml(form), {
          headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
        })
      },
    },
    {
      // The content checks of the latest draft, for the panel (the same checks the actions run).
      path: '/workflow/:collection/:id/check',
      method: 'get',
      handler: async (req) => {
        requireUser(req)
        const { collection, id } = req.routeParams as { collection: string; id: string }
        await requireReadable(req, options, collection, id)
        if (!options.collections[collection]) throw userError('该类内容不经审核流程。', 404)
        return Response.json(await checkRevision(req, options, collection, await latestDraft(req, collection, id)), { headers: { 'Cache-Control': 'no-store' } })
      },
    },
    {
      path: '/workflow/:collection/:id',
      method: 'get',
      handler: async (req) => {
        requireUser(req)
        const { collection, id } = req.routeParams as { collection: string; id: string }
        await requireReadable(req, options, collection, id)
        return Response.json(await workflowState(req, options, collection, id))
      },
    },
    {
      path: '/workflow/:collection/:id/:action',
      method: 'post',
      handler: async (req) => {
        requireUser(req)
        const { collection, id, action } = req.routeParams as { collection: string; id: string; action: string }
        // Nobody acts on an item they may not read (an emergency publish by a leader it was never routed to).
        await requireReadable(req, options, collection, id)
        const body = await bodyOf(req)
        let run
        switch (action) {
          case 'submit':
            run = await submit(req, options, { collection, id })
            break
          case 'approve':
          case 'reject':
          case 'return':
            run = await sign(req, options, {
              runId: await activeRunId(req, options, collection, id),
              decision: action,
              opinion: body.opinion ?? body.reason,
              checklist: body.checklist,
              checkReason: body.checkReason,
              expectedStage: body.expectedStage,
            })
            break
          case 'withdraw':
            run = await withdraw(req, options, { runId: await activeRunId(req, options, collection, id) })
            break
          case 'delegate':
            if (body.to === undefined) throw userError('请选择被委托人。', 400)
            run = await delegate(req, options, { runId: await activeRunId(req, options, collection, id), to: body.to, reason: body.reason })
            break
          case 'emergency':
            run = await emergencyPublish(req, options, { runId: await activeRunId(req, options, collection, id), reason: body.reason ?? '' })
            break
          default:
            throw userError(`未知操作“${action}”。`, 404)
        }
        return Response.json({ run, message: '操作成功' })
      },
    },
  ]
}
