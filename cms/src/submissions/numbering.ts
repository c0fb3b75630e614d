import type { PayloadRequest } from 'payload'

import { nextCounterValue } from '../disclosure/indexNo'

export type IssueNumber = { year: number; number: number; total: number | null; supplement: boolean }

/** The calendar year of a date in China (an issue dated 1 January 00:30 belongs to the new year). */
export function yearInChina(date: Date | string): number {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date(date))
  return Number(parts)
}

/** 2026年第12期（总第345期）, or 2026年增刊第1期 (supplements have their own yearly sequence and no running total). */
export function formatIssueNumber({ year, number, total, supplement }: IssueNumber): string {
  if (supplement) return `${year}年增刊第${number}期`
  return `${year}年第${number}期（总第${total}期）`
}

/**
 * Allocates the next numbers of a journal in the request's transaction (counter rows stay locked
 * until it commits, so two editors never get the same number). Numbers are never reused.
 */
export async function allocateIssueNumber(
  req: PayloadRequest,
  journal: { id: number; totalBase?: number | null },
  issueDate: Date | string,
  supplement: boolean,
): Promise<IssueNumber> {
  const year = yearInChina(issueDate)
  if (supplement) {
    const number = await nextCounterValue(req, `journal:${journal.id}:${year}:supplement`)
    return { year, number, total: null, supplement }
  }
  const number = await nextCounterValue(req, `journal:${journal.id}:${year}`)
  const total = (journal.totalBase ?? 0) + (await nextCounterValue(req, `journal:${journal.id}:total`))
  return { year, number, total, supplement }
}
