/**
 * The environment of a portal build: the variables the publisher (cms/src/publishing) sets for
 * a build or a render and the site (astro.config.mjs, src/loaders, src/lib, scripts) reads.
 * Plain JavaScript, so the site's scripts run by plain `node` import it too.
 */
export const PORTAL_ENV = Object.freeze({
  /** The content snapshot the pages are made from (the CMS's export). */
  contentDir: 'PORTAL_CONTENT_DIR',
  /** Where the pages are written. */
  outDir: 'PORTAL_OUT_DIR',
  /** A scope file (scope.ts): render only the pages it names; unset, every page. */
  scope: 'PORTAL_SCOPE',
  /** Astro's cache folder, one per publisher. */
  cacheDir: 'PORTAL_CACHE_DIR',
  /** The portal's public address; unset, https:// and the 网站域名 of the snapshot's settings. */
  siteUrl: 'PORTAL_SITE_URL',
  /** `1`: build the publisher's page renderer instead of the static portal. */
  renderer: 'PORTAL_RENDERER',
})

/** Every variable a portal build reads: a builder passes these on and nothing else of its kind. */
export const PORTAL_BUILD_VARIABLES = Object.freeze(Object.values(PORTAL_ENV))
