import type { TaskConfig } from 'payload'

import { enqueuePublish } from './enqueuePublish'
import { publishPortal } from './publishPortal'

/** The `publishPortal` job, run by the worker (`npm run worker`) on the `publish` queue. */
export const publishPortalTask = {
  slug: 'publishPortal',
  label: '发布门户网站',
  inputSchema: [{ name: 'trigger', type: 'text' }],
  outputSchema: [
    { name: 'status', type: 'text' },
    { name: 'pages', type: 'number' },
  ],
  retries: 2,
  handler: async ({ input, req }) => {
    const trigger = (input as { trigger?: string }).trigger ?? '发布'
    const result = await publishPortal(req.payload, { trigger })
    if (result.status === 'failed') throw new Error(result.error)
    // Another worker held the lock: publish again after it, so this change is not missed.
    if (result.status === 'skipped') await enqueuePublish(req, trigger)
    return { output: { status: result.status, pages: result.pages ?? 0 } }
  },
} as TaskConfig
