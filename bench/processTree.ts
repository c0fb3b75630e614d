/**
 * Memory of a process tree: every ~200 ms, a worker thread (so a busy event loop in the bench
 * process does not delay it) walks /proc for the descendants of a process (by their parent's
 * pid) and reads each one's VmRSS. It keeps the largest RSS per command — the script a Node
 * process runs (builder.mjs, render-share.mjs, sitemaps.mjs, search-index.mjs), otherwise the
 * program's name (pagefind_extended, hugo) — and the largest sum over the tree at one instant.
 * Linux only.
 */
import { Worker } from 'node:worker_threads'

export type TreePeaks = {
  samples: number
  /** The largest RSS of one process, in MiB. */
  maxProcessMiB: number
  /** The largest sum of the tree's RSS at one sample, in MiB. */
  maxTreeMiB: number
  /** Per command: the largest RSS one process of it held (MiB), and how many such processes were seen. */
  byCommand: Record<string, { maxMiB: number; processes: number }>
}

const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads')
const fs = require('node:fs')
const path = require('node:path')
const { root, rootName, intervalMs } = workerData
const peaks = {}
const seen = {}
let maxTree = 0
let maxProcess = 0
let samples = 0
const names = new Map()

function read(file) {
  try { return fs.readFileSync(file, 'utf8') } catch { return null }
}

function nameOf(pid) {
  if (pid === root) return rootName
  if (names.has(pid)) return names.get(pid)
  const cmdline = read('/proc/' + pid + '/cmdline')
  if (cmdline === null) return null
  const args = cmdline.split('\\0').filter(Boolean)
  const program = path.basename(args[0] || read('/proc/' + pid + '/comm') || '?').trim()
  let name = program
  if (program === 'node' || program.startsWith('node')) {
    const script = args.slice(1).find((a) => !a.startsWith('-') && /\\.(m?js|ts|cjs)$/.test(a))
    name = script ? 'node ' + path.basename(script) : 'node'
  }
  names.set(pid, name)
  return name
}

function sample() {
  const children = new Map()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\\d+$/.test(entry)) continue
    const stat = read('/proc/' + entry + '/stat')
    if (!stat) continue
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    if (!children.has(ppid)) children.set(ppid, [])
    children.get(ppid).push(Number(entry))
  }
  const tree = [root]
  for (let i = 0; i < tree.length; i++) for (const child of children.get(tree[i]) || []) tree.push(child)
  let total = 0
  for (const pid of tree) {
    const status = read('/proc/' + pid + '/status')
    const match = status && /VmRSS:\\s+(\\d+) kB/.exec(status)
    if (!match) continue
    const kib = Number(match[1])
    const name = nameOf(pid)
    if (!name) continue
    total += kib
    if (kib > maxProcess) maxProcess = kib
    if (!(kib <= (peaks[name] || 0))) peaks[name] = kib
    ;(seen[name] = seen[name] || new Set()).add(pid)
  }
  if (total > maxTree) maxTree = total
  samples += 1
}

const timer = setInterval(sample, intervalMs)
sample()
parentPort.on('message', () => {
  clearInterval(timer)
  sample()
  const byCommand = {}
  for (const [name, kib] of Object.entries(peaks)) byCommand[name] = { maxMiB: Math.round(kib / 1024), processes: seen[name].size }
  parentPort.postMessage({ samples, maxProcessMiB: Math.round(maxProcess / 1024), maxTreeMiB: Math.round(maxTree / 1024), byCommand })
})
`

/** Starts sampling the tree under `root` (this process by default); `stop()` resolves with the peaks. */
export function sampleProcessTree({ root = process.pid, rootName = 'bench (CMS: export, publisher)', intervalMs = 200 } = {}) {
  const worker = new Worker(SAMPLER, { eval: true, workerData: { root, rootName, intervalMs } })
  return {
    stop: () =>
      new Promise<TreePeaks>((resolve, reject) => {
        worker.once('message', (peaks: TreePeaks) => {
          void worker.terminate()
          resolve(peaks)
        })
        worker.once('error', reject)
        worker.postMessage('stop')
      }),
  }
}
