import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { activateRelease, activeRelease, pruneReleases } from './releases'

/** What the publisher writes into a release once its pages are all in. */
const RELEASE_MANIFEST = 'manifest.json'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A releases folder with the given releases; complete ones have their manifest. */
function releasesWith(spec: Record<string, 'complete' | 'partial' | 'empty'>) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'releases-'))
  dirs.push(tmp)
  const releases = path.join(tmp, 'current.releases')
  for (const [name, kind] of Object.entries(spec)) {
    fs.mkdirSync(path.join(releases, name), { recursive: true })
    if (kind === 'empty') continue
    fs.mkdirSync(path.join(releases, name, 'site'), { recursive: true })
    fs.writeFileSync(path.join(releases, name, 'site', 'index.html'), name)
    if (kind === 'complete') fs.writeFileSync(path.join(releases, name, RELEASE_MANIFEST), '{}')
  }
  return { releases, live: path.join(tmp, 'current') }
}

describe('releases', () => {
  it('swaps the live link to a new release and prunes old ones, never the active', async () => {
    const { releases, live } = releasesWith({ '1': 'complete', '2': 'complete', '3': 'complete', '4': 'complete' })
    expect(await activeRelease(live)).toBeNull()
    await activateRelease(live, path.join(releases, '1', 'site'))
    expect(fs.readFileSync(path.join(live, 'index.html'), 'utf8')).toBe('1')
    await activateRelease(live, path.join(releases, '4', 'site'))
    expect(fs.readFileSync(path.join(live, 'index.html'), 'utf8')).toBe('4')
    await pruneReleases(releases, live, 2)
    expect(fs.readdirSync(releases).sort()).toEqual(['3', '4'])
  })

  it('keeps the active release even when it is older than the ones kept', async () => {
    const { releases, live } = releasesWith({ '1': 'complete', '2': 'complete', '3': 'complete', '4': 'complete' })
    await activateRelease(live, path.join(releases, '1', 'site'))
    await pruneReleases(releases, live, 2)
    expect(fs.readdirSync(releases).sort()).toEqual(['1', '3', '4'])
  })

  it('never deletes the last complete release, however many partial releases are newer', async () => {
    const { releases, live } = releasesWith({ '1': 'complete', '2': 'complete', '3': 'partial', '4': 'empty', '5': 'empty', '6': 'partial' })
    await activateRelease(live, path.join(releases, '2', 'site'))
    await pruneReleases(releases, live)
    expect(fs.readdirSync(releases).sort()).toEqual(['1', '2'])
    expect(fs.readFileSync(path.join(live, 'index.html'), 'utf8')).toBe('2')
    // Nor when the live link is gone: the newest complete releases stay.
    fs.rmSync(live)
    await pruneReleases(releases, live, 1)
    expect(fs.readdirSync(releases).sort()).toEqual(['2'])
  })

  it('does not take a release for the active one because its name is a prefix of the active one’s', async () => {
    const { releases, live } = releasesWith({ '1': 'complete', '10': 'complete' })
    await activateRelease(live, path.join(releases, '10', 'site'))
    await pruneReleases(releases, live, 1)
    expect(fs.readdirSync(releases).sort()).toEqual(['10'])
  })
})
