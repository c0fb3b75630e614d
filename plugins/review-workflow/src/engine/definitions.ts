import type { PayloadRequest } from 'payload'

import { userError } from '../errors'
import type { Condition } from './conditions'
import type { DefinitionInput, SanitizedOptions, SignerSpec, StageInput } from '../options'

export type NormalizedStage = Required<Omit<StageInput, 'when' | 'deadlineDays'>> & {
  deadlineDays: number | null
  when: { match: 'all' | 'any'; conditions: Condition[] }
}
export type NormalizedDefinition = { code: string; name: string; stages: NormalizedStage[] }

type StoredStage = {
  label: string
  signerType: 'role' | 'relative' | 'users'
  role?: string | null
  unit?: number | { id: number } | null
  unitCode?: string | null
  users?: (number | { id: number })[] | null
  mode?: 'one' | 'all' | 'any' | null
  deadlineDays?: number | null
  match?: 'all' | 'any' | null
  conditions?: Condition[] | null
  checklist?: { item: string }[] | null
}

const idOf = (v: number | { id: number } | null | undefined) => (v && typeof v === 'object' ? v.id : (v ?? undefined))

function fromStored(stage: StoredStage): NormalizedStage {
  let signers: SignerSpec
  if (stage.signerType === 'users') signers = { type: 'users', users: (stage.users ?? []).map((u) => idOf(u)!) }
  else if (stage.signerType === 'relative') signers = { type: 'relative', role: String(stage.role) }
  else signers = { type: 'role', role: String(stage.role), unit: idOf(stage.unit), unitCode: stage.unitCode ?? undefined }
  return {
    label: stage.label,
    signers,
    mode: stage.mode ?? 'any',
    deadlineDays: stage.deadlineDays ?? null,
    when: { match: stage.match ?? 'all', conditions: (stage.conditions ?? []).map(({ field, operator, value }) => ({ field, operator, value })) },
    checklist: (stage.checklist ?? []).map((c) => c.item),
  }
}

function fromInput(definition: DefinitionInput): NormalizedDefinition {
  return {
    code: definition.code,
    name: definition.name,
    stages: definition.stages.map((s) => ({
      label: s.label,
      signers: s.signers,
      mode: s.mode ?? 'any',
      deadlineDays: s.deadlineDays ?? null,
      when: { match: s.when?.match ?? 'all', conditions: s.when?.conditions ?? [] },
      checklist: s.checklist ?? [],
    })),
  }
}

/**
 * The active definition for a collection (or the one with `code`, when the document names its
 * own): from the database, else the code default.
 */
export async function loadDefinition(req: PayloadRequest, options: SanitizedOptions, collection: string, code?: string | null): Promise<NormalizedDefinition> {
  const stored = await req.payload.find({
    collection: options.slugs.definitions,
    where: { and: [{ collection: { equals: collection } }, { active: { equals: true } }, ...(code ? [{ code: { equals: code } }] : [])] },
    sort: 'code',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const doc = stored.docs[0] as unknown as { code: string; name: string; stages: StoredStage[] } | undefined
  if (doc) return { code: doc.code, name: doc.name, stages: doc.stages.map(fromStored) }
  const fallback = options.defaultDefinitions.find((d) => d.collection === collection && (!code || d.code === code))
  if (fallback) return fromInput(fallback)
  if (code) throw userError(`审核流程“${code}”不存在或未启用，请系统管理员在“审核流程”中配置。`, 400)
  throw userError(`没有为“${collection}”配置审核流程，请系统管理员在“审核流程”中配置。`, 400)
}

/** Writes the code defaults into the definitions collection when it holds none for a collection. */
export async function installDefaultDefinitions(req: PayloadRequest, options: SanitizedOptions): Promise<number> {
  let created = 0
  for (const definition of options.defaultDefinitions) {
    const existing = await req.payload.count({
      collection: options.slugs.definitions,
      where: { code: { equals: definition.code } },
      overrideAccess: true,
      req,
    })
    if (existing.totalDocs > 0) continue
    await req.payload.create({
      collection: options.slugs.definitions,
      overrideAccess: true,
      req,
      data: {
        code: definition.code,
        name: definition.name,
        collection: definition.collection,
        active: true,
        stages: definition.stages.map((s) => ({
          label: s.label,
          signerType: s.signers.type,
          role: s.signers.type === 'users' ? undefined : s.signers.role,
          unitCode: s.signers.type === 'role' ? s.signers.unitCode : undefined,
          users: s.signers.type === 'users' ? s.signers.users : undefined,
          mode: s.mode ?? 'any',
          deadlineDays: s.deadlineDays,
          match: s.when?.match ?? 'all',
          conditions: s.when?.conditions ?? [],
          checklist: (s.checklist ?? []).map((item) => ({ item })),
        })),
      } as never,
    })
    created++
  }
  return created
}
