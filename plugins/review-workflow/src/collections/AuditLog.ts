import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import { auditExportEndpoint } from '../endpoints/auditExport'
import { userError } from '../errors'
import { hasRoleIn } from '../access/hasRoleIn'
import { never } from '../access/never'
import { auditContent, chainHash, GENESIS, recordMac } from '../audit/chain'
import { HASH_ALGORITHM } from '../engine/hash'
import { executeSql, sql } from '../engine/sql'
import type { SanitizedOptions } from '../options'

export const AUDIT_ACTIONS = [
  'submit',
  'approve',
  'reject',
  'return',
  'withdraw',
  'delegate',
  'emergency',
  'void',
  'publish',
  'file',
  'login',
  'loginFailed',
  'lockout',
  'unlock',
  'logout',
  'userCreate',
  'userUpdate',
  'userDelete',
  'roleChange',
  'passwordChange',
  'passwordReset',
  'emailChange',
  'configChange',
  'personalDataRead',
  'personalDataExport',
  'mediaReplace',
  'auditExport',
  'auditArchive',
  'caseHandling',
] as const

/** Actions that concern accounts, settings and data rather than one item's review. */
export type SecurityAuditAction = Exclude<(typeof AUDIT_ACTIONS)[number], 'submit' | 'approve' | 'reject' | 'return' | 'withdraw' | 'emergency' | 'void' | 'publish' | 'file'>

export const AUDIT_ACTION_LABELS: Record<(typeof AUDIT_ACTIONS)[number], string> = {
  submit: '提交审核',
  approve: '同意',
  reject: '不同意',
  return: '退回修改',
  withdraw: '撤回',
  delegate: '委托',
  emergency: '紧急发布',
  void: '作废（内容已修改）',
  publish: '发布',
  file: '备案',
  login: '登录',
  loginFailed: '登录失败',
  lockout: '账号锁定',
  unlock: '账号解锁',
  logout: '退出登录',
  userCreate: '创建账号',
  userUpdate: '修改账号',
  userDelete: '删除账号',
  roleChange: '角色变更',
  passwordChange: '修改密码',
  passwordReset: '重置密码',
  emailChange: '修改邮箱',
  configChange: '配置变更',
  personalDataRead: '查阅个人信息',
  personalDataExport: '导出个人信息',
  mediaReplace: '替换媒体文件',
  auditExport: '导出审计记录',
  auditArchive: '归档审计记录',
  caseHandling: '办件处理',
}

export const AUDIT_OUTCOMES = ['success', 'failure'] as const

/** Appends to the chain: the only write an audit record ever gets. */
const chainAuditRecord =
  (options: SanitizedOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create') throw userError('审计记录只能追加，不能修改。', 403)
    // Serialise appends so every record links to exactly one predecessor.
    await executeSql(req, sql`select pg_advisory_xact_lock(hashtext('review-workflow:audit-log'))`)
    const last = await req.payload.find({
      collection: options.slugs.audit,
      sort: '-seq',
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const previous = last.docs[0] as unknown as Record<string, unknown> | undefined
    data.seq = previous ? Number(previous.seq) + 1 : 1
    data.prevHash = previous ? String(previous.hash) : GENESIS
    data.at = data.at ?? new Date().toISOString()
    data.algorithm = HASH_ALGORITHM
    data.hash = chainHash(auditContent(data))
    const key = options.audit.macKey()
    if (key) data.mac = recordMac(key, String(data.hash))
    // The previous record is committed unless this same request wrote it (the advisory lock
    // waits for other transactions), so it can be anchored outside the database now.
    const written = ((req.context.auditSeqsWritten as number[] | undefined) ??= [])
    if (previous && !written.includes(Number(previous.seq))) {
      options.audit.anchors?.append({ seq: Number(previous.seq), hash: String(previous.hash), at: new Date().toISOString() })
    }
    written.push(data.seq)
    return data
  }

const refuseDelete: CollectionBeforeDeleteHook = () => {
  throw userError('审计记录不能删除。', 403)
}

/**
 * Append-only audit trail. Read by the audit administrator alone (三员分立); nobody updates
 * or deletes a record through any API — the hooks refuse it even with overrideAccess.
 */
export function auditLog(options: SanitizedOptions): CollectionConfig {
  const roleCodes = { path: '@gov/review-workflow/client#CodeLabels', clientProps: { labels: options.roleLabels } }
  const collectionCodes = { path: '@gov/review-workflow/client#CodeLabels', clientProps: { labels: options.collectionLabels } }
  const stageNumber = '@gov/review-workflow/client#StageNumber'
  return {
    slug: options.slugs.audit,
    labels: { singular: { zh: '审计日志', en: 'Audit record' }, plural: { zh: '审计日志', en: 'Audit log' } },
    admin: {
      // A record is named by its number: the action is a code, shown by its label in its own field.
      useAsTitle: 'seq',
      defaultColumns: ['seq', 'at', 'actorName', 'action', 'outcome', 'subject', 'docCollection', 'docId', 'clientAddress'],
      listSearchableFields: ['actorName', 'subject', 'detail', 'opinion', 'clientAddress'],
      group: { zh: '审核', en: 'Review' },
      components: { beforeList: ['@gov/review-workflow/rsc#AuditExportForm'] },
    },
    access: { read: hasRoleIn(options.userRolesField, options.auditReaderRoles), create: never, update: never, delete: never },
    defaultSort: '-seq',
    endpoints: [auditExportEndpoint(options)],
    hooks: { beforeChange: [chainAuditRecord(options)], beforeDelete: [refuseDelete] },
    fields: [
      { name: 'seq', type: 'number', unique: true, index: true, label: { zh: '序号', en: 'Seq' } },
      { name: 'at', type: 'date', required: true, index: true, label: { zh: '时间', en: 'Time' }, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm:ss' } } },
      { name: 'actor', type: 'relationship', relationTo: options.usersCollection as never, label: { zh: '操作人', en: 'Actor' } },
      { name: 'actorName', type: 'text', label: { zh: '操作人姓名', en: 'Actor name' } },
      { name: 'actingFor', type: 'relationship', relationTo: options.usersCollection as never, label: { zh: '代理', en: 'Acting for' } },
      { name: 'actingForName', type: 'text', label: { zh: '被代理人', en: 'Acting for (name)' } },
      { name: 'roles', type: 'text', label: { zh: '角色', en: 'Roles' }, admin: { components: { Field: roleCodes, Cell: roleCodes } } },
      { name: 'unit', type: 'text', label: { zh: '单位', en: 'Unit' } },
      {
        name: 'action',
        type: 'select',
        required: true,
        index: true,
        label: { zh: '操作', en: 'Action' },
        options: AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] })),
      },
      {
        name: 'outcome',
        type: 'select',
        label: { zh: '结果', en: 'Outcome' },
        options: [
          { value: 'success', label: { zh: '成功', en: 'Success' } },
          { value: 'failure', label: { zh: '失败', en: 'Failure' } },
        ],
      },
      { name: 'subject', type: 'text', index: true, label: { zh: '操作对象', en: 'Subject' } },
      { name: 'detail', type: 'textarea', label: { zh: '详情', en: 'Detail' } },
      { name: 'docCollection', type: 'text', index: true, label: { zh: '内容类型', en: 'Collection' }, admin: { components: { Field: collectionCodes, Cell: collectionCodes } } },
      { name: 'docId', type: 'text', index: true, label: { zh: '内容编号', en: 'Document' } },
      { name: 'runId', type: 'text', label: { zh: '审核记录', en: 'Run' } },
      { name: 'stage', type: 'number', label: { zh: '环节', en: 'Stage' }, admin: { components: { Field: stageNumber, Cell: stageNumber } } },
      { name: 'opinion', type: 'textarea', label: { zh: '意见', en: 'Opinion' } },
      { name: 'revisionHash', type: 'text', label: { zh: '版本摘要', en: 'Revision hash' } },
      { name: 'clientAddress', type: 'text', label: { zh: '客户端地址', en: 'Client address' } },
      { name: 'prevHash', type: 'text', required: true, label: { zh: '前序摘要', en: 'Previous hash' } },
      { name: 'hash', type: 'text', required: true, label: { zh: '摘要', en: 'Hash' } },
      { name: 'algorithm', type: 'text', label: { zh: '算法', en: 'Algorithm' } },
      { name: 'mac', type: 'text', label: { zh: '密钥签名', en: 'MAC' }, admin: { description: { zh: '以数据库之外保存的密钥对摘要所作的签名（HMAC），改写整条链而无密钥时无法伪造。', en: 'HMAC of the hash with a key kept outside the database.' } } },
    ],
  }
}
