import fs from 'node:fs/promises'
import path from 'node:path'

/** Written into a release directory once all its pages are in: a release without it is partial. */
export const RELEASE_MANIFEST = 'manifest.json'

/**
 * Points the live path at a new release in one step: a temporary symlink renamed over the old
 * one (rename is atomic on POSIX), so readers see the old portal or the new, never a mix.
 */
export async function activateRelease(live: string, releaseSite: string): Promise<void> {
  const temporary = `${live}.next-${process.pid}`
  await fs.rm(temporary, { force: true })
  await fs.symlink(releaseSite, temporary, 'dir')
  await fs.rename(temporary, live)
}

/** The release directory the live path points at, or null before the first publish. */
export async function activeRelease(live: string): Promise<string | null> {
  try {
    return await fs.realpath(live)
  } catch {
    return null
  }
}

const isComplete = (dir: string) => fs.stat(path.join(dir, RELEASE_MANIFEST)).then(() => true, () => false)

/**
 * Removes old releases: keeps the active one and the newest `keep` complete ones. Partial
 * releases (a build that was killed or failed) neither count nor stay — so however many builds
 * failed, the last complete release is never removed. Runs under the publish lock: no other
 * build is writing a release meanwhile.
 */
export async function pruneReleases(releases: string, live: string, keep = 3): Promise<void> {
  const active = await activeRelease(live)
  const names = (await fs.readdir(releases).catch(() => [] as string[])).sort().reverse()
  let kept = 0
  for (const name of names) {
    const dir = path.join(releases, name)
    const isActive = active !== null && (active === dir || active.startsWith(dir + path.sep))
    const complete = await isComplete(dir)
    if (complete && (isActive || kept < keep)) {
      kept += 1
      continue
    }
    if (isActive) continue
    await fs.rm(dir, { recursive: true, force: true })
  }
}
