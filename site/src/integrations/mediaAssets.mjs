import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Puts the snapshot's images (originals and the responsive variants sharp made at upload) into
 * the built site under /media.
 *
 * @param {{ contentDir: string }} options
 * @returns {import('astro').AstroIntegration}
 */
export function mediaAssets({ contentDir }) {
  return {
    name: 'media-assets',
    hooks: {
      'astro:build:done': ({ dir }) => linkMedia(contentDir, fileURLToPath(dir)),
    },
  }
}

/** Hard-links (or copies) the snapshot's images into `<siteDir>/media`. */
export async function linkMedia(contentDir, siteDir) {
  const source = path.join(contentDir, 'media')
  const files = await fs.readdir(source).catch(() => [])
  if (files.length === 0) return
  const target = path.join(siteDir, 'media')
  await fs.mkdir(target, { recursive: true })
  await Promise.all(files.map((f) => fs.link(path.join(source, f), path.join(target, f)).catch(() => fs.copyFile(path.join(source, f), path.join(target, f)))))
}
