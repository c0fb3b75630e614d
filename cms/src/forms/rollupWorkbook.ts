/**
 * A form's roll-up as offices hand it on (.xlsx): a title, who rolls it up and by when, the
 * header in the table's own layout (with its column numbers), one row per filing — or per row
 * of the table item (表一: one row per system) — the figures checked against the form's rules,
 * totals, the units that have not filed, and the form's notes.
 */
import ExcelJS from 'exceljs'

import { checkComplete } from './checkFiling'
import { formatValue } from './format'
import type { FieldSpec, FormData, FormDefinition } from './types'

export type RollupFiling = { unitName: string; data: FormData; filedAt: string; deadline: string }

export type RollupView = {
  form: FormDefinition
  title: string
  subtitle: string[]
  filings: RollupFiling[]
  missingUnits: string[]
}

type Column = { header: string; number?: string; width: number; value: (f: RollupFiling, row?: FormData) => string | number | null; sum?: boolean }

const widthFor = (spec: FieldSpec) => (spec.type === 'textarea' || spec.type === 'table' ? 30 : spec.type === 'text' || spec.type === 'url' ? 20 : 14)

const cellValue = (spec: FieldSpec, value: unknown): string | number | null => {
  if (['money', 'number', 'integer'].includes(spec.type) && typeof value === 'number') return value
  return formatValue(spec, value) || null
}

/** The check column: 一致 or what does not add up (the form's rules, on approved filings too). */
const checked = (form: FormDefinition) => (f: RollupFiling) => {
  if (!form.rules?.length) return null
  const problems = checkComplete({ fields: form.fields, rules: form.rules }, f.data)
  return problems.length ? `有误：${problems.map((p) => p.message).join('；')}` : '数据一致'
}

function columnsOf(form: FormDefinition): { columns: Column[]; perRow: FieldSpec | null } {
  const perRow = form.rollupTable ? (form.fields.find((f) => f.key === form.rollupTable && f.type === 'table') ?? null) : null
  const columns: Column[] = [{ header: '填报单位', width: 22, value: (f) => f.unitName }]
  if (perRow) {
    for (const spec of perRow.columns ?? []) {
      columns.push({ header: spec.label, number: spec.column ? String(spec.column) : '', width: widthFor(spec), value: (_f, row) => cellValue(spec, row?.[spec.key]), sum: spec.type === 'money' })
    }
    for (const spec of form.fields.filter((f) => f !== perRow && f.type !== 'table')) {
      columns.push({ header: spec.label, number: spec.column ? String(spec.column) : '', width: widthFor(spec), value: (f) => cellValue(spec, f.data[spec.key]) })
    }
  } else {
    for (const spec of form.fields) {
      columns.push({ header: spec.label, number: spec.column ? String(spec.column) : '', width: widthFor(spec), value: (f) => cellValue(spec, f.data[spec.key]), sum: spec.type === 'money' })
    }
  }
  columns.push({ header: '报送时间', width: 18, value: (f) => f.filedAt || null })
  columns.push({ header: '期限', width: 24, value: (f) => f.deadline })
  if (form.rules?.length) columns.push({ header: '数据核对', width: 30, value: checked(form) })
  return { columns, perRow }
}

export async function rollupWorkbook(view: RollupView): Promise<Buffer> {
  const { form } = view
  const { columns, perRow } = columnsOf(form)
  const all = [{ header: '序号', number: '', width: 6, value: () => null } as Column, ...columns]
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '政府网站信息审核发布系统'
  const sheet = workbook.addWorksheet('汇总表', { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  sheet.columns = all.map((c) => ({ width: c.width }))
  const span = (text: string, options: { bold?: boolean; size?: number; height?: number } = {}) => {
    const row = sheet.addRow([text])
    sheet.mergeCells(row.number, 1, row.number, all.length)
    row.getCell(1).font = { bold: options.bold, size: options.size }
    row.getCell(1).alignment = { horizontal: options.size ? 'center' : 'left', vertical: 'middle', wrapText: true }
    if (options.height) row.height = options.height
    return row
  }
  span(view.title, { bold: true, size: 16, height: 32 })
  for (const line of view.subtitle) span(line)
  const headerStart = sheet.rowCount + 1
  const header = sheet.addRow(all.map((c) => c.header))
  header.font = { bold: true }
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  header.height = 42
  // The paper table's column numbers under its headers (表一: 1 … 20).
  if (all.some((c) => c.number)) {
    const numbers = sheet.addRow(all.map((c, i) => (i === 0 ? '' : c.number || '')))
    numbers.alignment = { horizontal: 'center' }
  }
  let serial = 0
  const sums = new Map<number, number>()
  for (const filing of view.filings) {
    const rows = perRow ? ((filing.data[perRow.key] as FormData[] | undefined)?.length ? (filing.data[perRow.key] as FormData[]) : [undefined]) : [undefined]
    for (const row of rows) {
      const values = [++serial, ...columns.map((c) => c.value(filing, row))]
      values.forEach((v, i) => {
        if (i > 0 && all[i].sum && typeof v === 'number') sums.set(i, (sums.get(i) ?? 0) + v)
      })
      const added = sheet.addRow(values)
      added.alignment = { vertical: 'top', wrapText: true }
      all.forEach((c, i) => {
        if (c.sum) added.getCell(i + 1).numFmt = '0.00'
      })
    }
  }
  if (sums.size) {
    const total = sheet.addRow(all.map((_c, i) => (i === 1 ? '合计' : sums.has(i) ? Math.round(sums.get(i)! * 100) / 100 : null)))
    total.font = { bold: true }
    all.forEach((c, i) => {
      if (c.sum) total.getCell(i + 1).numFmt = '0.00'
    })
  }
  const thin = { style: 'thin' as const }
  for (let r = headerStart; r <= sheet.rowCount; r++) {
    for (let c = 1; c <= all.length; c++) sheet.getCell(r, c).border = { top: thin, bottom: thin, left: thin, right: thin }
  }
  if (serial === 0) span('本期无审定的填报。')
  if (view.missingUnits.length) span(`尚未报送（${view.missingUnits.length}个单位）：${view.missingUnits.join('、')}`)
  if (form.rollupNote) span(form.rollupNote)
  if (form.instructions) for (const line of form.instructions.split(/\r?\n/).filter((l) => l.trim())) span(line)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
