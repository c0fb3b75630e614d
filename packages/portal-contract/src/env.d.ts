/** The environment of a portal build (env.js). */
export declare const PORTAL_ENV: {
  /** The content snapshot the pages are made from (the CMS's export). */
  readonly contentDir: 'PORTAL_CONTENT_DIR'
  /** Where the pages are written. */
  readonly outDir: 'PORTAL_OUT_DIR'
  /** A scope file (scope.ts): render only the pages it names; unset, every page. */
  readonly scope: 'PORTAL_SCOPE'
  /** Astro's cache folder, one per publisher. */
  readonly cacheDir: 'PORTAL_CACHE_DIR'
  /** The portal's public address; unset, https:// and the 网站域名 of the snapshot's settings. */
  readonly siteUrl: 'PORTAL_SITE_URL'
  /** `1`: build the publisher's page renderer instead of the static portal. */
  readonly renderer: 'PORTAL_RENDERER'
}

export type PortalEnvName = (typeof PORTAL_ENV)[keyof typeof PORTAL_ENV]

/** Every variable a portal build reads. */
export declare const PORTAL_BUILD_VARIABLES: readonly PortalEnvName[]
