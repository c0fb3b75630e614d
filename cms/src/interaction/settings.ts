import type { Payload, PayloadRequest } from 'payload'

export type InteractionSettingsData = {
  /** Working days after the reply in which the citizen may rate it (then 满意 by default). */
  ratingWindowDays: number
  /** Working days before the due date from which a message is listed as 即将到期. */
  dueSoonDays: number
  messagesPerIpPerDay: number
  /** Calendar days in which the same message from the same mobile is refused as a duplicate. */
  duplicateWindowDays: number
  notice?: string | null
}

export const INTERACTION_DEFAULTS = { ratingWindowDays: 20, dueSoonDays: 3, messagesPerIpPerDay: 5, duplicateWindowDays: 30 } as const

export async function interactionSettings(from: PayloadRequest | Payload): Promise<InteractionSettingsData> {
  const req = 'payload' in from && 'headers' in from ? (from as PayloadRequest) : undefined
  const payload = req ? req.payload : (from as Payload)
  const settings = (await payload.findGlobal({ slug: 'interaction-settings', overrideAccess: true, req, depth: 0 })) as Partial<InteractionSettingsData>
  return {
    notice: settings.notice ?? null,
    ratingWindowDays: settings.ratingWindowDays ?? INTERACTION_DEFAULTS.ratingWindowDays,
    dueSoonDays: settings.dueSoonDays ?? INTERACTION_DEFAULTS.dueSoonDays,
    messagesPerIpPerDay: settings.messagesPerIpPerDay ?? INTERACTION_DEFAULTS.messagesPerIpPerDay,
    duplicateWindowDays: settings.duplicateWindowDays ?? INTERACTION_DEFAULTS.duplicateWindowDays,
  }
}
