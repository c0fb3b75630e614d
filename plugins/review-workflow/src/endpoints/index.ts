import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { delegate, emergencyPublish, findActiveRun, sign, submit, withdraw } from '../engine/actions'
import { myPending, workflowState } from '../engine/state'
import type { SanitizedOptions } from '../options'

type Body = { opinion?: string; reason?: string; to?: number | string; checklist?: Record<string, boolean>; expectedStage?: number }

async function bodyOf(req: PayloadRequest): Promise<Body> {
  try {
    return ((await req.json?.()) ?? {}) as Body
  } catch {
    return {}
  }
}

function requireUser(req: PayloadRequest) {
  if (!req.user) throw new APIError('请先登录。', 401, undefined, true)
}

async function activeRunId(req: PayloadRequest, options: SanitizedOptions, collection: string, id: string) {
  const run = await findActiveRun(req, options, collection, id)
  if (!run) throw new APIError('该稿件没有进行中的审核。', 409, undefined, true)
  return run.id
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
      path: '/workflow/:collection/:id',
      method: 'get',
      handler: async (req) => {
        requireUser(req)
        const { collection, id } = req.routeParams as { collection: string; id: string }
        return Response.json(await workflowState(req, options, collection, id))
      },
    },
    {
      path: '/workflow/:collection/:id/:action',
      method: 'post',
      handler: async (req) => {
        requireUser(req)
        const { collection, id, action } = req.routeParams as { collection: string; id: string; action: string }
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
              expectedStage: body.expectedStage,
            })
            break
          case 'withdraw':
            run = await withdraw(req, options, { runId: await activeRunId(req, options, collection, id) })
            break
          case 'delegate':
            if (body.to === undefined) throw new APIError('请选择被委托人。', 400, undefined, true)
            run = await delegate(req, options, { runId: await activeRunId(req, options, collection, id), to: body.to, reason: body.reason })
            break
          case 'emergency':
            run = await emergencyPublish(req, options, { runId: await activeRunId(req, options, collection, id), reason: body.reason ?? '' })
            break
          default:
            throw new APIError(`未知操作“${action}”。`, 404, undefined, true)
        }
        return Response.json({ run, message: '操作成功' })
      },
    },
  ]
}
