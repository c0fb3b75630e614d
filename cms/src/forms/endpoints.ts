/**
 * GET /api/form-filings/:id/docx — one filing as .docx (who may read the filing may export it).
 * GET /api/form-definitions/:id/rollup?period=2026-05 — the collecting office's roll-up (.xlsx)
 * of the approved filings of a period.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { latestRun, RUN_STATUS_LABELS, stageRows, workflowOptions } from '@gov/review-workflow'

import { unitOf } from '../access/unitOf'
import { hasRole } from '../lib/roles'
import { DOCX, XLSX, download } from '../submissions/endpoints/download'
import { deadlineState, deadlineText, periodLabel, rollupDueAt } from './deadline'
import { filedAtOf } from './filedAt'
import { renderFilingDocx } from './filingDocx'
import { chinaDateTime } from './format'
import { idOf, loadForm } from './loadForm'
import { formatChineseDate } from '../disclosure/format'
import { rollupWorkbook } from './rollupWorkbook'
import type { FormData, FormDefinition } from './types'
import { userError } from '../lib/userErrors'

type UnitDoc = { id: number | string; name?: string; shortName?: string | null }

async function unitName(req: PayloadRequest, unit: unknown): Promise<string> {
  const id = idOf(unit)
  if (id === undefined || id === null) return ''
  const doc = (await req.payload.findByID({ collection: 'units', id, depth: 0, overrideAccess: true, req, disableErrors: true })) as UnitDoc | null
  return doc?.name ?? ''
}

export const formFilingDocxEndpoint: Endpoint = {
  path: '/:id/docx',
  method: 'get',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    const filing = await req.payload
      .findByID({ collection: 'form-filings', id, depth: 0, draft: true, overrideAccess: false, user: req.user, req, disableErrors: true })
      .catch(() => null)
    if (!filing) throw userError('该填报不存在，或您无权查看。', 404)
    const form = await loadForm(req, filing.form)
    const run = await latestRun(req, workflowOptions(req.payload), 'form-filings', id)
    const writerId = idOf(filing.createdBy)
    const writer = writerId ? await req.payload.findByID({ collection: 'users', id: writerId, depth: 0, overrideAccess: true, req, disableErrors: true }) : null
    const filedAt = await filedAtOf(req, id)
    const meta: string[] = []
    if (filing.period) meta.push(`汇总期间：${periodLabel(filing.period)}`)
    if (filing.dueAt) meta.push(`报送期限：${formatChineseDate(filing.dueAt)}（${deadlineText(deadlineState(filing.dueAt, filedAt), filing.dueAt).split('（')[0]}）`)
    if (filedAt) meta.push(`报送时间：${chinaDateTime(filedAt)}`)
    const statusLabel = filing._status === 'published' ? '已审定' : run ? (RUN_STATUS_LABELS[run.status as keyof typeof RUN_STATUS_LABELS] ?? run.status) : '未提交'
    const stages = run ? stageRows(run).map((s) => ({ ...s, signedAt: chinaDateTime(s.signedAt) })) : []
    const body = await renderFilingDocx({
      formName: form.name,
      basis: form.basis,
      unitName: await unitName(req, filing.unit),
      meta,
      fields: form.fields,
      data: (filing.data ?? {}) as FormData,
      stages,
      statusLabel,
      writer: (writer as { name?: string } | null)?.name ?? '',
      exportedAt: chinaDateTime(new Date()),
    })
    return download(body, DOCX, filing.title || form.name, 'docx')
  },
}

/** The period a roll-up is made for when none is asked: last month for monthly forms (due by the 10th), this year for yearly ones. */
export function defaultPeriod(form: Pick<FormDefinition, 'period'>, now = new Date()): string | null {
  const china = new Date(now.getTime() + 8 * 3_600_000)
  if (form.period === 'year') return String(china.getUTCFullYear())
  if (form.period === 'month') {
    const last = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() - 1, 1))
    return last.toISOString().slice(0, 7)
  }
  return null
}

/** Who rolls a form up: the staff of its collecting office (not the 三员). */
export function mayRollUp(user: PayloadRequest['user'], form: FormDefinition): boolean {
  if (!user || hasRole(user, 'sysAdmin', 'secAdmin', 'auditAdmin')) return false
  const own = unitOf(user)
  return own !== undefined && String(own) === String(idOf(form.office))
}

export const formRollupEndpoint: Endpoint = {
  path: '/:id/rollup',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw userError('请先登录。', 401)
    const form = await loadForm(req, req.routeParams?.id)
    if (!mayRollUp(req.user, form)) throw userError(`只有“${await unitName(req, form.office)}”的工作人员可以汇总“${form.name}”。`, 403)
    const asked = typeof req.query?.period === 'string' ? req.query.period.trim() : ''
    const pattern = form.period === 'month' ? /^\d{4}-(0[1-9]|1[0-2])$/ : /^\d{4}$/
    if (asked && (form.period === 'none' || !form.period || !pattern.test(asked))) {
      throw userError(form.period === 'month' ? `汇总期间应写作“2026-05”（年-月），“${asked}”无法识别。` : form.period === 'year' ? `汇总期间应写作“2026”（年度），“${asked}”无法识别。` : '该表单不分汇总期间。', 400)
    }
    const period = asked || defaultPeriod(form)
    const found = await req.payload.find({
      collection: 'form-filings',
      where: { and: [{ form: { equals: form.id } }, { _status: { equals: 'published' } }, ...(period ? [{ period: { equals: period } }] : [])] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      sort: 'createdAt',
    })
    const filings = []
    const filed = new Set<string>()
    for (const doc of found.docs) {
      const filedAt = await filedAtOf(req, doc.id)
      filed.add(String(idOf(doc.unit)))
      filings.push({
        unitName: await unitName(req, doc.unit),
        data: (doc.data ?? {}) as FormData,
        filedAt: chinaDateTime(filedAt),
        deadline: deadlineText(deadlineState(doc.dueAt, filedAt), doc.dueAt),
      })
    }
    const missingUnits: string[] = []
    for (const unit of form.expectedUnits ?? []) if (!filed.has(String(idOf(unit)))) missingUnits.push(await unitName(req, unit))
    const office = await unitName(req, form.office)
    const due = period ? rollupDueAt(form, period) : null
    const subtitle = [
      [`汇总单位：${office}`, period ? `汇总期间：${periodLabel(period)}` : '', due ? `报送期限：${formatChineseDate(due)}前` : '', `汇总时间：${chinaDateTime(new Date())}`].filter(Boolean).join('　　'),
    ]
    const title = `${form.name}汇总表${period ? `（${periodLabel(period)}）` : ''}`
    const body = await rollupWorkbook({ form, title, subtitle, filings, missingUnits })
    return download(body, XLSX, title, 'xlsx')
  },
}
