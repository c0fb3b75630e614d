import type { APIContext, GetStaticPaths } from 'astro'

import rss from '@astrojs/rss'

import { columnFeed } from '../../../lib/pages/data'
import { routes } from '../../../lib/pages/routes'
import { articlesOf, articleUrl, siteSettings } from '../../../lib/portal'

/** RSS per column: its 50 newest published articles. */
export const getStaticPaths = routes.columnFeed.staticPaths satisfies GetStaticPaths

export async function GET(context: APIContext) {
  const feed = await columnFeed(context.params.slug)
  if (!feed) return new Response(null, { status: 404 })
  const { column } = feed
  const settings = await siteSettings()
  const items = (await articlesOf(column.slug)).slice(0, 50)
  return rss({
    title: `${column.name} - ${settings.siteName}`,
    description: column.description ?? `${settings.siteName}${column.name}`,
    site: context.site ?? 'https://localhost',
    items: items.map((a) => ({
      title: a.title,
      link: articleUrl(a),
      pubDate: a.publishDate,
      description: a.summary ?? undefined,
      author: a.source ?? undefined,
    })),
    customData: '<language>zh-cn</language>',
  })
}
