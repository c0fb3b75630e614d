/** 2026年5月1日 for a stored date, in China time. */
export function formatChineseDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  const d = new Date(new Date(value).getTime() + 8 * 3_600_000)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
}
