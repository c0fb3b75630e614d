/** Excel tables as offices hand them on: a merged title row, a bold header row, thin borders, frozen below the header. */
import type ExcelJS from 'exceljs'

export type Cell = string | number | null
export type Column = { header: string; width: number; numFmt?: string }

export function addTableSheet(workbook: ExcelJS.Workbook, name: string, title: string, columns: Column[], rows: Cell[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.columns = columns.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }))
  sheet.mergeCells(1, 1, 1, columns.length)
  const titleCell = sheet.getCell(1, 1)
  titleCell.value = title
  titleCell.font = { bold: true, size: 14 }
  titleCell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  sheet.getRow(1).height = 30
  const header = sheet.addRow(columns.map((c) => c.header))
  header.font = { bold: true }
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  for (const row of rows) sheet.addRow(row)
  const thin = { style: 'thin' as const }
  for (let r = 2; r <= sheet.rowCount; r++) {
    for (let c = 1; c <= columns.length; c++) sheet.getCell(r, c).border = { top: thin, bottom: thin, left: thin, right: thin }
  }
  return sheet
}
