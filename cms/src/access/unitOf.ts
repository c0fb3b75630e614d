type WithUnit = { unit?: number | string | { id: number | string } | null } | null | undefined

/** The id of the unit a user or document belongs to, whether the relation is populated or not. */
export function unitOf(holder: WithUnit): number | string | undefined {
  const unit = holder?.unit
  if (unit === null || unit === undefined) return undefined
  return typeof unit === 'object' ? unit.id : unit
}
