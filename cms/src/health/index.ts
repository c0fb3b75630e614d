export { healthEndpoint } from './endpoint'
export { healthReport, runHealthChecks } from './runHealthChecks'
export { healthSettings } from './settings'
export type { CheckName, HealthChecks, HealthReport } from './types'
