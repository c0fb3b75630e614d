import type { DeputiesArgs } from '@gov/review-workflow'

/** The deputies (可委托代签人) the security administrator recorded on the delegating signer's account. */
export async function deputiesOf({ req, from }: DeputiesArgs): Promise<(number | string)[]> {
  const signer = await req.payload.findByID({ collection: 'users', id: from.id, depth: 0, overrideAccess: true, req, select: { deputies: true } })
  return (signer.deputies ?? []).map((deputy) => (typeof deputy === 'object' ? deputy.id : deputy))
}
