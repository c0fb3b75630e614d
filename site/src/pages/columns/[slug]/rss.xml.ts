import type { APIContext, GetStaticPaths } from 'astro'

import rss from '@astrojs/rss'

import { allColumns, articlesOf, articleUrl, type Column, siteSettings } from '../../../lib/portal'
import { inScope } from '../../../lib/scope'

/** RSS per column: its 50 newest published articles. */
export const getStaticPaths = (async () =>
  (await allColumns()).filter((c) => inScope.column(c.slug)).map((column) => ({ params: { slug: column.slug }, props: { column } }))) satisfies GetStaticPaths

export async function GET(context: APIContext) {
  const { column } = context.props as { column: Column }
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
