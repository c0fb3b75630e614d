const IGNORED = new Set(['updatedAt', 'createdAt', 'globalType', '_status', 'id'])

/** Top-level fields whose value differs between two versions of a document or global. */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)])
  return [...keys].filter((key) => !IGNORED.has(key) && JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after[key] ?? null)).sort()
}
