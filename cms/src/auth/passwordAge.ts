import type { PayloadRequest } from 'payload'

/** 密码有效期 in days, kept by the system administrator in the site settings (0: no expiry). */
export const DEFAULT_PASSWORD_MAX_AGE_DAYS = 90

export async function passwordMaxAgeDays(req: PayloadRequest): Promise<number> {
  const settings = (await req.payload
    .findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })
    .catch(() => null)) as { accountSecurity?: { passwordMaxAgeDays?: number | null } } | null
  const days = settings?.accountSecurity?.passwordMaxAgeDays
  return typeof days === 'number' && days >= 0 ? days : DEFAULT_PASSWORD_MAX_AGE_DAYS
}
