import type { PayloadRequest } from 'payload'

import { DEFAULT_INDEX_PATTERN } from './indexNo'

export type DisclosureSettingsData = {
  indexPattern: string
  orgCode?: string | null
  office?: { name?: string | null; address?: string | null; postcode?: string | null; phone?: string | null; hours?: string | null } | null
  dueSoonDays: number
  applicationsPerIpPerDay: number
}

export async function disclosureSettings(req: PayloadRequest): Promise<DisclosureSettingsData> {
  const settings = (await req.payload.findGlobal({ slug: 'disclosure-settings', overrideAccess: true, req, depth: 0 })) as Partial<DisclosureSettingsData>
  return {
    ...settings,
    indexPattern: settings.indexPattern || DEFAULT_INDEX_PATTERN,
    dueSoonDays: settings.dueSoonDays ?? 5,
    applicationsPerIpPerDay: settings.applicationsPerIpPerDay ?? 5,
  }
}
