import type { CollectionBeforeValidateHook, CollectionSlug } from 'payload'

import { fieldError } from '../errors'
import { type Condition, type KnownField, validateGroup } from '../engine/conditions'
import { conditionFields, translateLabel } from '../labels'
import type { SanitizedOptions } from '../options'

type StageData = {
  label?: string
  signerType?: 'role' | 'relative' | 'users'
  role?: string | null
  users?: unknown[] | null
  conditions?: Condition[] | null
  match?: 'all' | 'any'
}

/**
 * Refuses a definition naming an unknown role or field, or a stage without signers, with a
 * Chinese message on the offending row.
 */
export const validateDefinition =
  (options: SanitizedOptions): CollectionBeforeValidateHook =>
  ({ data, req, originalDoc }) => {
    if (!data) return data
    const collection = (data.collection ?? originalDoc?.collection) as string | undefined
    const stages = (data.stages ?? originalDoc?.stages ?? []) as StageData[]
    const errors: { path: string; message: string }[] = []
    const target = collection ? req.payload.collections[collection as CollectionSlug] : undefined
    if (collection && !target) errors.push({ path: 'collection', message: `内容类型“${collection}”不存在。` })
    const knownFields = target ? target.config.flattenedFields.map((f) => f.name) : []
    const offered: Record<string, KnownField> = target
      ? Object.fromEntries(conditionFields(target.config.fields, { fieldLabels: options.collections[collection!]?.fieldLabels }).map((f) => [f.value, f]))
      : {}
    const roleName = (role: string) => translateLabel(options.roleLabels[role], 'zh', role)

    stages.forEach((stage, i) => {
      const where = `第 ${i + 1} 个环节“${stage.label ?? ''}”`
      if (stage.signerType !== 'users' && !options.roles.includes(String(stage.role ?? ''))) {
        errors.push({
          path: `stages.${i}.role`,
          message: stage.role
            ? `${where}：角色“${stage.role}”不存在。可选角色：${options.roles.map(roleName).join('、')}。`
            : `${where}：请选择签发人的角色。`,
        })
      }
      if (stage.signerType === 'users' && !(stage.users && stage.users.length > 0)) {
        errors.push({ path: `stages.${i}.users`, message: `${where}：请至少指定一名签发人。` })
      }
      if (target && stage.conditions?.length) {
        for (const message of validateGroup({ match: stage.match ?? 'all', conditions: stage.conditions }, knownFields, offered)) {
          errors.push({ path: `stages.${i}.conditions`, message: `${where}：${message}` })
        }
      }
    })
    if (errors.length) throw fieldError(options.slugs.definitions, errors, req)
    return data
  }
