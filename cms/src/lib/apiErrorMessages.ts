/**
 * Payload answers some REST errors with English texts its translations do not cover (a request
 * body that is not JSON, an upload of a forbidden file type, a failed query …). The admin and
 * scripts show these messages as they come, so they are put into Chinese here, once, for every
 * endpoint — unless the request asked for English (the admin's language is English).
 */
import type { AfterErrorHook } from 'payload'

const SERVER_ERROR = '服务器处理请求时出错，请稍后重试；如果问题持续，请联系系统管理员。'
const TOO_LARGE = '上传的内容超过大小限制，请压缩或拆分后重试。'
const BAD_URL = '文件网址无效，请检查后重试。'
const BAD_FILENAME = '文件名无效，请修改文件名后重新上传。'
const UNREADABLE_FILE = '无法读取上传的文件，请重新上传。'

const EXACT: Record<string, string> = {
  'Invalid JSON': '请求内容不是有效的 JSON，请检查后重试。',
  'Something went wrong.': SERVER_ERROR,
  'Something went wrong': SERVER_ERROR,
  'Server error': SERVER_ERROR,
  'An unknown error occurred.': SERVER_ERROR,
  'There was an error initializing Payload': '系统尚未启动完成或启动出错，请稍后重试并联系系统管理员。',
  'Multipart request size limit has been reached': TOO_LARGE,
  'Multipart limit has been reached': TOO_LARGE,
  'Missing required data.': '请求缺少必要的数据。',
  'Missing ID of document to update.': '请求缺少要修改的记录编号。',
  'Missing ID of version.': '请求缺少版本编号。',
  'Missing ID of version to restore.': '请求缺少要恢复的版本编号。',
  'ID was not specified': '请求缺少记录编号。',
  'No User': '未找到该用户。',
  'Not supported': '不支持此操作。',
  'Token is either invalid or has expired.': '链接无效或已过期，请重新申请重置密码。',
  'Verification token is invalid.': '验证链接无效。',
  'Invalid filename.': BAD_FILENAME,
  'Invalid filename': BAD_FILENAME,
  'A file name is required.': '请提供文件名。',
  'Invalid upload collection.': '此处不能上传文件。',
  'Invalid or expired client upload reference.': '上传凭据无效或已过期，请重新上传。',
  'SVG and XML files must be uploaded through Payload.': 'SVG 和 XML 文件只能通过本系统上传。',
  'Pasting from URL is not enabled for this collection.': '此处不支持从网址添加文件，请上传文件。',
  'Invalid file url': BAD_URL,
  'Invalid external file URL.': BAD_URL,
  'A valid URL string is required.': BAD_URL,
  'Unable to determine an HTTP(S) base URL for the external file.': BAD_URL,
  'The provided URL is not allowed.': '不允许从该网址获取文件。',
  'Redirect target is not allowed.': '不允许从该网址获取文件。',
  'Too many redirects.': '该网址重定向次数过多，无法获取文件。',
  'Failed to fetch the file from the provided URL.': '无法从该网址获取文件。',
  'Invalid or corrupted PDF file.': 'PDF 文件无效或已损坏。',
  'Invalid PDF file.': 'PDF 文件无效或已损坏。',
  'Invalid or corrupted ISO base media file.': '音视频文件无效或已损坏。',
  'SVG file contains potentially harmful content.': 'SVG 文件含有可能有害的内容，不能上传。',
  'Could not read uploaded file for validation.': UNREADABLE_FILE,
  'Could not read uploaded file for type detection.': UNREADABLE_FILE,
}

const PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [/^The following paths? cannot be queried: (.+)$/, (paths) => `不能按以下字段查询或排序：${paths}。`],
  [/^Collection with the slug (.+) was not found$/, (slug) => `内容类型“${slug}”不存在。`],
  [/^Global with the slug (.+) was not found$/, (slug) => `设置“${slug}”不存在。`],
  [/^The collection with slug (\S+) can't be found\.?/, (slug) => `内容类型“${slug}”不存在。`],
  [/^The global with slug (\S+) can't be found\.?/, (slug) => `设置“${slug}”不存在。`],
  [/^Collection (\S+) has disabled bulk edit$/, () => '此类内容不允许批量修改。'],
  [/^Collection (\S+) has disabled bulk delete$/, () => '此类内容不允许批量删除。'],
  [/^Field (\S+) was not found in the collection (\S+)$/, (field) => `字段“${field}”不存在。`],
  [/^Invalid MIME type: (.+?)\.?$/, (mime) => `不允许上传此类文件（${mime}）。`],
  [/^File type (.+) \(from extension (.*)\) is not allowed\.$/, (mime, ext) => `不允许上传扩展名为“${ext}”的文件（${mime}）。`],
  [/^File type '(.*)' not allowed (.*): Restricted file type detected/, (_mime, name) => `出于安全原因，不允许上传此类文件（${name}）。`],
  [/^Upload timeout for /, () => '上传超时，请检查网络后重试。'],
]

function translateOne(message: string): string | null {
  const exact = EXACT[message.trim()]
  if (exact) return exact
  for (const [pattern, text] of PATTERNS) {
    const match = pattern.exec(message.trim())
    if (match) return text(...match.slice(1))
  }
  return null
}

/**
 * The Chinese text of one of Payload's English error messages, or null when the message is not
 * one of them (ours are Chinese already). Payload joins several upload problems with ", ".
 */
export function chineseApiMessage(message: unknown): string | null {
  if (typeof message !== 'string' || !message) return null
  const whole = translateOne(message)
  if (whole) return whole
  const parts = message.split(/, (?=[A-Z])/)
  if (parts.length < 2) return null
  const translated = parts.map(translateOne)
  return translated.every(Boolean) ? translated.join('；') : null
}

type ErrorEntry = { message?: unknown; data?: { errors?: { message?: unknown }[] } & Record<string, unknown> } & Record<string, unknown>

/** The error body with Payload's English messages (and those of its field errors) in Chinese; null when nothing changed. */
export function translateErrorBody<T extends { errors?: ErrorEntry[] }>(body: T): T | null {
  if (!Array.isArray(body.errors)) return null
  let changed = false
  const swap = (message: unknown) => {
    const zh = chineseApiMessage(message)
    if (zh) changed = true
    return zh ?? message
  }
  const errors = body.errors.map((entry) => {
    const next: ErrorEntry = { ...entry, message: swap(entry.message) }
    if (entry.data && Array.isArray(entry.data.errors)) {
      next.data = { ...entry.data, errors: entry.data.errors.map((e) => ({ ...e, message: swap(e.message) })) }
    }
    return next
  })
  return changed ? { ...body, errors } : null
}

/** afterError hook: Payload's English error texts in Chinese, unless the admin's language is English. */
export const chineseApiErrors: AfterErrorHook = ({ req, result }) => {
  if (!result || req?.i18n?.language === 'en') return
  const translated = translateErrorBody(result as { errors?: ErrorEntry[] })
  if (translated) return { response: translated as Record<string, unknown> }
}
