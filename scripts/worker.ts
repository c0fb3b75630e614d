/**
 * `npm run worker`: runs the portal publishing queue (`publish`) — the jobs final approvals
 * and withdrawals enqueue. `--once` runs what is queued (waiting out a batching delay) and exits.
 * Several workers may run: the publisher holds a PostgreSQL lock, so two never publish at once.
 */
import { resolveDatabase } from './lib/database'
import { ROOT } from './lib/paths'

const once = process.argv.includes('--once')
const POLL_MS = 2000

async function main() {
  const db = await resolveDatabase(ROOT)
  process.env.DATABASE_URL = db.url
  const { getPayload } = await import('payload')
  const { default: config } = await import('../cms/src/payload.config')
  const payload = await getPayload({ config })
  let stopping = false
  const stop = async () => {
    stopping = true
    await payload.destroy()
    await db.stop()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
  console.log(once ? '发布队列：处理已排队的任务…' : '发布队列已启动（按 Ctrl-C 停止）。')
  if (!once) {
    const { prewarmPublisher } = await import('../cms/src/publishing/publishPortal')
    prewarmPublisher().catch((error) => console.warn(`门户构建进程预热失败（不影响发布）：${(error as Error).message}`))
  }

  const deadline = Date.now() + 120_000
  while (!stopping) {
    // Scheduled tasks on this queue (到期下线) are queued by the long-running worker only.
    if (!once) await payload.jobs.handleSchedules({ queue: 'publish' })
    await payload.jobs.run({ queue: 'publish', limit: 5 })
    if (once) {
      const waiting = await payload.count({
        collection: 'payload-jobs',
        overrideAccess: true,
        where: {
          and: [
            { queue: { equals: 'publish' } },
            { completedAt: { exists: false } },
            { hasError: { not_equals: true } },
            { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date(Date.now() + 10_000).toISOString() } }] },
          ],
        },
      })
      if (waiting.totalDocs === 0 || Date.now() > deadline) break
    }
    await new Promise((r) => setTimeout(r, once ? 500 : POLL_MS))
  }
  await stop()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
