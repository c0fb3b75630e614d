/**
 * The contract between the CMS (`cms/`) and the portal (`site/`): what the CMS's export writes and
 * the site reads, said once.
 *
 * - `snapshot/`: a zod schema of every file of the content snapshot. `X` is what the site reads
 *   (z.output: dates as Date), `XJson` what the CMS writes (z.input: dates as ISO strings), so a
 *   field added on one side only fails the typecheck of the other.
 * - `scope.ts`: the scope file of an incremental render (PORTAL_SCOPE), validated when read.
 * - `urls.js`: the paths of every page type, and the section folders of a built portal.
 * - `env.js`, `files.js`: the names of the build's environment variables and the snapshot's files.
 *
 * The last three are plain JavaScript with types beside them, so the site's scripts that run
 * under plain `node` import them too (`@gov/portal-contract/urls`, `/env`, `/files`).
 * Depends on zod only; the CMS never imports the site, and neither imports the other here.
 */
export { z } from 'zod'

export * from './env'
export * from './files'
export * from './scope'
export * from './snapshot/articles'
export * from './snapshot/dates'
export * from './snapshot/disclosure'
export * from './snapshot/image'
export * from './snapshot/interaction'
export * from './snapshot/manifest'
export * from './snapshot/portal'
export * from './snapshot/schemas'
export * from './snapshot/submissionLine'
export * from './urls'
