/**
 * The browser's side of the sharded search index (search-index.mjs): reads the manifest, loads
 * Pagefind from the first shard and merges further shards, newest first, until about
 * FIRST_PAGES pages are searchable; `more()` merges the next MORE_PAGES worth of older shards.
 * A search of a province's whole site therefore starts with the recent years' indexes only.
 * Copied by the index builder into `search-index/client-<digest>.js`.
 */
const FIRST_PAGES = 3000
const MORE_PAGES = 20000

async function readManifest(base) {
  const response = await fetch(`${base}manifest.json`, { cache: 'no-cache' })
  if (!response.ok) throw new Error(`search manifest: ${response.status}`)
  return response.json()
}

/** `manifest`: the one the page already read to find this loader (read here when not given). */
export async function openSearch(base = '/search-index/', { manifest, firstPages = FIRST_PAGES, morePages = MORE_PAGES } = {}) {
  const { shards } = manifest ?? (await readManifest(base))
  if (!shards.length) return { search: async () => ({ results: [] }), more: async () => {}, remaining: () => 0, through: () => null }
  const pagefind = await import(`${base}${shards[0].dir}/pagefind.js`)
  let loaded = 1
  let pages = shards[0].pages
  const mergeUpTo = async (limit) => {
    const batch = []
    while (loaded < shards.length && pages < limit) {
      batch.push(shards[loaded])
      pages += shards[loaded].pages
      loaded += 1
    }
    for (const shard of batch) await pagefind.mergeIndex(`${base}${shard.dir}/`)
  }
  await mergeUpTo(firstPages)
  return {
    search: (query) => pagefind.search(query),
    more: () => mergeUpTo(pages + morePages),
    /** Shards not merged yet. */
    remaining: () => shards.length - loaded,
    /** The oldest period searched so far (`2024` or `2024-05`). */
    through: () => [...shards.slice(0, loaded)].reverse().find((s) => s.key !== 'undated')?.key ?? null,
  }
}
