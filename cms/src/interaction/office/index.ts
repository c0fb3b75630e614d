import type { AdminViewConfig, Endpoint, TaskConfig } from 'payload'

import { interactionAlarmsTask } from './alarms'
import { messagesOfficeEndpoints } from './endpoints'
import { DEADLINES_PATH, STATS_PATH } from './paths'

export { runInteractionAlarms } from './alarms'

/**
 * The interaction office's tooling: deadline lists, alarms, statistics.
 *
 * `messagesOfficeEndpoints` (GET /api/messages/deadlines, GET /api/messages/stats) must sit in
 * the `messages` collection's `endpoints`: Payload sends /api/messages/* to that collection's
 * endpoints only, never to the root list. `officeInteractionEndpoints` (root) has none.
 */
export { messagesOfficeEndpoints }
export const officeInteractionEndpoints: Endpoint[] = []
export const officeInteractionTasks: TaskConfig[] = [interactionAlarmsTask]
export const interactionAdminViews: Record<string, AdminViewConfig> = {
  interactionDeadlines: { Component: '/components/InteractionDeadlinesView#InteractionDeadlinesView', path: DEADLINES_PATH },
  interactionStats: { Component: '/components/InteractionStatsView#InteractionStatsView', path: STATS_PATH },
}
export const interactionNavLinks: string[] = [
  '/components/InteractionDeadlinesView#InteractionDeadlinesNavLink',
  '/components/InteractionStatsView#InteractionStatsNavLink',
]
