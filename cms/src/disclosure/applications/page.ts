/**
 * The small HTML pages the public endpoint answers a form post with (the portal is static, so
 * the CMS re-renders the form itself): the form again with what was typed and each field's
 * error, or the receipt. Every value is escaped.
 */
import { formatChineseDate } from '../format'
import { ORG_TYPES } from '../outcomes'
import { APPLICANT_KINDS, CHANNELS, FIELD_LABELS, FORMATS, HONEYPOT_FIELD, type ApplicationInput, type ApplicationInputField } from './fields'
import type { ApplicationErrors } from './validate'

export const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const STYLE = `body{font:18px/1.7 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#1a1a1a}
h1{font-size:1.5rem;color:#b00}label{display:block;font-weight:600;margin-top:1rem}input,select,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.4rem;border:1px solid #555}
.error{color:#b00000;margin:.2rem 0}.summary{border:2px solid #b00000;padding:.5rem 1rem}[aria-invalid=true]{border:2px solid #b00000}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}button{font:inherit;margin-top:1.5rem;padding:.5rem 2rem;background:#b00;color:#fff;border:0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dt{font-weight:600}`

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`
}

function field(name: ApplicationInputField, values: ApplicationInput, errors: ApplicationErrors, control: (attrs: string) => string, required = false) {
  const error = errors[name]
  const describedBy = error ? ` aria-describedby="${name}-error" aria-invalid="true"` : ''
  return `<label for="${name}">${escapeHtml(FIELD_LABELS[name])}${required ? '（必填）' : ''}</label>${
    error ? `<p class="error" id="${name}-error">${escapeHtml(error)}</p>` : ''
  }${control(`id="${name}" name="${name}"${required ? ' required' : ''}${describedBy}`)}`
}

const text = (name: ApplicationInputField, values: ApplicationInput, type = 'text') => (attrs: string) =>
  `<input type="${type}" ${attrs} value="${escapeHtml(values[name])}">`
const area = (name: ApplicationInputField, values: ApplicationInput) => (attrs: string) => `<textarea rows="5" ${attrs}>${escapeHtml(values[name])}</textarea>`
const select = (name: ApplicationInputField, values: ApplicationInput, options: { value: string; label: string }[]) => (attrs: string) =>
  `<select ${attrs}><option value="">请选择</option>${options
    .map((o) => `<option value="${escapeHtml(o.value)}"${values[name] === o.value ? ' selected' : ''}>${escapeHtml(o.label)}</option>`)
    .join('')}</select>`
const zh = (options: { value: string; label: { zh: string } }[]) => options.map((o) => ({ value: o.value, label: o.label.zh }))

/** The form again, with the typed values and each field's error. */
export function renderFormPage(action: string, values: ApplicationInput, errors: ApplicationErrors, message?: string): string {
  const list = Object.entries(errors)
    .map(([name, error]) => `<li><a href="#${name}">${escapeHtml(FIELD_LABELS[name as ApplicationInputField])}：${escapeHtml(error)}</a></li>`)
    .join('')
  const body = `<h1>政府信息公开申请</h1>
${message || list ? `<div class="summary" role="alert"><p>${escapeHtml(message ?? '申请未能提交，请修改以下内容后重新提交（已填写的内容已保留）：')}</p>${list ? `<ul>${list}</ul>` : ''}</div>` : ''}
<form method="post" action="${escapeHtml(action)}">
${field('applicantKind', values, errors, select('applicantKind', values, zh(APPLICANT_KINDS)), true)}
${field('orgType', values, errors, select('orgType', values, ORG_TYPES.map((t) => ({ value: t.key, label: t.label }))))}
${field('name', values, errors, text('name', values), true)}
${field('idNumber', values, errors, text('idNumber', values), true)}
${field('contactName', values, errors, text('contactName', values))}
${field('phone', values, errors, text('phone', values, 'tel'), true)}
${field('email', values, errors, text('email', values, 'email'))}
${field('address', values, errors, text('address', values), true)}
${field('postcode', values, errors, text('postcode', values))}
${field('description', values, errors, area('description', values), true)}
${field('purpose', values, errors, area('purpose', values))}
${field('format', values, errors, select('format', values, zh(FORMATS)))}
${field('channel', values, errors, select('channel', values, zh(CHANNELS)))}
<div class="hp" aria-hidden="true"><label for="${HONEYPOT_FIELD}">请勿填写此项</label><input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></div>
<button type="submit">提交申请</button>
</form>`
  return layout('政府信息公开申请 - 请修改后重新提交', body)
}

export function renderReceiptPage(receipt: { receiptNo: string; receivedAt: string; dueAt: string; warning?: string | null }, portalUrl: string): string {
  return layout(
    '政府信息公开申请已收到',
    `<h1>申请已收到</h1><p role="status">您的政府信息公开申请已提交成功。请记下受理编号，以便查询办理情况。</p>
<dl><dt>受理编号</dt><dd>${escapeHtml(receipt.receiptNo)}</dd><dt>收到日期</dt><dd>${escapeHtml(formatChineseDate(receipt.receivedAt))}</dd>
<dt>答复期限</dt><dd>${escapeHtml(formatChineseDate(receipt.dueAt))}前（20个工作日内；确需延长的，经批准可延长不超过20个工作日，并告知您）</dd></dl>
${receipt.warning ? `<p>${escapeHtml(receipt.warning)}</p>` : ''}<p><a href="${escapeHtml(portalUrl)}">返回门户网站</a></p>`,
  )
}

/** What a bot filling the honeypot sees: an ordinary-looking thank-you, nothing stored. */
export const renderThanksPage = () => layout('政府信息公开申请', '<h1>感谢您的提交</h1><p role="status">我们已收到您的提交。</p>')

/**
 * A refusal that could not re-show the form (the body was too large to read): the message, and
 * how to get back to what was typed.
 */
export const renderRefusalPage = (message: string) =>
  layout(
    '政府信息公开申请 - 提交失败',
    `<h1>申请未能提交</h1><div class="summary" role="alert"><p>${escapeHtml(message)}</p></div><p>请使用浏览器的“后退”返回申请页面，已填写的内容仍在表单中；修改后重新提交。</p>`,
  )
