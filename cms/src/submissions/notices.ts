/**
 * In-app notices of the submission line, in the workflow's notification list (the bell the
 * admin already shows): an office learns what arrived, a unit learns what became of its item.
 */
import type { PayloadRequest } from 'payload'

type Notice = { unit: number; roles: string[]; kind: 'assigned' | 'approved' | 'returned'; title: string; message: string; link: string }

export async function noticeUnit(req: PayloadRequest, notice: Notice): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ unit: { equals: notice.unit } }, { roles: { in: notice.roles } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { email: true },
  })
  for (const user of docs) {
    await req.payload.create({
      collection: 'workflow-notifications',
      overrideAccess: true,
      req,
      data: { recipient: user.id, kind: notice.kind, title: notice.title, message: notice.message, link: notice.link, read: false },
    })
  }
}

export const receiptLink = (req: PayloadRequest, id: number | string) => `${req.payload.config.routes.admin}/collections/submission-receipts/${id}`
export const submissionLink = (req: PayloadRequest, id: number | string) => `${req.payload.config.routes.admin}/collections/submissions/${id}`
