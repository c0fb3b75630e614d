import fs from 'node:fs/promises'
import path from 'node:path'

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

/** Removes old releases, keeping the newest `keep` and the active one. */
export async function pruneReleases(releases: string, live: string, keep = 3): Promise<void> {
  const active = await activeRelease(live)
  const names = (await fs.readdir(releases).catch(() => [] as string[])).sort().reverse()
  for (const name of names.slice(keep)) {
    const dir = path.join(releases, name)
    if (active && active.startsWith(dir)) continue
    await fs.rm(dir, { recursive: true, force: true })
  }
}
