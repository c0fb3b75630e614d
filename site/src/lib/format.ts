const CHINA = 'Asia/Shanghai'

/**
 * China has kept UTC+8 without daylight saving since 1991-09-15 (its last summer time ended
 * then): from that instant on, China's calendar day is plain arithmetic, which matters on a
 * 10,000-page build where Intl formatting was a twentieth of the render. Older dates (old
 * policies) go through Intl, which knows the history.
 */
const FIXED_OFFSET_SINCE = Date.UTC(1991, 8, 14, 17)
const UTC_PLUS_8 = 8 * 3600 * 1000
const dayParts = new Intl.DateTimeFormat('en-CA', { timeZone: CHINA, year: 'numeric', month: 'numeric', day: 'numeric' })

function chinaDay(date: Date): { year: number; month: number; day: number } {
  if (date.getTime() >= FIXED_OFFSET_SINCE) {
    const shifted = new Date(date.getTime() + UTC_PLUS_8)
    return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() }
  }
  const parts: Record<string, string> = {}
  for (const p of dayParts.formatToParts(date)) parts[p.type] = p.value
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) }
}

/** 2026年5月1日, in China time whatever the build machine's zone. */
export function formatDate(date: Date): string {
  const { year, month, day } = chinaDay(date)
  return `${year}年${month}月${day}日`
}

/** 2026-05-01 for the PubDate meta tag and <time datetime>. */
export function isoDay(date: Date): string {
  const { year, month, day } = chinaDay(date)
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
