import type { CollectionAfterChangeHook } from 'payload'

type Rel = number | { id: number } | null | undefined
const idOf = (v: Rel) => (v && typeof v === 'object' ? v.id : v ?? null)

/** A message's pictures are read by whoever reads the message: they follow it to its unit. */
export const syncAttachmentUnit: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const unit = idOf(doc.unit as Rel)
  if (String(unit) === String(idOf(previousDoc?.unit as Rel))) return doc
  await req.payload.update({
    collection: 'message-attachments',
    where: { message: { equals: doc.id } },
    data: { unit },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc
}
