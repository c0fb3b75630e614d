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
    const runs = Number(process.env.BENCH_RUNS ?? 100_000)
    const result = { machine: machine(), workflow: await benchWorkflow(payload, { runs }) }
    await payload.destroy()
    const stamp = result.machine.date.slice(0, 10)
    fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true })
    fs.writeFileSync(path.join(ROOT, `bench/results/workflow-${stamp}.json`), JSON.stringify(result, null, 2))
    const w = result.workflow
    const table = [
      '| date | machine | runs in DB | approve p50 / p95 (ms) | my pending p50 / p95 (ms) |',
      '|---|---|---|---|---|',
      `| ${stamp} | ${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGiB} GiB, Node ${result.machine.node} | ${w.runs.toLocaleString('en')} | ${w.approve.p50} / ${w.approve.p95} (target ≤ 50) | ${w.myPending.p50} / ${w.myPending.p95} (target ≤ 30) |`,
    ].join('\n')
    console.log(JSON.stringify(result, null, 2))
    console.log(table)
    const doc = path.join(ROOT, 'docs/benchmarks.md')
    const header = '# Benchmarks\n\nRun with `npm run bench` (fresh database each time). Latest results first.\n\n## Review engine\n\n'
    const previous = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8').replace(header, '') : ''
    fs.writeFileSync(doc, `${header}${table}\n\n${previous}`)
  } finally {
    await database.drop()
  }
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
