import { fileURLToPath } from 'node:url'

/**
 * An Astro adapter for the publisher's warm page renderer: built once with `output: 'server'`,
 * its bundle renders any page of the portal on demand through Astro's own App, so an
 * incremental publish renders the few pages a change affects without a Vite/Rollup build.
 * The server entry (pageRendererEntry.mjs) exports `renderPages`.
 *
 * @returns {import('astro').AstroIntegration}
 */
export function pageRenderer() {
  return {
    name: 'page-renderer',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'page-renderer',
          serverEntrypoint: fileURLToPath(new URL('./pageRendererEntry.mjs', import.meta.url)),
          exports: ['renderPages'],
          supportedAstroFeatures: { serverOutput: 'stable', staticOutput: 'stable', hybridOutput: 'stable', sharpImageService: 'stable' },
        })
      },
    },
  }
}
