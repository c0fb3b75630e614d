import type { PayloadRequest } from 'payload'

import type { AdoptionMode, EventType, JournalKind, LeaderLevel, OfficeLevel } from './constants'

export type EventInput = {
  type: EventType
  submission: number
  originUnit: number
  office?: number | null
  officeLevel?: OfficeLevel | null
  forwarders?: number[]
  journal?: number | null
  journalKind?: JournalKind | null
  adoptionMode?: AdoptionMode | null
  leaderLevel?: LeaderLevel | null
  instruction?: number | null
  receipt?: number | null
  note?: string
}

/** Appends a fact to 记分事件 in the request's transaction. Scores are computed from these. */
export async function recordEvent(req: PayloadRequest, event: EventInput): Promise<void> {
  await req.payload.create({
    collection: 'submission-events',
    overrideAccess: true,
    req,
    data: { ...event, forwarders: event.forwarders ?? [], occurredAt: new Date().toISOString() },
  })
}
