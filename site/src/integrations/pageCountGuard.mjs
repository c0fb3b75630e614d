import fs from 'node:fs'
import path from 'node:path'

/**
 * Fails the build when the number of article pages written differs from the number of
 * published articles the CMS reported in the snapshot manifest (or, for an incremental build,
 * the number its scope names). A build that silently writes nothing must never replace a
 * working portal.
 *
 * @param {{ contentDir: string }} options
 * @returns {import('astro').AstroIntegration}
 */
export function pageCountGuard({ contentDir }) {
  return {
    name: 'page-count-guard',
    hooks: {
      'astro:build:done': ({ pages, logger }) => {
        const written = pages.filter((p) => /^articles\/[^/]+\/?$/.test(p.pathname)).length
        checkArticlePageCount(written, contentDir)
        logger.info(`${written} article pages, as published in the CMS (${pages.length} pages in all).`)
      },
    },
  }
}

/** Throws unless `written` article pages are what the snapshot (or the incremental scope) calls for. */
export function checkArticlePageCount(written, contentDir) {
  const manifestFile = path.join(contentDir, 'manifest.json')
  if (!fs.existsSync(manifestFile)) {
    throw new Error(`门户构建失败：找不到内容清单 ${manifestFile}，请先导出内容（npm run export:content）。`)
  }
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
  // An incremental build renders the articles its scope names, and only those.
  const scope = process.env.PORTAL_SCOPE ? JSON.parse(fs.readFileSync(process.env.PORTAL_SCOPE, 'utf8')) : null
  const expected = scope ? scope.articles.length : manifest.counts.articles
  if (written !== expected) {
    throw new Error(`门户构建失败：生成了 ${written} 个文章页面，而内容管理系统中已发布 ${expected} 篇。已停止，现有网站保持不变。`)
  }
}
