/**
 * The HTML pages the public 互动交流 endpoints answer a browser's plain form post with (the portal
 * is static and works without JavaScript, so the CMS re-renders the form itself): the 留言 form
 * again with what was typed and each field's error, the receipt with the 查询码, and the lookup
 * result with the rating form. Every value is escaped; the citizen's name, mobile and email
 * appear only in the form they typed them into.
 */
import { escapeHtml } from '../../disclosure/applications/page'
import { formatChineseDate } from '../../disclosure/format'
import { ATTACHMENTS_MAX, CONTENT_MAX, RATINGS, TITLE_MAX } from '../constants'
import { MAX_MB } from './attachments'
import { FIELD_LABELS, HONEYPOT_FIELD, type LeaderOption, type MessageErrors, type MessageInput, type TypeOption } from './input'
import type { LookupView } from './view'

const STYLE = `body{font:18px/1.7 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#1a1a1a}
h1{font-size:1.5rem;color:#b00}label,legend{display:block;font-weight:600;margin-top:1rem}input,select,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.4rem;border:1px solid #555}
input[type=checkbox]{width:auto;margin-right:.5rem}.check{font-weight:normal}.hint{color:#444;font-size:.9em;margin:.2rem 0}
.error{color:#b00000;margin:.2rem 0}.summary{border:2px solid #b00000;padding:.5rem 1rem}[aria-invalid=true]{border:2px solid #b00000}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}button{font:inherit;margin-top:1.5rem;padding:.5rem 2rem;background:#b00;color:#fff;border:0}
.code{font:700 2.4rem/1.3 ui-monospace,Consolas,monospace;letter-spacing:.2em;border:3px solid #b00;padding:.5rem 1rem;display:inline-block;margin:.5rem 0}
.notice{background:#f6f6f6;padding:.5rem 1rem;white-space:pre-line}.reply{white-space:pre-line;border-left:4px solid #b00;padding-left:1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dt{font-weight:600}fieldset{border:1px solid #999;margin-top:1rem}`

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`
}

type Field = Exclude<keyof typeof FIELD_LABELS, never>

function field(name: Field, errors: MessageErrors, control: (attrs: string) => string, options: { required?: boolean; hint?: string } = {}) {
  const error = errors[name]
  const describedBy = [error && `${name}-error`, options.hint && `${name}-hint`].filter(Boolean).join(' ')
  const attrs = `id="${name}" name="${name}"${options.required ? ' required' : ''}${describedBy ? ` aria-describedby="${describedBy}"` : ''}${error ? ' aria-invalid="true"' : ''}`
  return `<label for="${name}">${escapeHtml(FIELD_LABELS[name])}${options.required ? '（必填）' : ''}</label>${
    options.hint ? `<p class="hint" id="${name}-hint">${escapeHtml(options.hint)}</p>` : ''
  }${error ? `<p class="error" id="${name}-error">${escapeHtml(error)}</p>` : ''}${control(attrs)}`
}

const input = (value: string | undefined, type = 'text', extra = '') => (attrs: string) => `<input type="${type}" ${attrs}${extra} value="${escapeHtml(value)}">`
const select = (value: string | undefined, options: { value: string; label: string }[]) => (attrs: string) =>
  `<select ${attrs}><option value="">请选择</option>${options
    .map((o) => `<option value="${escapeHtml(o.value)}"${value === o.value ? ' selected' : ''}>${escapeHtml(o.label)}</option>`)
    .join('')}</select>`

export type MessageFormPage = {
  action: string
  values: MessageInput
  errors: MessageErrors
  /** A message above the form (a refusal that is about the whole post). */
  message?: string
  types: readonly TypeOption[]
  leaders: readonly LeaderOption[]
  notice?: string | null
  /** Pictures were chosen: the browser cannot keep them, they must be chosen again. */
  hadFiles?: boolean
}

/** The 留言 form, with the typed values and each field's error. */
export function renderMessageForm(page: MessageFormPage): string {
  const { values, errors } = page
  const chosenType = page.types.find((t) => t.code === values.type || String(t.id) === values.type)
  const typeValue = chosenType ? chosenType.code : values.type
  const list = (Object.entries(errors) as [Field | '_form', string][])
    .filter(([name]) => name !== '_form')
    .map(([name, error]) => `<li><a href="#${name}">${escapeHtml(FIELD_LABELS[name as Field])}：${escapeHtml(error)}</a></li>`)
    .join('')
  const summaryText = page.message ?? errors._form ?? (list ? '留言未能提交，请修改以下内容后重新提交（已填写的内容已保留）：' : '')
  const body = `<h1>我要留言</h1>
${summaryText || list ? `<div class="summary" role="alert"><p>${escapeHtml(summaryText)}</p>${list ? `<ul>${list}</ul>` : ''}</div>` : ''}
${page.hadFiles ? '<p class="hint">出于安全原因，浏览器不会保留已选择的图片；如需附图，请重新选择。</p>' : ''}
${page.notice ? `<div class="notice">${escapeHtml(page.notice)}</div>` : ''}
<form method="post" action="${escapeHtml(page.action)}" enctype="multipart/form-data">
${field('type', errors, select(typeValue, page.types.map((t) => ({ value: t.code, label: t.name }))), { required: true })}
${field('leader', errors, select(values.leader, page.leaders.map((l) => ({ value: String(l.id), label: `${l.name}（${l.title}）` }))), {
  hint: '选择“领导信箱”时必填：请选择写信的领导。',
})}
${field('title', errors, input(values.title, 'text', ` maxlength="${TITLE_MAX}"`), { required: true, hint: `不超过${TITLE_MAX}个字。` })}
${field('content', errors, (attrs) => `<textarea rows="8" ${attrs} maxlength="${CONTENT_MAX}">${escapeHtml(values.content)}</textarea>`, {
  required: true,
  hint: `10至${CONTENT_MAX}个字，请写明具体事项、地点和诉求。`,
})}
${field('name', errors, input(values.name, 'text', ' autocomplete="name"'), { required: true })}
${field('mobile', errors, input(values.mobile, 'tel', ' autocomplete="tel" inputmode="tel"'), { required: true, hint: '11位手机号码；查询办理情况时需要手机号码后四位。' })}
${field('email', errors, input(values.email, 'email', ' autocomplete="email"'))}
${field('attachments', errors, (attrs) => `<input type="file" ${attrs} accept="image/jpeg,image/png,image/webp,image/gif" multiple>`, {
  hint: `可选，最多${ATTACHMENTS_MAX}张 JPEG、PNG、WebP 或 GIF 图片，每张不超过${MAX_MB} MB。`,
})}
<label class="check" for="publishConsent"><input type="checkbox" id="publishConsent" name="publishConsent" value="on"${values.publishConsent ? ' checked' : ''}>我同意在门户网站公开我的留言和答复（不公开姓名、电话等个人信息）。</label>
<div class="hp" aria-hidden="true"><label for="${HONEYPOT_FIELD}">请勿填写此项</label><input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></div>
<button type="submit">提交留言</button>
</form>`
  return layout(`我要留言${summaryText ? ' - 请修改后重新提交' : ''}`, body)
}

export type Receipt = { queryCode: string; receivedAt: string; typeName: string }

/** The receipt: the 查询码 in large type, to be written down, and where to look the message up. */
export function renderMessageReceipt(receipt: Receipt, lookupUrl: string): string {
  return layout(
    '留言已提交',
    `<h1>留言已提交</h1><p role="status">您的${escapeHtml(receipt.typeName)}留言已提交成功。您的查询码是：</p>
<p class="code" aria-label="查询码 ${escapeHtml(receipt.queryCode.split('').join(' '))}">${escapeHtml(receipt.queryCode)}</p>
<p><strong>请抄写或截图保存查询码。</strong>查询办理情况和评价答复时，需要查询码和您的手机号码后四位；查询码遗失后无法找回，也不会通过短信发送。</p>
<dl><dt>留言类型</dt><dd>${escapeHtml(receipt.typeName)}</dd><dt>提交时间</dt><dd>${escapeHtml(formatChineseDate(receipt.receivedAt))}</dd></dl>
<p><a href="${escapeHtml(lookupUrl)}">查询留言办理情况</a></p>`,
  )
}

/** What a bot filling the honeypot sees: an ordinary-looking thank-you, nothing stored. */
export const renderThanks = () => layout('留言已提交', '<h1>感谢您的留言</h1><p role="status">我们已收到您的留言。</p>')

/** A refusal that cannot re-show the form (the body was too large or unreadable). */
export const renderRefusal = (heading: string, message: string) =>
  layout(
    `${heading} - 提交失败`,
    `<h1>${escapeHtml(heading)}未能提交</h1><div class="summary" role="alert"><p>${escapeHtml(message)}</p></div><p>请使用浏览器的“后退”返回，已填写的内容仍在表单中；修改后重新提交。</p>`,
  )

export type LookupPage = {
  lookupAction: string
  ratingAction: string
  /** The code as typed (kept in the form). */
  code?: string
  view?: LookupView
  /** The phone tail, kept only to post the rating from the result page. */
  phoneLast4?: string
  error?: string
  ratingError?: string
  rated?: boolean
  status: number
}

const dateRow = (label: string, value: string | null) => (value ? `<dt>${label}</dt><dd>${escapeHtml(formatChineseDate(value))}</dd>` : '')

/** The lookup form, and below it the result (or why there is none), with the rating form when the citizen may rate. */
export function renderLookupPage(page: LookupPage): string {
  const v = page.view
  const result = v
    ? `<h2>办理情况</h2><dl><dt>查询码</dt><dd>${escapeHtml(v.queryCode)}</dd><dt>留言类型</dt><dd>${escapeHtml(v.typeName)}</dd><dt>标题</dt><dd>${escapeHtml(v.title)}</dd>
<dt>办理状态</dt><dd>${escapeHtml(v.statusLabel)}</dd>${dateRow('留言时间', v.receivedAt)}${dateRow('受理日期', v.handledAt)}${v.unitName ? `<dt>承办单位</dt><dd>${escapeHtml(v.unitName)}</dd>` : ''}
${v.status === 'assigned' ? dateRow('答复期限', v.dueAt) : ''}${dateRow('答复日期', v.repliedAt)}${v.refusalReason ? `<dt>不予受理理由</dt><dd>${escapeHtml(v.refusalReason)}${v.refusalNote ? `<br>${escapeHtml(v.refusalNote)}` : ''}</dd>` : ''}
${v.rating ? `<dt>满意度评价</dt><dd>${escapeHtml(v.rating.label)}${v.rating.defaulted ? '（逾期未评价，默认满意）' : ''}${v.rating.comment ? `：${escapeHtml(v.rating.comment)}` : ''}</dd>` : ''}</dl>
${v.replyText ? `<h2>答复内容</h2><div class="reply">${escapeHtml(v.replyText)}</div>` : ''}
${page.rated ? '<p role="status">感谢您的评价。</p>' : ''}
${v.canRate ? renderRatingForm(page) : ''}`
    : ''
  return layout(
    '留言查询',
    `<h1>留言查询</h1>${page.error ? `<div class="summary" role="alert"><p>${escapeHtml(page.error)}</p></div>` : ''}
<form method="post" action="${escapeHtml(page.lookupAction)}">
<label for="code">查询码</label><input id="code" name="code" required autocomplete="off" value="${escapeHtml(page.code)}">
<label for="phoneLast4">手机号码后四位</label><input id="phoneLast4" name="phoneLast4" required inputmode="numeric" maxlength="4" autocomplete="off">
<button type="submit">查询</button></form>${result}`,
  )
}

function renderRatingForm(page: LookupPage): string {
  const v = page.view!
  return `<h2>满意度评价</h2>${page.ratingError ? `<div class="summary" role="alert"><p>${escapeHtml(page.ratingError)}</p></div>` : ''}
<form method="post" action="${escapeHtml(page.ratingAction)}"><input type="hidden" name="code" value="${escapeHtml(v.queryCode)}"><input type="hidden" name="phoneLast4" value="${escapeHtml(page.phoneLast4)}">
<fieldset><legend>您对答复是否满意？（请于${escapeHtml(formatChineseDate(v.rateUntil))}前评价，逾期视为满意）</legend>${RATINGS.map(
    (r) => `<label class="check"><input type="radio" name="value" value="${r.value}" required>${escapeHtml(r.label.zh)}</label>`,
  ).join('')}</fieldset>
<label for="comment">评价意见（可选，不超过500字）</label><textarea id="comment" name="comment" rows="4" maxlength="500"></textarea>
<button type="submit">提交评价</button></form>`
}
