import fs from 'node:fs/promises'
import path from 'node:path'

import { commitTransaction, initTransaction, killTransaction, ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { absoluteUrl, urls } from '@gov/portal-contract'

import { clientAddress } from '../../disclosure/applications/rateLimit'
import { portalUrl } from '../../lib/env'
import { MESSAGE_BODY_LIMIT, MESSAGE_MULTIPART_LIMIT, tooLargeMessage } from '../../lib/publicBodyLimits'
import { htmlAnswer, jsonAnswer, readPublicBody } from '../../lib/publicForm'
import { duplicateKey } from '../duplicateKey'
import { interactionSettings } from '../settings'
import { checkImages, chosenFiles, type CheckedImage } from './attachments'
import {
  cleanMessageInput,
  findLeader,
  findType,
  HONEYPOT_FIELD,
  MESSAGE_INPUT_FIELDS,
  normaliseMobile,
  validateMessage,
  wrongTypeErrors,
  type LeaderOption,
  type MessageErrors,
  type MessageInput,
  type TypeOption,
} from './input'
import { isDuplicate, messageAttempts, messagesToday } from './limits'
import { renderMessageForm, renderMessageReceipt, renderRefusal, renderThanks, type Receipt } from './pages'

export const MESSAGES_PATH = '/interaction/messages'

const UNREADABLE = '无法读取留言内容：请以表单（application/x-www-form-urlencoded 或 multipart/form-data）或 JSON 提交。'
const UNAVAILABLE = '系统暂时无法保存您的留言，您填写的内容已保留，请稍后重新提交。'
const TOO_FREQUENT = '提交过于频繁，请十分钟后再试。'
const DUPLICATE = '您已提交过内容相同的留言，请勿重复提交。请使用提交时获得的查询码查询办理情况；如有新情况，请在留言中补充说明后再提交。'

/** The portal's lookup page, linked from the receipt. */
export const lookupPageUrl = () => absoluteUrl(portalUrl(), urls.lookup())

/** The types citizens may choose and the leaders they may write to, for checking and for the form. */
async function choices(req: PayloadRequest): Promise<{ types: TypeOption[]; leaders: LeaderOption[] }> {
  const [types, leaders] = await Promise.all([
    req.payload.find({ collection: 'message-types', where: { enabled: { equals: true } }, sort: 'order', limit: 100, pagination: false, depth: 0, overrideAccess: true, req }),
    req.payload.find({ collection: 'mailbox-leaders', where: { active: { equals: true } }, sort: 'order', limit: 100, pagination: false, depth: 0, overrideAccess: true, req }),
  ])
  return {
    types: types.docs.map((t) => ({ id: t.id, code: t.code, name: t.name, needsLeader: Boolean(t.needsLeader), description: t.description ?? null })),
    leaders: leaders.docs.map((l) => ({ id: l.id, name: l.name, title: l.title })),
  }
}

/** A validation failure on storing, as one Chinese message per field of the form. */
function storageErrors(error: unknown): MessageErrors | null {
  if (!(error instanceof ValidationError)) return null
  const errors: MessageErrors = {}
  for (const { path: field, message } of error.data.errors) {
    const known = (MESSAGE_INPUT_FIELDS as readonly string[]).includes(field)
    const key = known ? (field as keyof MessageErrors) : '_form'
    errors[key] ??= known && /[\u4e00-\u9fff]/.test(message) ? message : '内容不符合要求，请检查后重新填写。'
  }
  return errors
}

type Stored = { queryCode: string; receivedAt: string }

/**
 * Stores the pictures and the message in one transaction: either all of it is there, or nothing
 * (files written before a failure are removed again).
 */
async function store(req: PayloadRequest, data: Record<string, unknown>, images: CheckedImage[]): Promise<Stored> {
  const ownTransaction = await initTransaction(req)
  const written: { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }[] = []
  try {
    const attachmentIds: (number | string)[] = []
    for (const image of images) {
      const doc = await req.payload.create({ collection: 'message-attachments', data: {}, file: image, overrideAccess: true, req, depth: 0 })
      written.push(doc as (typeof written)[number])
      attachmentIds.push(doc.id)
    }
    const message = await req.payload.create({
      collection: 'messages',
      data: { ...data, attachments: attachmentIds } as never,
      overrideAccess: true,
      req,
      depth: 0,
    })
    if (attachmentIds.length > 0) {
      await req.payload.update({ collection: 'message-attachments', where: { id: { in: attachmentIds } }, data: { message: message.id }, overrideAccess: true, req, depth: 0 })
    }
    if (ownTransaction) await commitTransaction(req)
    return { queryCode: message.queryCode!, receivedAt: message.receivedAt! }
  } catch (error) {
    await killTransaction(req)
    const dir = req.payload.collections['message-attachments']?.config.upload?.staticDir
    if (dir) {
      const files = written.flatMap((doc) => [doc.filename, ...Object.values(doc.sizes ?? {}).map((s) => s?.filename)]).filter((f): f is string => Boolean(f))
      await Promise.all(files.map((f) => fs.rm(path.join(dir, path.basename(f)), { force: true }).catch(() => {})))
    }
    throw error
  }
}

/**
 * POST /api/interaction/messages — the public 留言 form (领导信箱, 咨询, 投诉, 建议, 纠错 …).
 * Accepts JSON, urlencoded or multipart form data (pictures under `attachments`).
 * JSON answers (a JSON post, or a form post with `Accept: application/json`):
 * 201 { queryCode, receivedAt, typeName } or 400 / 409 / 413 / 429 / 500 { errors: { field: message } }
 * (`_form` for what is about the whole post). A browser's plain form post gets an HTML page: the
 * receipt with the 查询码 (201), or the form again with what was typed and the errors.
 */
export const submitMessageEndpoint: Endpoint = {
  path: MESSAGES_PATH,
  method: 'post',
  handler: async (req) => {
    const action = `${req.payload.config.routes.api}${MESSAGES_PATH}`
    const body = await readPublicBody(req, { limit: MESSAGE_BODY_LIMIT, multipartLimit: MESSAGE_MULTIPART_LIMIT, jsonOnAccept: true })
    if ('problem' in body) {
      const message =
        body.problem === 'tooLarge'
          ? body.limit === MESSAGE_MULTIPART_LIMIT
            ? `${tooLargeMessage(body.limit)}（图片最多3张，每张不超过5 MB）`
            : tooLargeMessage(body.limit)
          : UNREADABLE
      const status = body.problem === 'tooLarge' ? 413 : 400
      return body.kind === 'json' ? jsonAnswer(req, { errors: { _form: message } }, status) : htmlAnswer(req, renderRefusal('留言', message), status)
    }
    if (String(body.fields[HONEYPOT_FIELD] ?? '').trim()) {
      // A bot filled the hidden field: answer like a success, store nothing.
      return body.kind === 'json' ? jsonAnswer(req, { received: true }, 200) : htmlAnswer(req, renderThanks(), 200)
    }

    const values: MessageInput = cleanMessageInput(body.fields)
    const files = chosenFiles(body.all('attachments'))
    let loaded: Awaited<ReturnType<typeof choices>> | undefined
    const refuse = async (status: number, errors: MessageErrors) => {
      if (body.kind === 'json') return jsonAnswer(req, { errors }, status)
      loaded ??= await choices(req).catch(() => ({ types: [], leaders: [] }))
      const notice = await interactionSettings(req).then((s) => s.notice, () => null)
      return htmlAnswer(req, renderMessageForm({ action, values, errors, types: loaded.types, leaders: loaded.leaders, notice, hadFiles: files.length > 0 }), status)
    }

    const address = clientAddress(req)
    if (!messageAttempts.allow(address)) return refuse(429, { _form: TOO_FREQUENT })

    try {
      loaded = await choices(req)
      const errors: MessageErrors = { ...validateMessage(values, loaded.types, loaded.leaders), ...wrongTypeErrors(body.fields) }
      const checked = await checkImages(files)
      if ('error' in checked) errors.attachments = checked.error
      if (Object.keys(errors).length > 0) return refuse(400, errors)
      const images = 'images' in checked ? checked.images : []

      const settings = await interactionSettings(req)
      if ((await messagesToday(req, address)) >= settings.messagesPerIpPerDay) {
        return refuse(429, { _form: `同一网络地址24小时内最多在线提交${settings.messagesPerIpPerDay}条留言，请稍后再试，或拨打政务服务热线反映。` })
      }
      const type = findType(loaded.types, values.type)!
      const mobile = normaliseMobile(values.mobile)!
      const key = duplicateKey({ mobile, title: values.title, content: values.content })
      if (await isDuplicate(req, key, settings.duplicateWindowDays)) return refuse(409, { _form: DUPLICATE })

      let stored: Stored
      try {
        stored = await store(
          req,
          {
            type: type.id,
            leader: type.needsLeader ? findLeader(loaded.leaders, values.leader)!.id : null,
            title: values.title,
            content: values.content,
            name: values.name,
            mobile,
            email: values.email ?? null,
            publishConsent: Boolean(values.publishConsent),
            receivedVia: 'online',
            receivedAt: new Date().toISOString(),
            status: 'received',
            sourceIp: address,
            duplicateKey: key,
          },
          images,
        )
      } catch (error) {
        const fieldErrors = storageErrors(error)
        if (fieldErrors) return refuse(400, fieldErrors)
        throw error
      }
      const receipt: Receipt = { queryCode: stored.queryCode, receivedAt: stored.receivedAt, typeName: type.name }
      return body.kind === 'json' ? jsonAnswer(req, receipt, 201) : htmlAnswer(req, renderMessageReceipt(receipt, lookupPageUrl()), 201)
    } catch (error) {
      req.payload.logger.error({ err: error }, '互动交流留言未能保存')
      return refuse(500, { _form: UNAVAILABLE })
    }
  },
}
