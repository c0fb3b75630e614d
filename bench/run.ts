/**
 * `npm run bench`: benchmarks on a fresh database (DATABASE_URL's server, or an embedded one),
 * written to bench/results/<name>-<date>.json and summarised in docs/benchmarks.md.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createScratchDatabase } from '../scripts/lib/database'
import { BIN, ROOT } from '../scripts/lib/paths'
import { payloadNodeEnv, run } from '../scripts/lib/run'
import { machine } from './lib'

async function main() {
  const database = await createScratchDatabase(`gov_bench_${process.pid}`)
  const url = database.url
  try {
    await run(BIN('tsx'), [path.join(ROOT, 'scripts/cms-task.ts'), 'migrate'], { env: payloadNodeEnv({ ...process.env, DATABASE_URL: url }), stdio: ['ignore', 'ignore', 'inherit'] })
    process.env.DATABASE_URL = url
    const { getPayload } = await import('payload')
    const { default: config } = await import('../cms/src/payload.config')
    const payload = await getPayload({ config })
    // Payload keeps a pooled connection open; dropping the scratch database ends it, expectedly.
    ;(payload.db as unknown as { pool: { on: (event: 'error', listener: () => void) => void } }).pool.on('error', () => {})
    const { benchWorkflow } = await import('./workflow')
    const { benchPortal } = await import('./portal')
    const { seed } = await import('../seed')
    const runs = Number(process.env.BENCH_RUNS ?? 100_000)
    const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number)
    const workflow = await benchWorkflow(payload, { runs })
    await seed(payload, { demoPasswords: true })
    const result = { machine: machine(), workflow, portal: await benchPortal(payload, sizes) }
    await payload.destroy()
    const stamp = result.machine.date.slice(0, 10)
    fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true })
    fs.writeFileSync(path.join(ROOT, `bench/results/workflow-${stamp}.json`), JSON.stringify(result, null, 2))
    const w = result.workflow
    const portalTable = [
      '| date | articles | pages | full build (s) | pages/s | build peak (MiB) | export (s) | approval → live p50 / max (ms) |',
      '|---|---|---|---|---|---|---|---|',
      ...result.portal.map(
        (p) =>
          `| ${result.machine.date.slice(0, 10)} | ${p.articles.toLocaleString('en')} | ${p.pages.toLocaleString('en')} | ${p.buildSeconds} | ${p.pagesPerSecond} (target ≥ 1,500 at 10k) | ${p.buildPeakMiB ?? '—'} | ${p.exportSeconds} | ${p.approvalToLiveMs.p50} / ${p.approvalToLiveMs.max} (target ≤ 2,000 p50 at 10k) |`,
      ),
    ].join('\n')
    const table = [
      '| date | machine | runs in DB | approve p50 / p95 (ms) | my pending p50 / p95 (ms) |',
      '|---|---|---|---|---|',
      `| ${stamp} | ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGiB} GiB, Node ${result.machine.node} | ${w.runs.toLocaleString('en')} | ${w.approve.p50} / ${w.approve.p95} (target ≤ 50) | ${w.myPending.p50} / ${w.myPending.p95} (target ≤ 30) |`,
    ].join('\n')
    console.log(JSON.stringify(result, null, 2))
    console.log(table)
    console.log(portalTable)
    const doc = path.join(ROOT, 'docs/benchmarks.md')
    fs.writeFileSync(
      doc,
      `# Benchmarks\n\nRun with \`npm run bench\` on a fresh database (\`BENCH_RUNS\`, \`BENCH_SIZES\` to change the sizes). Machine: ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}. Raw results in \`bench/results/\`.\n\n## Review engine\n\n${table}\n\n## Portal publishing\n\n${portalTable}\n`,
    )
  } finally {
    await database.drop()
  }
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
