const CHINA = 'Asia/Shanghai'

/** 2026年5月1日, in China time whatever the build machine's zone. */
export function formatDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: CHINA, year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(date)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {})
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日`
}

/** 2026-05-01 for the PubDate meta tag and <time datetime>. */
export function isoDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: CHINA }).format(date)
}
