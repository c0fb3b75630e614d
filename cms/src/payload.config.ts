import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { reviewWorkflow, reviewWorkflowIndexes } from '@gov/review-workflow'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { calendarDeadlineNote, isChinaWorkingDay, startCalendar } from './calendar/chinaCalendar'
import { AnnualReports } from './collections/AnnualReports'
import { DisclosureApplications } from './collections/DisclosureApplications'
import { DisclosureCategories } from './collections/DisclosureCategories'
import { DisclosureCounters } from './collections/DisclosureCounters'
import { HolidayCalendars } from './collections/HolidayCalendars'
import { Interpretations, INTERPRETATION_REVIEWED_FIELDS } from './collections/Interpretations'
import { Policies, POLICY_REVIEWED_FIELDS } from './collections/Policies'
import { submitApplicationEndpoint } from './disclosure/applications/submitEndpoint'
import { healthEndpoint } from './health'
import { submissionStatsEndpoints } from './submissions/endpoints/stats'
import { canFinallyApprove, canSubmit, onFinalApproval } from './workflow/finalApproval'
import { DisclosureSettings } from './globals/DisclosureSettings'
import { Bulletins, BULLETIN_REVIEWED_FIELDS } from './collections/Bulletins'
import { Columns } from './collections/Columns'
import { Commissions } from './collections/Commissions'
import { Instructions } from './collections/Instructions'
import { JournalIssues, JOURNAL_ISSUE_REVIEWED_FIELDS } from './collections/JournalIssues'
import { Journals } from './collections/Journals'
import { SubmissionCategories } from './collections/SubmissionCategories'
import { SubmissionEvents } from './collections/SubmissionEvents'
import { SubmissionFiles } from './collections/SubmissionFiles'
import { SubmissionReceipts } from './collections/SubmissionReceipts'
import { Submissions, SUBMISSION_REVIEWED_FIELDS } from './collections/Submissions'
import { SubmissionSettings } from './globals/SubmissionSettings'
import { OfficeSubmissionSettings } from './collections/OfficeSubmissionSettings'
import { ItProjects } from './collections/ItProjects'
import { MailboxLeaders } from './collections/MailboxLeaders'
import { MessageAttachments } from './collections/MessageAttachments'
import { MessageReplies, MESSAGE_REPLY_REVIEWED_FIELDS } from './collections/MessageReplies'
import { Messages } from './collections/Messages'
import { MessageTypes } from './collections/MessageTypes'
import { InteractionSettings } from './globals/InteractionSettings'
import { interactionAdminViews, interactionNavLinks, officeInteractionEndpoints, officeInteractionTasks } from './interaction/office'
import { publicInteractionEndpoints } from './interaction/public'
import { CheckWords } from './collections/CheckWords'
import { InspectionReports } from './collections/InspectionReports'
import { Leaders } from './collections/Leaders'
import { InspectionSettings } from './globals/InspectionSettings'
import { siteInspectionTask } from './inspection/inspectionTask'
import { Media } from './collections/Media'
import { contentChecks } from './contentSafety/contentChecks'
import { Units } from './collections/Units'
import { FormDefinitions } from './collections/FormDefinitions'
import { FormFilings, FORM_FILING_REVIEWED_FIELDS } from './collections/FormFilings'
import { checkRegisteredLinksTask, RegisteredLinks } from './collections/RegisteredLinks'
import { formWorkflowCode } from './forms/finalApproval'
import { Users } from './collections/Users'
import { SiteSettings } from './globals/SiteSettings'
import { expireArticlesTask } from './publishing/expireArticles'
import { draftMonthlyBulletinsTask } from './submissions/monthlyBulletins'
import { PublishLogs } from './publishing/PublishLogs'
import { publishPortalTask } from './publishing/publishTask'
import { withCollectionAudit, withGlobalAudit } from './audit/auditConfigChange'
import { auditProtection } from './lib/auditProtection'
import { requirePasswordChange } from './auth/requirePasswordChange'
import { smtpEmailAdapter } from './lib/emailAdapter'
import { keepPoolAlive } from './lib/keepPoolAlive'
import { mediaStoragePlugin } from './lib/mediaStorage'
import { adminReadReplicas, databaseUrl, payloadSecret } from './lib/env'
import { chineseApiErrors } from './lib/apiErrorMessages'
import { adminOrigins } from './lib/webOrigins'
import { ROLES } from './lib/roles'
import { migrations } from './migrations'
import { deputiesOf } from './workflow/deputies'
import { defaultDefinitions } from './workflow/definitions'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const readReplicas = adminReadReplicas()

export default buildConfig({
  secret: payloadSecret(),
  // A request carrying the session cookie from any other Origin is served as anonymous (CSRF).
  // No cross-origin API reads: the portal's form posts without cookies (its endpoint sets its own CORS).
  csrf: adminOrigins(),
  cors: adminOrigins(),
  admin: {
    user: Users.slug,
    // No Gravatar: government intranets cannot (and should not) reach it.
    avatar: 'default',
    dateFormat: 'yyyy年M月d日 HH:mm',
    meta: { titleSuffix: ' - 政府网站信息审核发布系统' },
    importMap: { baseDir: path.resolve(dirname) },
    components: {
      graphics: { Logo: '/components/AdminGraphics#AdminLogo', Icon: '/components/AdminGraphics#AdminIcon' },
      afterNavLinks: ['/components/DeadlinesView#DeadlinesNavLink', '/components/SubmissionStatsView#SubmissionStatsNavLink', ...interactionNavLinks],
      views: {
        // 工作台: the person's work, the site's health and publishing, then Payload's collection cards.
        dashboard: { Component: '/components/Workbench#Workbench' },
        disclosureDeadlines: { Component: '/components/DeadlinesView#DeadlinesView', path: '/disclosure/deadlines' },
        submissionStats: { Component: '/components/SubmissionStatsView#SubmissionStatsView', path: '/submission-stats' },
        changePassword: { Component: '/components/ChangePasswordView#ChangePasswordView', path: '/change-password' },
        // Payload's 无权访问 page, replaced: sends an account that must change its password on.
        unauthorized: { Component: '/components/ChangePasswordView#AccountGateView', path: '/unauthorized' },
        ...interactionAdminViews,
      },
    },
  },
  i18n: {
    fallbackLanguage: 'zh',
    supportedLanguages: { zh, en },
  },
  // Payload's own English error texts (Invalid JSON, upload type refusals …) in Chinese.
  hooks: { afterError: [chineseApiErrors] },
  collections: [
    Articles,
    Columns,
    Policies,
    Interpretations,
    DisclosureCategories,
    DisclosureApplications,
    AnnualReports,
    ItProjects,
    Media,
    PublishLogs,
    Units,
    Users,
    Submissions,
    SubmissionReceipts,
    Commissions,
    Instructions,
    Journals,
    JournalIssues,
    Bulletins,
    SubmissionCategories,
    SubmissionFiles,
    SubmissionEvents,
    withCollectionAudit(OfficeSubmissionSettings, '本机构报送考核设置'),
    withCollectionAudit(HolidayCalendars, '节假日安排'),
    DisclosureCounters,
    Messages,
    MessageReplies,
    MessageAttachments,
    withCollectionAudit(MessageTypes, '留言类型'),
    withCollectionAudit(MailboxLeaders, '领导信箱名单'),
    withCollectionAudit(CheckWords, '内容检测词库'),
    withCollectionAudit(Leaders, '领导信息库'),
    InspectionReports,
    withCollectionAudit(FormDefinitions, '表单定义'),
    FormFilings,
    RegisteredLinks,
  ],
  globals: [
    withGlobalAudit(SiteSettings, '网站设置'),
    withGlobalAudit(DisclosureSettings, '政务公开设置'),
    withGlobalAudit(SubmissionSettings, '报送考核设置（默认）'),
    withGlobalAudit(InteractionSettings, '互动交流设置'),
    withGlobalAudit(InspectionSettings, '网站自查设置'),
  ],
  endpoints: [healthEndpoint, submitApplicationEndpoint, ...submissionStatsEndpoints, ...publicInteractionEndpoints, ...officeInteractionEndpoints],
  onInit: async (payload) => {
    // A database restart must not end the admin or the worker.
    keepPoolAlive(payload)
    // The working-day calendar is data: copy the bundled year in on first start, then cache it
    // (quietly nothing before the first migration; the migrating process loads it afterwards).
    await startCalendar(payload)
  },
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: databaseUrl() },
    // The admin's reads may go to replicas (docs/deployment.md); job runners stay on the primary.
    readReplicas,
    // Schema changes only through committed migrations, in development too.
    push: false,
    // Indexes the review engine's queries need on tables Payload derives (workflow_runs_rels).
    afterSchemaInit: [reviewWorkflowIndexes],
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  plugins: [
    // Media files in an S3-compatible bucket when S3_BUCKET is set, in MEDIA_DIR otherwise.
    mediaStoragePlugin(),
    reviewWorkflow({
      collections: {
        articles: {
          classifiedField: 'classified',
          fieldLabels: { involvesLeaders: '涉及领导活动', sensitivity: '信息性质', column: '栏目' },
        },
        'it-projects': { fieldLabels: { amount: '预算金额' }, approvalNote: { zh: '终审通过后立项', en: 'Filed on final approval' } },
        policies: { classifiedField: 'classified', reviewedFields: POLICY_REVIEWED_FIELDS, fieldLabels: { docType: '文件类型' } },
        interpretations: { classifiedField: 'classified', reviewedFields: INTERPRETATION_REVIEWED_FIELDS },
        'annual-reports': {},
        submissions: { reviewedFields: SUBMISSION_REVIEWED_FIELDS, fieldLabels: { type: '信息类型', urgency: '紧急程度' }, approvalNote: { zh: '终审通过后报送上级', en: 'Sent upward on final approval' } },
        'journal-issues': { unitField: 'office', classifiedField: 'classified', reviewedFields: JOURNAL_ISSUE_REVIEWED_FIELDS, approvalNote: { zh: '终审通过即签发', en: 'Signed off on final approval' } },
        bulletins: { unitField: 'office', reviewedFields: BULLETIN_REVIEWED_FIELDS, approvalNote: { zh: '终审通过后印发', en: 'Issued on final approval' } },
        'message-replies': { reviewedFields: MESSAGE_REPLY_REVIEWED_FIELDS, fieldLabels: { toLeader: '写给领导（领导信箱）' }, emergency: false, approvalNote: { zh: '终审通过后答复来信人', en: 'Sent to the writer on final approval' } },
        // Each form names its own route (signers): 表单定义 › 审核流程.
        'form-filings': {
          reviewedFields: FORM_FILING_REVIEWED_FIELDS,
          fieldLabels: { form: '表单' },
          emergency: false,
          definitionCode: formWorkflowCode,
          approvalNote: { zh: '终审通过后报送', en: 'Filed on final approval' },
        },
      },
      roles: [...ROLES],
      defaultDefinitions,
      emergencyRoles: ['leader'],
      isWorkingDay: isChinaWorkingDay,
      deadlineNote: calendarDeadlineNote,
      onFinalApproval,
      canFinallyApprove,
      canSubmit,
      audit: auditProtection,
      deputies: deputiesOf,
      contentChecks,
    }),
    // Last, so it also guards what the plugins above add.
    requirePasswordChange(),
  ],
  email: smtpEmailAdapter(),
  jobs: {
    tasks: [publishPortalTask, expireArticlesTask, draftMonthlyBulletinsTask, ...officeInteractionTasks, siteInspectionTask, checkRegisteredLinksTask],
    // The admin server runs the workflow queue (deadline reminders) itself; portal publishing
    // runs in the worker (`npm run worker`), which `npm start` starts. An admin reading from
    // replicas could claim a job from a stale row: the worker then runs the workflow queue.
    autoRun: readReplicas ? [] : [{ cron: '*/10 * * * *', queue: 'workflow' }],
  },
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
