/**
 * Runs Astro builds of the portal for the publisher. Started with an IPC channel it stays
 * warm between builds (Astro, Vite and the page templates loaded and compiled once), which
 * is what makes an incremental publish take a second rather than four: each message
 * `{ id, cwd, env }` runs one build with those variables and answers `{ id, ok, error? }`.
 * Without IPC it runs one build from the environment and exits.
 *
 * Each build runs in the working directory it is given: Astro puts its intermediate server
 * bundle there (the publisher gives every build its own, inside the site).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'astro'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BUILD_VARIABLES = ['PORTAL_CONTENT_DIR', 'PORTAL_OUT_DIR', 'PORTAL_SCOPE', 'PORTAL_SITEMAP', 'PORTAL_SITEMAP_PAGES', 'PORTAL_CACHE_DIR', 'PORTAL_SITE_URL']

async function runBuild({ cwd, env }) {
  for (const name of BUILD_VARIABLES) {
    if (env[name] === undefined) delete process.env[name]
    else process.env[name] = env[name]
  }
  process.chdir(cwd)
  await build({ root, logLevel: 'error' })
}

if (process.send) {
  process.on('message', async (message) => {
    try {
      await runBuild(message)
      process.send({ id: message.id, ok: true })
    } catch (error) {
      process.send({ id: message.id, ok: false, error: error instanceof Error ? `${error.message}` : String(error) })
    }
  })
  // The publisher went away: nothing more to build.
  process.on('disconnect', () => process.exit(0))
  process.send({ ready: true })
} else {
  runBuild({ cwd: process.cwd(), env: process.env }).then(() => {
    // For the publisher's log and the benchmark: the most memory this build held (KiB).
    console.error(`BUILD_STATS ${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}`)
  }, (error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
