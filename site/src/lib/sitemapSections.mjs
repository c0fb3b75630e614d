import { SECTION_FOLDERS, urls } from '@gov/portal-contract/urls'

/**
 * The portal's sitemap is split by section: `sitemap-<section>-<n>.xml` (at most 50,000 URLs a
 * file) under `sitemap-index.xml`, so a change rewrites only its section's files and the index.
 * Plain `astro build` writes it with @astrojs/sitemap's `chunks`; the publisher writes the same
 * files for the live pages (site/scripts/sitemaps.mjs) without a build. The sections are the
 * top folders of the pages, in the contract's order (SECTION_FOLDERS): articles, columns,
 * subsites, xxgk, policies, interpretations, journals, bulletins, hudong.
 */
export const SITEMAP_SECTIONS = Object.values(SECTION_FOLDERS).flat()
/** Pages outside the sections (home, site map): @astrojs/sitemap's name for what no chunk takes. */
export const OTHER_PAGES = 'pages'
export const SITEMAP_ENTRY_LIMIT = 50_000

/** The search page has no content of its own. */
export const inSitemap = (url) => !url.includes(urls.search())

export function sitemapSection(url) {
  const first = new URL(url).pathname.split('/')[1]
  return SITEMAP_SECTIONS.includes(first) ? first : OTHER_PAGES
}
