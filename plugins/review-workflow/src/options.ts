import type { CollectionSlug, Config, Payload, PayloadRequest } from 'payload'

import type { Condition } from './engine/conditions'
import { collectionLabelsFromConfig, type LabelText, roleLabelsFromConfig } from './labels'
import { weekdaysOnly } from './engine/workingDays'

/** Who may sign a stage. */
export type SignerSpec =
  /** Users holding `role`, optionally only those of one unit (by id or by organisation code). */
  | { type: 'role'; role: string; unit?: number | string; unitCode?: string }
  /** Users holding `role` in the author's unit, e.g. the head of the author's unit. */
  | { type: 'relative'; role: string }
  /** Named users. */
  | { type: 'users'; users: (number | string)[] }

export type StageInput = {
  label: string
  signers: SignerSpec
  /** one: a single designated signer; all: every signer (会签); any: any one of them. @default 'any' */
  mode?: 'one' | 'all' | 'any'
  /** Working days the stage may take. */
  deadlineDays?: number
  /** The stage applies only when the document matches. */
  when?: { match?: 'all' | 'any'; conditions: Condition[] }
  /** Review points answered with the signature (准确性, 完整性 …). */
  checklist?: string[]
}

export type DefinitionInput = {
  code: string
  name: string
  collection: string
  stages: StageInput[]
}

export type ReviewedCollectionOptions = {
  /** Fields a signature covers. @default every field but system fields */
  reviewedFields?: string[]
  /** Checkbox field marking classified (涉密) items, which are never published. */
  classifiedField?: string
  /** Relationship field with the item's unit. @default 'unit' */
  unitField?: string
  /** Field labels used when conditions are described. */
  fieldLabels?: Record<string, string>
  /** Relationship field with the item's writer (录入人), to whom no stage is delegated. @default 'createdBy' */
  writerField?: string
  /** Whether an emergency role may publish these items before review ends (e.g. not an answer to a citizen). @default true */
  emergency?: boolean
  /**
   * The code of the definition a document is reviewed by, asked at submission — for a
   * collection whose documents follow different routes (e.g. forms, each naming its own
   * signers). Nothing: the collection's active definition. @default none
   */
  definitionCode?: (args: CanFinallyApproveArgs) => Promise<string | null | undefined> | string | null | undefined
  /** What final approval does to an item, shown where Payload's Publish button would be. @default 终审通过后自动发布 / Published on final approval */
  approvalNote?: { zh: string; en: string }
}

export type FinalApprovalArgs = {
  payload: Payload
  req: PayloadRequest
  collection: string
  docId: string
  runId: number | string
  emergency: boolean
}

export type CanFinallyApproveArgs = {
  req: PayloadRequest
  collection: string
  docId: string
  /** The revision about to be approved (latest draft, depth 0). */
  doc: Record<string, unknown>
}

/** A checkpoint of the audit chain: the record with sequence number `seq` had hash `hash`. */
export type AuditAnchor = { seq: number; hash: string; at: string }

/**
 * Where checkpoints of the audit chain are kept outside the database, so that deleting the
 * newest records (or rewriting the whole chain) is noticed by the verification.
 */
export type AuditAnchorStore = {
  append: (anchor: AuditAnchor) => void
  read: () => AuditAnchor[]
}

export type AuditProtection = {
  /** Key of the records' HMAC, kept outside the database; none: records carry no MAC. */
  macKey?: () => string | undefined
  /** Checkpoints kept outside the database. */
  anchors?: AuditAnchorStore
}

export type ReviewWorkflowOptions = {
  /** Collections routed through review (they must have drafts enabled). */
  collections: Record<string, ReviewedCollectionOptions>
  /** Every role a definition may name; a definition naming another is refused on save. */
  roles: string[]
  /**
   * How the definition editor, the run's route and the audit log name the roles, e.g.
   * `{ unitHead: { zh: '单位负责人', en: 'Unit head' } }`.
   * @default the option labels of the users collection's roles select field
   */
  roleLabels?: Record<string, LabelText>
  /** Auth collection of signers. @default 'users' */
  usersCollection?: string
  /** Field on users listing their roles. @default 'roles' */
  userRolesField?: string
  /** Relationship field on users with their unit. @default 'unit' */
  userUnitField?: string
  /** Collection of units, with an organisation `code` field. @default 'units' */
  unitsCollection?: string
  /** Roles that read the audit log (三员分立: the audit administrator). @default ['auditAdmin'] */
  auditReaderRoles?: string[]
  /** Roles that edit workflow definitions. @default ['sysAdmin'] */
  definitionEditorRoles?: string[]
  /**
   * Roles that read the release register (发布登记簿: every item published after final
   * approval, with its final signer), as JSON or as an Excel workbook.
   * @default ['reviewer', 'leader', 'auditAdmin']
   */
  registerReaderRoles?: string[]
  /** Roles that may publish before review is complete. @default ['leader'] */
  emergencyRoles?: string[]
  /** Working days within which an emergency-published item must finish review. @default 2 */
  emergencyReviewDays?: number
  /** Definitions used for a collection that has none in the database. */
  defaultDefinitions?: DefinitionInput[]
  /** One person signs at most one stage of a run. @default true */
  oneStagePerSigner?: boolean
  /** Working-day calendar for deadlines. @default Monday–Friday */
  isWorkingDay?: (day: Date) => boolean
  /**
   * A note on a computed stage deadline, stored with the run (`stageDueNote`) and shown beside
   * it — e.g. that the calendar has no holiday data for a year the count ran into.
   */
  deadlineNote?: (start: Date, due: Date) => string | null | undefined
  /** Called in the approving transaction once an item may be published. */
  onFinalApproval?: (args: FinalApprovalArgs) => Promise<void> | void
  /**
   * Asked, in the approving transaction, before the last signature of a run (or a filing
   * without stages) is recorded: return a message (shown to the signer, status 409) to refuse
   * final approval, or nothing to allow it. E.g. a policy whose interpretation is not approved
   * yet (同步公开). Other stages are not affected.
   */
  canFinallyApprove?: (args: CanFinallyApproveArgs) => Promise<string | null | undefined | void> | string | null | undefined | void
  /**
   * Asked, in the submitting transaction, before a run starts: return a message (shown to the
   * author, status 409) to refuse the submission, or nothing to allow it. E.g. an item already
   * sent on by the host, whose content may not change any more.
   */
  canSubmit?: (args: CanFinallyApproveArgs) => Promise<string | null | undefined | void> | string | null | undefined | void
  /** Hours before a stage's deadline when its signers get a reminder. @default 24 */
  reminderHours?: number
  /**
   * Roles that never sign and never receive a delegation (三员分立: the system, security and
   * audit administrators). @default ['sysAdmin', 'secAdmin', 'auditAdmin']
   */
  nonSigningRoles?: string[]
  /**
   * Configured deputies (代签人) a signer may delegate to beyond the colleagues of their own
   * unit who hold the stage's role, e.g. a 副局长 for a 局长. The other delegation rules still
   * apply (never 三员, the writer or the submitter). @default none
   */
  deputies?: (args: DeputiesArgs) => Promise<(number | string)[]> | (number | string)[]
  /** Protection of the audit chain beyond its hashes (a keyed MAC, checkpoints). @default none */
  audit?: AuditProtection
  /**
   * Content checks (内容安全检测) of the revision being submitted, signed or emergency-published.
   * A `block` finding refuses the action until the text changes; `warn` findings let a signer
   * approve only with a reason, which is kept with the signature, on the audit chain and on the
   * printed review form. @default none
   */
  contentChecks?: (args: ContentCheckArgs) => Promise<ContentFinding[]> | ContentFinding[]
  /** Keep the schema but skip hooks and endpoints. @default false */
  disabled?: boolean
}

export type ContentCheckArgs = {
  req: PayloadRequest
  collection: string
  /** The revision checked (latest draft, depth 0). */
  doc: Record<string, unknown>
}

/** One thing the content checks found, with the matched text and a little context. */
export type ContentFinding = {
  /** Machine name of the check, e.g. idNumber. */
  kind: string
  /** Its label, e.g. 身份证号码. */
  kindLabel: string
  severity: 'block' | 'warn'
  /** Label of the field it was found in. */
  field: string
  /** The matched text (masked where it is a personal number). */
  match: string
  before: string
  after: string
  /** What is wrong and what to do. */
  message: string
}

export type DeputiesArgs = {
  req: PayloadRequest
  /** The signer who delegates. */
  from: { id: number | string } & Record<string, unknown>
  collection: string
  docId: string
  /** Label of the stage delegated. */
  stage: string
}

export type SanitizedOptions = Required<Omit<ReviewWorkflowOptions, 'onFinalApproval' | 'canFinallyApprove' | 'canSubmit' | 'deadlineNote' | 'audit' | 'deputies' | 'contentChecks'>> & {
  deputies?: ReviewWorkflowOptions['deputies']
  contentChecks?: ReviewWorkflowOptions['contentChecks']
  audit: { macKey: () => string | undefined; anchors?: AuditAnchorStore }
  canSubmit?: ReviewWorkflowOptions['canSubmit']
  deadlineNote?: ReviewWorkflowOptions['deadlineNote']
  onFinalApproval?: ReviewWorkflowOptions['onFinalApproval']
  canFinallyApprove?: ReviewWorkflowOptions['canFinallyApprove']
  slugs: { definitions: CollectionSlug; runs: CollectionSlug; audit: CollectionSlug; notifications: CollectionSlug }
  /** Labels of the host's collections by slug (their singular label), for showing a slug. */
  collectionLabels: Record<string, LabelText>
}

export function sanitizeOptions(options: ReviewWorkflowOptions, config: Pick<Config, 'collections'> = {}): SanitizedOptions {
  const usersCollection = options.usersCollection ?? 'users'
  const userRolesField = options.userRolesField ?? 'roles'
  return {
    collections: options.collections,
    roles: options.roles,
    roleLabels: { ...roleLabelsFromConfig(config, usersCollection, userRolesField), ...options.roleLabels },
    collectionLabels: collectionLabelsFromConfig(config.collections ?? []),
    usersCollection,
    userRolesField,
    userUnitField: options.userUnitField ?? 'unit',
    unitsCollection: options.unitsCollection ?? 'units',
    auditReaderRoles: options.auditReaderRoles ?? ['auditAdmin'],
    definitionEditorRoles: options.definitionEditorRoles ?? ['sysAdmin'],
    registerReaderRoles: options.registerReaderRoles ?? ['reviewer', 'leader', 'auditAdmin'],
    emergencyRoles: options.emergencyRoles ?? ['leader'],
    emergencyReviewDays: options.emergencyReviewDays ?? 2,
    reminderHours: options.reminderHours ?? 24,
    nonSigningRoles: options.nonSigningRoles ?? ['sysAdmin', 'secAdmin', 'auditAdmin'],
    deputies: options.deputies,
    contentChecks: options.contentChecks,
    defaultDefinitions: options.defaultDefinitions ?? [],
    oneStagePerSigner: options.oneStagePerSigner ?? true,
    isWorkingDay: options.isWorkingDay ?? weekdaysOnly,
    onFinalApproval: options.onFinalApproval,
    canFinallyApprove: options.canFinallyApprove,
    canSubmit: options.canSubmit,
    deadlineNote: options.deadlineNote,
    audit: { macKey: options.audit?.macKey ?? (() => undefined), anchors: options.audit?.anchors },
    disabled: options.disabled ?? false,
    slugs: {
      definitions: 'workflow-definitions' as CollectionSlug,
      runs: 'workflow-runs' as CollectionSlug,
      audit: 'audit-log' as CollectionSlug,
      notifications: 'workflow-notifications' as CollectionSlug,
    },
  }
}
