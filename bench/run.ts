/**
 * `npm run bench`: benchmarks on a fresh database (DATABASE_URL's server, or an embedded one).
 * Each suite's results go to bench/results/<suite>-<date>.json; docs/benchmarks.md is written
 * from the newest result of every suite. BENCH_SUITES (checks,workflow,portal), BENCH_RUNS and
 * BENCH_SIZES (1000,10000 — add 100000 for the large run) choose what runs; BENCH_KEEP_DB=1 keeps
 * the scratch database afterwards (to EXPLAIN a slow query).
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

type WorkflowRow = { runs: number; approve: { p50: number; p95: number }; myPending: { p50: number; p95: number; itemsWaiting?: number } }

function workflowTable(result: { machine: Machine; workflow: WorkflowRow | WorkflowRow[] }) {
  const rows = Array.isArray(result.workflow) ? result.workflow : [result.workflow]
  const mark = (value: number, target: number) => `${value} (target ≤ ${target} ${value <= target ? '✓' : '✗'})`
  return [
    '| date | machine | runs in DB | items waiting for the signer | approve p50 / p95 (ms) | my pending p50 / p95 (ms) |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (w) =>
        `| ${result.machine.date.slice(0, 10)} | ${describeMachine(result.machine)} | ${n(w.runs)} | ${w.myPending.itemsWaiting === undefined ? '—' : n(w.myPending.itemsWaiting)} | ${w.approve.p50} / ${mark(w.approve.p95, 50)} | ${w.myPending.p50} / ${mark(w.myPending.p95, 30)} |`,
    ),
  ].join('\n')
}

type PortalRow = Awaited<ReturnType<typeof import('./portal').benchPortal>>[number]
type Targets = (typeof import('./portal'))['TARGETS']

/** A figure with its target beside it, when issue 15 sets one for that size: `1,234 (≤ 2,000 ✓)`. */
function against(value: number, target: number | undefined, unit = '') {
  if (target === undefined) return `${n(value)}${unit}`
  return `${n(value)}${unit} (≤ ${n(target)}${unit} ${value <= target ? '✓' : '✗'})`
}

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

function targetsTable(result: { machine: Machine; portal: PortalRow[] }, t: Targets) {
  const day = result.machine.date.slice(0, 10)
  const rows = result.portal.filter((p) => p.hugo)
  return [
    '| date | articles | approval → page on disk p50 (ms) | approval → searchable p50 / max (ms) | largest process RSS during full publish (MiB) | cold full publish until live (s) | Hugo cold (s) | full publish / Hugo | warm render (s) | warm render / Hugo | first search: kB / requests |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((p) => {
      const a = p.articles >= 100_000 ? 100_000 : p.articles >= 10_000 ? 10_000 : p.articles
      return `| ${day} | ${n(p.articles)} | ${against(p.incremental.approvalToPageMs.p50, t.approvalToPageP50Ms[a])} | ${against(p.incremental.approvalToSearchableMs.p50, t.approvalToSearchMs[a])} / ${n(p.incremental.approvalToSearchableMs.max)} | ${against(p.memory.maxProcessMiB, t.maxProcessMiB[a])} | ${p.full.liveSeconds} | ${p.hugo.seconds} | ${against(p.hugo.ratio, t.fullVsHugo[a], '×')} | ${p.warm.renderSeconds} | ${p.warm.renderVsHugo}× | ${'error' in p.search ? `failed: ${p.search.error}` : `${against(p.search.kB, t.searchPayloadKB[a], ' kB')} / ${p.search.requests}`} |`
    }),
  ].join('\n')
}

function memoryTable(result: { portal: PortalRow[] }) {
  const rows = result.portal.filter((p) => p.memory)
  return [
    '| articles | process (command) | processes | max RSS (MiB) |',
    '|---|---|---|---|',
    ...rows.flatMap((p) => [
      ...Object.entries(p.memory.byCommand)
        .sort((a, b) => b[1].maxMiB - a[1].maxMiB)
        .map(([command, m]) => `| ${n(p.articles)} | ${command} | ${m.processes} | ${n(m.maxMiB)} |`),
      `| ${n(p.articles)} | **whole tree at one instant** | | ${n(p.memory.maxTreeMiB)} |`,
      `| ${n(p.articles)} | Hugo (its own run) | 1 | ${p.hugo.peakMiB === null ? '—' : n(p.hugo.peakMiB)} |`,
    ]),
  ].join('\n')
}

function partsTable(result: { portal: PortalRow[] }) {
  const rows = result.portal.filter((p) => p.incremental.partsP50Ms)
  return [
    '| articles | export | plan | render | apply | check pages | page on disk (sum) | sitemap | search index | cold full: export / renderer build / render / check / phase two (s) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((p) => {
      const q = p.incremental.partsP50Ms as Record<string, number>
      const f = p.full
      return `| ${n(p.articles)} | ${n(q.export)} | ${n(q.plan)} | ${n(q.render)} | ${n(q.apply)} | ${n(q.check)} | ${n(q.export + q.plan + q.render + q.apply + q.check)} | ${n(q.sitemap)} | ${n(q.searchIndex)} | ${f.exportSeconds} / ${f.rendererBuildSeconds} / ${f.renderSeconds} / ${f.checkSeconds} / ${f.searchSeconds} |`
    }),
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

async function writeDocs() {
  const workflow = newest('workflow') as Parameters<typeof workflowTable>[0] | null
  const checks = newest('checks') as ChecksResult | null
  const portal = newest('portal') as Parameters<typeof portalTable>[0] | null
  const sections = ['# Benchmarks', '', 'Run with `npm run bench` on a fresh database (`BENCH_SUITES`, `BENCH_RUNS`, `BENCH_SIZES` choose what runs). Raw results in `bench/results/`. The machines are shared: compare figures of one run, not across runs.']
  if (workflow) {
    sections.push(
      '',
      '## Review engine',
      '',
      'Background runs bulk-inserted in SQL (90% finished, 10% waiting on one of 50 signers, spread evenly); with several sizes (`BENCH_RUNS=100000,1000000`) the database is topped up from one size to the next in the same run, so the sizes compare. At each size 200 items are submitted through the engine; "my pending" is the head\'s list (50 a page, with its count), "approve" a signature of the first stage.',
      '',
      workflowTable(workflow),
    )
  }
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
    const { TARGETS } = await import('./portal')
    sections.push(
      '',
      '## Portal publishing',
      '',
      `Machine: ${describeMachine(portal.machine)}. A full build renders every page with the publisher's page renderer (an Astro server build of the portal, kept loaded by the builder process and built once per process: its build time is its own column), split between one process per core; pages/s counts the render only (the CMS export and the search index are separate columns, the index being built after the pages are live). The full publish measured is a cold one: the builder stopped and the content snapshot deleted before it. An approval is then published incrementally in the same run: only its page, its column's pages and the pages every build renders, by the same renderer; "approval → page on disk" runs from the final signature to the page being in the live portal, and the approval's publish job runs phase two (sitemap, search index) itself.`,
      '',
      portalTable(portal),
      '',
      '### Issue 15 targets',
      '',
      'Each figure with its target for that size (✓ met, ✗ missed). "Approval → searchable": from the final signature until the live search manifest names a shard whose `state.json` holds the article (the end of phase two). Largest process RSS: the bench process and all its descendants (builder, render shares, sitemap and search-index scripts, Pagefind\'s binary) sampled from /proc every 200 ms through the cold full publish and its phase two. Hugo: `hugo --quiet` (' + (portal.portal.find((p) => p.hugo)?.hugo.version ?? 'Hugo') + ', its defaults: RSS limited to 50 items as the portal\'s feeds, its sitemap kept) on pages made from the same snapshot (bench/hugo.ts: one page per article with title, date, source and body; a paginated list per column, 20 a page; a home page; the portal\'s header, footer and stylesheet), cold (fresh site, cache and resources folders), right after the portal\'s cold full publish. "Full publish / Hugo": the cold publish until the pages are live (export, renderer build, render, checks, swap) over Hugo\'s time; "warm render": a second full publish with the builder warm, its render alone. First search: the live portal served by sirv, `/search/?q=营商环境` opened in Chromium with a fresh profile, bytes of every response after the page\'s HTML until the status line says 找到 or 没有找到.',
      '',
      targetsTable(portal, TARGETS),
      '',
      '### Memory during the cold full publish, by process',
      '',
      memoryTable(portal),
      '',
      '### Where the time goes',
      '',
      'Publishing one approval, p50 of each part in ms (export: snapshot brought up to date and the live manifest read; plan: comparing manifests; render: the page renderer; apply: moving pages into the live release; check pages: counting the article pages against the manifest), then phase two; and the cold full publish in seconds.',
      '',
      partsTable(portal),
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
      save('workflow', { machine: machine(), workflow: await benchWorkflow(payload, { sizes: (process.env.BENCH_RUNS ?? '100000').split(',').map(Number) }) })
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
    await writeDocs()
    console.log(fs.readFileSync(path.join(ROOT, 'docs/benchmarks.md'), 'utf8'))
  } finally {
    // BENCH_KEEP_DB=1 leaves the scratch database for EXPLAIN ANALYZE (drop it by hand).
    if (process.env.BENCH_KEEP_DB) console.log(`scratch database kept: ${url}`)
    else await database.drop()
  }
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
