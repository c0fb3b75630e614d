/**
 * The demo's content is written as of DATA_AS_OF. Seeded on a later day, every dated item
 * moves forward by the same whole number of days, so a fresh demo is as current as it was
 * on that day (the newest 要闻 a week old) and never fails its own self-inspection as stale.
 */
const DATA_AS_OF = Date.parse('2026-11-30T00:00:00+08:00')
const DAY_MS = 86_400_000

export function daysSinceDataWritten(today: Date = new Date()): number {
  return Math.floor((today.getTime() - DATA_AS_OF) / DAY_MS)
}

/** The seed data's date moved to the same distance before the seed day. */
export function asOfSeedDay(iso: string, today: Date = new Date()): string {
  return new Date(Date.parse(iso) + daysSinceDataWritten(today) * DAY_MS).toISOString()
}
