import type { TaskConfig } from 'payload'

import { runInspection } from './runInspection'

/** Daily at 7:30 China time on the `workflow` queue, which the admin server runs. */
export const siteInspectionTask = {
  slug: 'siteInspection',
  label: '网站自查',
  schedule: [{ cron: '30 23 * * *', queue: 'workflow' }],
  outputSchema: [
    { name: 'vetoes', type: 'number' },
    { name: 'warnings', type: 'number' },
  ],
  handler: async ({ req }) => {
    const outcome = await runInspection(req, '每日自动')
    return { output: { vetoes: outcome.vetoes, warnings: outcome.warnings } }
  },
} as TaskConfig
