/**
 * `npm run worker`: runs the portal publishing queue (`publish`) — the jobs final approvals
 * and withdrawals enqueue. `--once` runs what is queued (waiting out a batching delay) and exits.
 * Several workers may run: one at a time polls the queue (a PostgreSQL lock, since Payload's job
 * claim is not atomic across processes) and the publisher holds another, so no job runs twice
 * and two publishes never overlap; when the polling worker dies its lock goes with its
 * connection and another worker takes over.
 *
 * A database restart does not end it: lost connections are replaced (keepPoolAlive), and a
 * round of the queue that fails is tried again after a pause growing to 30 s. Publishes a dead
 * worker left 发布中 are marked failed (工作进程中断) and queued again — at start and every minute.
 */
import { resolveDatabase } from './lib/database'
import { ROOT } from './lib/paths'

const once = process.argv.includes('--once')
const POLL_MS = 2000
/** How often publishes a dead worker left are looked for (PUBLISH_SWEEP_MS; tests shorten it). */
const SWEEP_MS = Number(process.env.PUBLISH_SWEEP_MS ?? 60_000)
const MAX_BACKOFF_MS = 30_000

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function main() {
  const db = await resolveDatabase(ROOT)
  process.env.DATABASE_URL = db.url
  const { getPayload } = await import('payload')
  const { default: config } = await import('../cms/src/payload.config')
  const { keepPoolAlive } = await import('../cms/src/lib/keepPoolAlive')
  const { recoverInterruptedPublishes } = await import('../cms/src/publishing/recoverInterruptedPublishes')
  const { runPublishQueue, runWorkflowQueue } = await import('../cms/src/publishing/runPublishQueue')
  // With DATABASE_READ_REPLICAS the admin leaves the workflow queue to the workers (on the primary).
  const workflowQueue = !once && Boolean(process.env.DATABASE_READ_REPLICAS?.trim())
  let lastWorkflowRound = 0
  const payload = await getPayload({ config })
  keepPoolAlive(payload)
  let stopping = false
  const stop = async (code = 0) => {
    stopping = true
    await payload.destroy().catch(() => undefined)
    await db.stop()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
  if (!once) {
    // A stray rejection (e.g. a query cut off by a database restart) is reported, not fatal.
    process.on('unhandledRejection', (reason) => console.error(`发布队列：未处理的错误：${(reason as Error)?.message ?? reason}`))
  }
  console.log(once ? '发布队列：处理已排队的任务…' : '发布队列已启动（按 Ctrl-C 停止）。')
  if (!once) {
    const { prewarmPublisher } = await import('../cms/src/publishing/publishPortal')
    prewarmPublisher().catch((error) => console.warn(`门户构建进程预热失败（不影响发布）：${(error as Error).message}`))
  }

  const deadline = Date.now() + 120_000
  let failures = 0
  let lastSweep = 0
  while (!stopping) {
    try {
      if (Date.now() - lastSweep >= SWEEP_MS) {
        const resolved = await recoverInterruptedPublishes(payload)
        if (resolved > 0) console.log(`发布队列：${resolved} 个中断的发布已标记为失败并重新排队。`)
        lastSweep = Date.now()
      }
      await runPublishQueue(payload, { schedules: !once })
      if (workflowQueue && Date.now() - lastWorkflowRound >= 60_000) {
        lastWorkflowRound = Date.now()
        await runWorkflowQueue(payload)
      }
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
      if (failures > 0) console.log('发布队列：数据库连接已恢复。')
      failures = 0
    } catch (error) {
      failures += 1
      if (once && Date.now() > deadline) throw error
      const wait = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(failures - 1, 5))
      console.error(`发布队列出错（第 ${failures} 次），${wait / 1000} 秒后重试：${(error as Error).message}`)
      // Whatever was cut off is resolved as soon as the database answers again.
      lastSweep = 0
      await sleep(wait)
      continue
    }
    await sleep(once ? 500 : POLL_MS)
  }
  await stop()
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
