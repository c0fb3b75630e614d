/**
 * Where submissions go. Each government (or group) names its 信息工作机构 (`infoOffice`); a unit
 * submits to the office of its nearest ancestor that has one, skipping itself — so a county
 * department submits to the county office, and the county office forwards to the city office.
 */
import type { PayloadRequest } from 'payload'

import type { OfficeLevel } from './constants'

export type UnitNode = {
  id: number
  name: string
  shortName?: string | null
  level: OfficeLevel
  parent: number | null
  infoOffice: number | null
  order: number
}

export type UnitTree = Map<number, UnitNode>

const idOf = (value: unknown): number | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return Number((value as { id: number }).id)
  return Number(value)
}

export async function loadUnitTree(req: PayloadRequest): Promise<UnitTree> {
  const { docs } = await req.payload.find({
    collection: 'units',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true, shortName: true, level: true, parent: true, infoOffice: true, order: true },
  })
  return new Map(
    docs.map((u) => [
      Number(u.id),
      {
        id: Number(u.id),
        name: u.name,
        shortName: u.shortName,
        level: u.level as OfficeLevel,
        parent: idOf(u.parent),
        infoOffice: idOf(u.infoOffice),
        order: u.order ?? 100,
      },
    ]),
  )
}

/** The office a unit's items go to, or null at the top of the tree. */
export function upperOfficeOf(tree: UnitTree, unitId: number): number | null {
  const seen = new Set<number>([unitId])
  let current = tree.get(unitId)?.parent ?? null
  while (current !== null && !seen.has(current)) {
    seen.add(current)
    const node = tree.get(current)
    if (!node) return null
    if (node.infoOffice !== null && node.infoOffice !== unitId) return node.infoOffice
    current = node.parent
  }
  return null
}

/** Units whose items go to `office`: the ones it ranks in its statistics. */
export function unitsServedBy(tree: UnitTree, office: number): UnitNode[] {
  return [...tree.values()]
    .filter((u) => u.id !== office && upperOfficeOf(tree, u.id) === office)
    .sort((a, b) => a.order - b.order || a.id - b.id)
}

/** True when the unit is some government's information office. */
export function isInfoOffice(tree: UnitTree, unitId: number): boolean {
  for (const u of tree.values()) if (u.infoOffice === unitId) return true
  return false
}
