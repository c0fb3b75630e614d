/**
 * `npm run bench`: benchmarks on a fresh database (DATABASE_URL's server, or an embedded one).
 * Each suite's results go to bench/results/<suite>-<date>.json; docs/benchmarks.md is written
 * from the newest result of every suite. BENCH_SUITES (checks,workflow,portal), BENCH_RUNS and
 * BENCH_SIZES (1000,10000 — add 100000 for the large run) choose what runs.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createScratchDatabase } from '../scripts/lib/database'
import { BIN, ROOT } from '../scripts/lib/paths'
import { payloadNodeEnv, run } from '../scripts/lib/run'
import { machine } from './lib'

const RESULTS = path.join(ROOT, 'bench/results')

type Machine = ReturnType<typeof machine>

function newest(suite: string): { machine: Machine; [key: string]: unknown } | null {
  const files = fs.readdirSync(RESULTS).filter((f) => f.startsWith(`${suite}-`) && f.endsWith('.json')).sort()
  return files.length ? JSON.parse(fs.readFileSync(path.join(RESULTS, files.at(-1)!), 'utf8')) : null
}

const describeMachine = (m: Machine) => `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}`
const n = (value: number) => value.toLocaleString('en')

function workflowTable(result: { machine: Machine; workflow: { runs: number; approve: { p50: number; p95: number }; myPending: { p50: number; p95: number } } }) {
  const w = result.workflow
  return [
    '| date | machine | runs in DB | approve p50 / p95 (ms) | my pending p50 / p95 (ms) |',
    '|---|---|---|---|---|',
    `| ${result.machine.date.slice(0, 10)} | ${describeMachine(result.machine)} | ${n(w.runs)} | ${w.approve.p50} / ${w.approve.p95} (target ≤ 50) | ${w.myPending.p50} / ${w.myPending.p95} (target ≤ 30) |`,
  ].join('\n')
}

type PortalRow = Awaited<ReturnType<typeof import('./portal').benchPortal>>[number]

function portalTable(result: { machine: Machine; portal: PortalRow[] }) {
  const day = result.machine.date.slice(0, 10)
  return [
    '| date | articles | pages | full: render (s) | pages/s | render peak (MiB) | renderer build (s) | export (s) | search index (s) | approval → page on disk p50 / max (ms) | incremental render p50 (ms) | then sitemap + search index p50 (ms) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...result.portal.map(
      (p) =>
        `| ${day} | ${n(p.articles)} | ${n(p.pages)} | ${p.full.renderSeconds} | ${n(p.full.pagesPerSecond)} | ${p.full.peakMiB ?? '—'} | ${p.full.rendererBuildSeconds ?? '—'} | ${p.full.exportSeconds} | ${p.full.searchSeconds} | ${p.incremental.approvalToPageMs.p50} / ${p.incremental.approvalToPageMs.max} | ${p.incremental.warmBuildMs.p50} | ${p.incremental.searchMs?.p50 ?? 'left to the next publish'} |`,
    ),
  ].join('\n')
}

type ChecksResult = { machine: Machine; checks: ReturnType<typeof import('./contentChecks').benchContentChecks> }

function checksTable(result: ChecksResult) {
  const c = result.checks
  return [
    '| date | machine | text (chars) | list words | leaders | findings | compile lists (ms) | check p50 / p95 / max (ms) |',
    '|---|---|---|---|---|---|---|---|',
    `| ${result.machine.date.slice(0, 10)} | ${describeMachine(result.machine)} | ${n(c.textLength)} | ${n(c.words)} | ${c.leaders} | ${c.findings} | ${c.compileMs} | ${c.checkMs.p50} / ${c.checkMs.p95} (target ≤ 100) / ${c.checkMs.max} |`,
  ].join('\n')
}

function writeDocs() {
  const workflow = newest('workflow') as Parameters<typeof workflowTable>[0] | null
  const checks = newest('checks') as ChecksResult | null
  const portal = newest('portal') as Parameters<typeof portalTable>[0] | null
  const sections = ['# Benchmarks', '', 'Run with `npm run bench` on a fresh database (`BENCH_SUITES`, `BENCH_RUNS`, `BENCH_SIZES` choose what runs). Raw results in `bench/results/`. The machines are shared: compare figures of one run, not across runs.']
  if (workflow) sections.push('', '## Review engine', '', workflowTable(workflow))
  if (checks) {
    sections.push(
      '',
      '## Content checks',
      '',
      'One article checked against the office lists in one pass of a compiled Aho–Corasick automaton (modern-ahocorasick), plus the pattern checks (密级 marks, ID, card and phone numbers) and the leaders’ posts and order; the link check is network-bound and left out. Lists are compiled once and kept until a list changes.',
      '',
      checksTable(checks),
    )
  }
  if (portal) {
    sections.push(
      '',
      '## Portal publishing',
      '',
      `Machine: ${describeMachine(portal.machine)}. A full build renders every page with the publisher's page renderer (an Astro server build of the portal, kept loaded by the builder process and built once per process: its build time is its own column), split between one process per core; pages/s counts the render only (the CMS export and the search index are separate columns, the index being built after the pages are live). An approval is then published incrementally in the same run: only its page, its column's pages and the pages every build renders, by the same renderer; "approval → page on disk" runs from the final signature to the page being in the live portal.`,
      '',
      portalTable(portal),
    )
  }
  fs.writeFileSync(path.join(ROOT, 'docs/benchmarks.md'), `${sections.join('\n')}\n`)
}

async function main() {
  const suites = (process.env.BENCH_SUITES ?? 'checks,workflow,portal').split(',')
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
    fs.mkdirSync(RESULTS, { recursive: true })
    const save = (suite: string, result: Record<string, unknown>) => {
      const file = path.join(RESULTS, `${suite}-${(result.machine as Machine).date.slice(0, 10)}.json`)
      fs.writeFileSync(file, JSON.stringify(result, null, 2))
      console.log(JSON.stringify(result, null, 2))
    }
    if (suites.includes('checks')) {
      const { benchContentChecks } = await import('./contentChecks')
      save('checks', { machine: machine(), checks: benchContentChecks({ words: 10_000, textLength: 10_000, samples: 200 }) })
    }
    if (suites.includes('workflow')) {
      const { benchWorkflow } = await import('./workflow')
      save('workflow', { machine: machine(), workflow: await benchWorkflow(payload, { runs: Number(process.env.BENCH_RUNS ?? 100_000) }) })
    }
    if (suites.includes('portal')) {
      const { benchPortal } = await import('./portal')
      const { seed } = await import('../seed')
      await seed(payload, { demoPasswords: true })
      const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number)
      const rows = await benchPortal(payload, sizes)
      // Sizes run separately the same day (100k takes long) are kept side by side.
      const today = newest('portal') as { machine: Machine; portal: PortalRow[] } | null
      const sameDay = today?.machine.date.slice(0, 10) === new Date().toISOString().slice(0, 10)
      const kept = sameDay ? today!.portal.filter((row) => !sizes.includes(row.articles)) : []
      save('portal', { machine: machine(), portal: [...kept, ...rows].sort((a, b) => a.articles - b.articles) })
    }
    await payload.destroy()
    writeDocs()
    console.log(fs.readFileSync(path.join(ROOT, 'docs/benchmarks.md'), 'utf8'))
  } finally {
    await database.drop()
  }
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
