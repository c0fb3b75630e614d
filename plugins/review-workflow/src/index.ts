import type { CollectionConfig, Config, Field, Payload, PayloadRequest, Plugin } from 'payload'

import { deepMergeSimple } from 'payload/shared'

import { checkpointAuditChain } from './audit/checkpoint'
import { auditLog } from './collections/AuditLog'
import { workflowDefinitions } from './collections/WorkflowDefinitions'
import { workflowNotifications } from './collections/WorkflowNotifications'
import { workflowRuns } from './collections/WorkflowRuns'
import { workflowEndpoints } from './endpoints'
import { remindDeadlines } from './engine/reminders'
import { guardPublish } from './hooks/guardPublish'
import { readReviewStatus } from './hooks/readReviewStatus'
import { voidRunOnEdit } from './hooks/voidRunOnEdit'
import { REVIEW_STATUS_FIELD } from './engine/revisionHash'
import { translations } from './translations'
import { type ReviewWorkflowOptions, type SanitizedOptions, sanitizeOptions } from './options'

export type { AuditAnchor, AuditAnchorStore, AuditProtection, CanFinallyApproveArgs, ContentCheckArgs, ContentFinding, DeputiesArgs, DefinitionInput, FinalApprovalArgs, ReviewWorkflowOptions, SanitizedOptions, SignerSpec, StageInput } from './options'
export { delegate, emergencyPublish, findActiveRun, hasFinalApproval, sign, submit, withdraw, type Run } from './engine/actions'
export { allowedActions, myPending, workflowState } from './engine/state'
export { docsRoutedTo, runsRoutedTo } from './engine/routedTo'
export { mayReadDocument, readableRuns } from './engine/documentAccess'
export { installDefaultDefinitions } from './engine/definitions'
export { verifyAuditChain, type VerifyResult } from './audit/verify'
export { checkpointAuditChain } from './audit/checkpoint'
export { changedFields } from './audit/changedFields'
export { archiveAuditRecords, AUDIT_RETENTION_DAYS, type ArchiveResult } from './audit/archive'
export { recordAuditEvent, clientAddress, type SecurityEvent } from './engine/audit'
export { AUDIT_ACTIONS, AUDIT_ACTION_LABELS, type SecurityAuditAction } from './collections/AuditLog'
export { addWorkingDays } from './engine/workingDays'
export { revisionHash } from './engine/revisionHash'
export { fieldError, userError } from './errors'
export { executeSql, sql } from './engine/sql'
export { remindDeadlines } from './engine/reminders'
export { latestRun, stageRows, type ReviewFormStage } from './reviewForm/formData'
export { RUN_STATUS_LABELS } from './collections/WorkflowRuns'
export { reviewWorkflowIndexes } from './db/schemaIndexes'

/** The plugin's sanitized options, for calling the engine from scripts and other plugins. */
export function workflowOptions(payload: Payload): SanitizedOptions {
  const options = payload.config.custom?.reviewWorkflow as SanitizedOptions | undefined
  if (!options) throw new Error('review-workflow plugin is not installed in this Payload config.')
  return options
}

function withReview(collection: CollectionConfig, options: SanitizedOptions): CollectionConfig {
  if (!options.collections[collection.slug]) return collection
  if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts) {
    throw new Error(`review-workflow: collection "${collection.slug}" needs versions.drafts to be reviewed.`)
  }
  const reviewFields: Field[] = [
    {
      name: 'reviewPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@gov/review-workflow/rsc#WorkflowPanel' } },
    },
    {
      name: REVIEW_STATUS_FIELD,
      type: 'text',
      virtual: true,
      label: { zh: '审核状态', en: 'Review status' },
      admin: { readOnly: true, hidden: true, disableListColumn: false },
      hooks: { afterRead: [readReviewStatus(options, collection.slug)] },
    },
  ]
  return {
    ...collection,
    fields: [...collection.fields, ...reviewFields],
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          PublishButton: { path: '@gov/review-workflow/rsc#ReviewPublishNote', serverProps: { note: options.collections[collection.slug].approvalNote } },
        },
      },
      defaultColumns: collection.admin?.defaultColumns ? [...collection.admin.defaultColumns, REVIEW_STATUS_FIELD] : undefined,
    },
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), guardPublish(options, collection.slug)],
      afterChange: [...(collection.hooks?.afterChange ?? []), voidRunOnEdit(options, collection.slug)],
    },
  }
}

/**
 * Multi-stage review for Payload collections: definitions as data, frozen routes, signed
 * opinions bound to a revision hash, separation of duties, a publish gate on every path and
 * an SM3-chained, append-only audit log.
 */
export const reviewWorkflow =
  (pluginOptions: ReviewWorkflowOptions): Plugin =>
  (config: Config): Config => {
    const options = sanitizeOptions(pluginOptions, config)
    const collections = [
      ...(config.collections ?? []),
      workflowDefinitions(options),
      workflowRuns(options),
      auditLog(options),
      workflowNotifications(options),
    ]
    const jobs = {
      ...config.jobs,
      tasks: [
        ...(config.jobs?.tasks ?? []),
        {
          slug: 'workflowReminders',
          label: '审核时限提醒',
          // Hourly; the host decides where jobs run (autoRun or a worker on the `workflow` queue).
          schedule: [{ cron: '0 * * * *', queue: 'workflow' }],
          handler: async ({ req }: { req: PayloadRequest }) => ({ output: { notified: await remindDeadlines(req, options) } }),
        },
        {
          slug: 'auditCheckpoint',
          label: '审计链检查点',
          // The newest record is anchored outside the database, so deleting it is noticed.
          schedule: [{ cron: '*/10 * * * *', queue: 'workflow' }],
          handler: async ({ req }: { req: PayloadRequest }) => ({ output: { anchor: await checkpointAuditChain(req.payload, options) } }),
        },
      ],
    } as Config['jobs']
    // A disabled plugin keeps its schema, so migrations stay the same.
    const custom = { ...config.custom, reviewWorkflow: options }
    if (options.disabled) return { ...config, collections, custom, jobs }
    return {
      ...config,
      custom,
      jobs,
      collections: collections.map((c) => withReview(c, options)),
      endpoints: [...(config.endpoints ?? []), ...workflowEndpoints(options)],
      i18n: { ...config.i18n, translations: deepMergeSimple(translations, config.i18n?.translations ?? {}) },
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '@gov/review-workflow/rsc#PendingNavLink'],
          views: {
            ...config.admin?.components?.views,
            workflowPending: { Component: '@gov/review-workflow/rsc#PendingView', path: '/workflow/pending' },
          },
        },
      },
    }
  }
