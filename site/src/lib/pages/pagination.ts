/**
 * The portal's paginated lists (a column's articles, catalog items, journal issues, published
 * replies): which pages a list has and what one of them shows. The static build and the
 * publisher's page renderer both get a list page from here, so both write the same HTML.
 *
 * Page 1 of a list lives at the list's own address (`/columns/yaowen/`), page n at
 * `/columns/yaowen/n/`: the `[...page]` param is absent on page 1 and "n" after it.
 */

/** One page of a list: what the list pages and Pager.astro show. */
export type ListPage<T> = {
  /** The items on this page. */
  data: T[]
  /** From 1. */
  currentPage: number
  lastPage: number
  /** Items in the whole list. */
  total: number
  /** Links to the neighbouring pages (as the pager prints them: no trailing slash). */
  url: { prev?: string; next?: string }
}

/** How many pages a list of `total` items takes: an empty list still has its first page. */
export const pageCount = (total: number, size: number) => Math.max(1, Math.ceil(total / size))

/** The `[...page]` param of page `number`. */
export const pageParam = (number: number) => (number === 1 ? undefined : String(number))

/**
 * The page number a `[...page]` param names: none is page 1, "2", "3" … the later ones.
 * Anything else ("1", "02", "x", "2/3") names no page: null.
 */
export function pageNumber(param: string | undefined): number | null {
  if (param === undefined) return 1
  return /^[1-9]\d*$/.test(param) && param !== '1' ? Number(param) : null
}

/** Where page `number` of the list at `base` (e.g. `/columns/yaowen`, no trailing slash) is linked. */
const pageUrl = (base: string, number: number) => (number === 1 ? base : `${base}/${number}`)

/**
 * Page `number` (from 1) of `items`, `size` a page, for the list at `base` (its address
 * without a trailing slash); null when the list has no such page.
 */
export function listPage<T>(items: T[], { base, size, number }: { base: string; size: number; number: number | null }): ListPage<T> | null {
  const lastPage = pageCount(items.length, size)
  if (number === null || number < 1 || number > lastPage) return null
  return {
    data: items.slice((number - 1) * size, number * size),
    currentPage: number,
    lastPage,
    total: items.length,
    url: {
      prev: number > 1 ? pageUrl(base, number - 1) : undefined,
      next: number < lastPage ? pageUrl(base, number + 1) : undefined,
    },
  }
}
