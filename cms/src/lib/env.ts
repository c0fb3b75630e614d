/** Runtime settings read from the environment, with clear errors where a value is required. */
export const isProduction = process.env.NODE_ENV === 'production'

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (!url) {
    throw new Error(
      'DATABASE_URL 未设置。请用 `npm start`（会自动启动内置 PostgreSQL）或设置 DATABASE_URL=postgres://用户@主机:端口/库名。',
    )
  }
  return url
}

const DEV_SECRET = 'development-only-secret-not-for-production'

export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (isProduction) {
    throw new Error('生产模式必须设置 PAYLOAD_SECRET（至少 32 位随机字符串）。')
  }
  return DEV_SECRET
}

/** The public portal's address, for links from pages the CMS serves to citizens. */
export function portalUrl(): string {
  return process.env.PORTAL_URL ?? `http://localhost:${process.env.PORTAL_PORT ?? 4321}/`
}

/**
 * PostgreSQL read replicas for the admin's reads (DATABASE_READ_REPLICAS, comma-separated
 * connection strings), used only in the admin server's process (GOV_ADMIN_SERVER=1, set by
 * scripts/admin-server.ts): workers, migrations, seeding, backups and tasks read the primary.
 * Writes, transactions and raw SQL always go to the primary; reads in this process go to the
 * primary for 2 s after its own last write (Payload's readReplicasAfterWriteInterval).
 */
export function adminReadReplicas(env: Record<string, string | undefined> = process.env): string[] | undefined {
  if (env.GOV_ADMIN_SERVER !== '1') return undefined
  const urls = (env.DATABASE_READ_REPLICAS ?? '').split(',').map((url) => url.trim()).filter(Boolean)
  return urls.length > 0 ? urls : undefined
}
