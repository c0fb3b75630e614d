import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { activateRelease, activeRelease, pruneReleases } from './releases'

describe('releases', () => {
  it('swaps the live link to a new release and prunes old ones, never the active', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'releases-'))
    const releases = path.join(tmp, 'current.releases')
    const live = path.join(tmp, 'current')
    for (const name of ['1', '2', '3', '4']) {
      fs.mkdirSync(path.join(releases, name, 'site'), { recursive: true })
      fs.writeFileSync(path.join(releases, name, 'site', 'index.html'), name)
    }
    expect(await activeRelease(live)).toBeNull()
    await activateRelease(live, path.join(releases, '1', 'site'))
    expect(fs.readFileSync(path.join(live, 'index.html'), 'utf8')).toBe('1')
    await activateRelease(live, path.join(releases, '4', 'site'))
    expect(fs.readFileSync(path.join(live, 'index.html'), 'utf8')).toBe('4')
    await pruneReleases(releases, live, 2)
    expect(fs.readdirSync(releases).sort()).toEqual(['3', '4'])
    fs.rmSync(tmp, { recursive: true, force: true })
  })
})
