/**
 * The 互动交流 pages in the browser. One module for both pages' scripts, so the bundler makes it a
 * file of its own that both load (a script Astro inlined would need its hash in the portal's
 * Content-Security-Policy).
 *
 * - The general 留言 form: preselects the type the address names (?type=consultation) and asks
 *   for the leader only when the chosen type is the 领导信箱. Without JavaScript all of it stays
 *   visible and the form still works.
 * - 留言查询: posts the 查询码 and the last four digits of the mobile number to the CMS's lookup
 *   endpoint and shows the answer; shows the rating form while the reply may be rated and posts
 *   the rating. Everything the CMS answers is set as text, never as markup.
 */

/** Wires the general 留言 form (a form for one type has no choice to make). */
export function wireMessageForm(form: HTMLFormElement) {
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"][name="type"]')]
  const leaderField = form.querySelector<HTMLElement>('[data-leader-field]')
  const leader = leaderField?.querySelector('select')
  if (radios.length === 0) return
  const wanted = new URLSearchParams(window.location.search).get('type')
  const preset = radios.find((r) => r.value === wanted)
  if (preset) preset.checked = true
  const update = () => {
    if (!leaderField || !leader) return
    const needs = radios.some((r) => r.checked && r.dataset.needsLeader === 'true')
    leaderField.hidden = !needs
    leader.required = needs
    if (!needs) leader.value = ''
  }
  for (const radio of radios) radio.addEventListener('change', update)
  update()
}

/** What the lookup endpoint answers (no name, phone, email or ids). */
export type LookupAnswer = {
  queryCode: string
  typeName?: string | null
  title?: string | null
  status?: string | null
  statusLabel?: string | null
  receivedAt?: string | null
  handledAt?: string | null
  unitName?: string | null
  dueAt?: string | null
  repliedAt?: string | null
  replyText?: string | null
  refusalReason?: string | null
  refusalNote?: string | null
  rating?: string | { value?: string | null; label?: string | null; comment?: string | null; ratedAt?: string | null; defaulted?: boolean | null } | null
  canRate?: boolean
  rateUntil?: string | null
}

const RATING_LABELS: Record<string, string> = { satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' }

const GENERIC_ERROR = '查询暂时无法完成，请稍后再试。'

const dayFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric' })

/** 2026年11月27日, in China time. */
export function chinaDate(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : dayFormat.format(date)
}

/** The label of a rating as the endpoint gives it (a value, or an object with value/label). */
export function ratingText(rating: LookupAnswer['rating']): string | null {
  if (!rating) return null
  if (typeof rating === 'string') return RATING_LABELS[rating] ?? rating
  const label = rating.label ?? (rating.value ? (RATING_LABELS[rating.value] ?? rating.value) : null)
  if (!label) return null
  return rating.defaulted ? `${label}（逾期未评价，默认满意）` : label
}

/** The facts of an answer as label and text, in the order the page shows them; empty ones left out. */
export function lookupFacts(answer: LookupAnswer): [string, string][] {
  const facts: [string, string | null | undefined][] = [
    ['查询码', answer.queryCode],
    ['留言类型', answer.typeName],
    ['标题', answer.title],
    ['办理状态', answer.statusLabel ?? answer.status],
    ['留言日期', chinaDate(answer.receivedAt)],
    ['受理日期', chinaDate(answer.handledAt)],
    ['承办单位', answer.unitName],
    ['答复期限', answer.repliedAt ? null : chinaDate(answer.dueAt)],
    ['答复日期', chinaDate(answer.repliedAt)],
    ['不予受理原因', answer.refusalReason],
    ['说明', answer.refusalNote],
    ['评价', ratingText(answer.rating)],
    ['评价意见', answer.rating && typeof answer.rating === 'object' ? answer.rating.comment : null],
  ]
  return facts.filter((f): f is [string, string] => typeof f[1] === 'string' && f[1].trim() !== '')
}

/** The message of an error answer: the endpoint's own Chinese sentence where it gave one. */
export function errorText(body: unknown): string {
  if (body && typeof body === 'object') {
    const b = body as { error?: unknown; message?: unknown; errors?: { message?: unknown }[] | Record<string, unknown> }
    if (typeof b.error === 'string' && b.error) return b.error
    if (typeof b.message === 'string' && b.message) return b.message
    if (Array.isArray(b.errors) && typeof b.errors[0]?.message === 'string') return b.errors[0].message as string
    if (b.errors && typeof b.errors === 'object' && !Array.isArray(b.errors)) {
      const first = Object.values(b.errors).find((v) => typeof v === 'string')
      if (typeof first === 'string') return first
    }
  }
  return GENERIC_ERROR
}

async function postJson(url: string, data: Record<string, string>): Promise<{ ok: boolean; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(data),
    credentials: 'omit',
  })
  const body: unknown = await response.json().catch(() => null)
  return { ok: response.ok, body }
}

const show = (element: HTMLElement | null, text: string | null) => {
  if (!element) return
  element.textContent = text ?? ''
  element.hidden = !text
}

/** Wires one lookup block: the form, the result, the rating form. */
export function renderLookup(root: HTMLElement) {
  const endpoint = root.dataset.endpoint!
  const ratingEndpoint = root.dataset.ratingEndpoint!
  const form = root.querySelector<HTMLFormElement>('[data-lookup-form]')!
  const error = root.querySelector<HTMLElement>('[data-lookup-error]')
  const result = root.querySelector<HTMLElement>('[data-lookup-result]')!
  const facts = root.querySelector<HTMLElement>('[data-facts]')!
  const reply = root.querySelector<HTMLElement>('[data-reply]')!
  const replyText = root.querySelector<HTMLElement>('[data-reply-text]')!
  const rated = root.querySelector<HTMLElement>('[data-rated]')
  const ratingForm = root.querySelector<HTMLFormElement>('[data-rating-form]')!
  const rateUntil = root.querySelector<HTMLElement>('[data-rate-until]')
  const ratingError = root.querySelector<HTMLElement>('[data-rating-error]')
  const defaultRateHint = rateUntil?.textContent ?? ''

  const fill = (answer: LookupAnswer, code: string, phoneLast4: string) => {
    facts.replaceChildren(
      ...lookupFacts(answer).flatMap(([label, text]) => {
        const dt = document.createElement('dt')
        dt.textContent = label
        const dd = document.createElement('dd')
        dd.textContent = text
        return [dt, dd]
      }),
    )
    const paragraphs = (answer.replyText ?? '').split(/\n+/).map((p) => p.trim()).filter(Boolean)
    replyText.replaceChildren(
      ...paragraphs.map((text) => {
        const p = document.createElement('p')
        p.textContent = text
        return p
      }),
    )
    reply.hidden = paragraphs.length === 0
    show(rated, null)
    ratingForm.hidden = !answer.canRate
    if (answer.canRate) {
      ratingForm.reset()
      ratingForm.querySelector<HTMLInputElement>('[data-rating-code]')!.value = code
      ratingForm.querySelector<HTMLInputElement>('[data-rating-phone]')!.value = phoneLast4
      const until = chinaDate(answer.rateUntil)
      if (rateUntil) rateUntil.textContent = until ? `请在 ${until} 前评价，逾期未评价的视为满意。` : defaultRateHint
    }
    show(ratingError, null)
    result.hidden = false
    result.focus()
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const code = String(data.get('code') ?? '').trim().toUpperCase()
    const phoneLast4 = String(data.get('phoneLast4') ?? '').trim()
    if (!code || !/^\d{4}$/.test(phoneLast4)) {
      show(error, !code ? '请填写查询码。' : '请填写手机号码后四位（4 位数字）。')
      return
    }
    const button = form.querySelector('button')
    button?.setAttribute('disabled', '')
    try {
      const { ok, body } = await postJson(endpoint, { code, phoneLast4 })
      if (!ok || !body || typeof body !== 'object' || !('queryCode' in body)) {
        result.hidden = true
        show(error, errorText(body))
        return
      }
      show(error, null)
      fill(body as LookupAnswer, code, phoneLast4)
    } catch {
      show(error, GENERIC_ERROR)
    } finally {
      button?.removeAttribute('disabled')
    }
  })

  ratingForm.addEventListener('submit', async (event) => {
    event.preventDefault()
    const data = new FormData(ratingForm)
    const value = String(data.get('value') ?? '')
    if (!RATING_LABELS[value]) {
      show(ratingError, '请选择满意、基本满意或不满意。')
      return
    }
    const button = ratingForm.querySelector('button')
    button?.setAttribute('disabled', '')
    try {
      const { ok, body } = await postJson(ratingEndpoint, {
        code: String(data.get('code') ?? ''),
        phoneLast4: String(data.get('phoneLast4') ?? ''),
        value,
        comment: String(data.get('comment') ?? '').trim(),
      })
      if (!ok) {
        show(ratingError, errorText(body))
        return
      }
      if (body && typeof body === 'object' && 'queryCode' in body) fill(body as LookupAnswer, '', '')
      ratingForm.hidden = true
      show(rated, `感谢您的评价：${RATING_LABELS[value]}。`)
      rated?.setAttribute('tabindex', '-1')
      rated?.focus()
    } catch {
      show(ratingError, GENERIC_ERROR)
    } finally {
      button?.removeAttribute('disabled')
    }
  })
}
