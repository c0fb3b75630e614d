'use client'
import type { ClientTranslationKeys } from '@payloadcms/translations'
import type { OptionObject, TextFieldClientComponent } from 'payload'

import { SelectInput, TextInput, useConfig, useField, useFormFields, useRowLabel, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { type Condition, describeGroup, listOf, NUMERIC_OPERATORS, type Operator } from '../../engine/conditions'
import type { WorkflowTranslationKey } from '../../translations'
import { useDefinitionFields, useRelationOptions } from './useDefinitionFields'

function useT() {
  const { t, i18n } = useTranslation()
  return { i18n, t: (key: WorkflowTranslationKey, vars?: Record<string, unknown>) => t(key as ClientTranslationKeys, vars) }
}

/** The path of the row a field of an array row sits in: stages.0.conditions.1.value → stages.0.conditions.1 */
const rowOf = (path: string) => path.slice(0, path.lastIndexOf('.'))

const useCollection = () => useFormFields(([fields]) => fields.collection?.value as string | undefined)

/** The fields of the definition's collection a condition may test; null while loading. */
function useConditionFields() {
  const catalogue = useDefinitionFields()
  const collection = useCollection()
  if (!catalogue) return null
  return collection ? (catalogue.collections[collection]?.fields ?? []) : []
}

/** 第1级：单位负责人审核（按条件加入） — the row of a stage. */
export function StageRowLabel() {
  const { data, rowNumber } = useRowLabel<{ label?: string; conditions?: unknown[] }>()
  const { t } = useT()
  const n = (rowNumber ?? 0) + 1
  const conditional = Array.isArray(data?.conditions) && data.conditions.length > 0
  return (
    <span data-testid="stage-row-label">
      {t('reviewWorkflow:stageRow', { n })}
      {data?.label ? `：${data.label}` : ''}
      {conditional ? t('reviewWorkflow:conditionalStage') : ''}
    </span>
  )
}

/** 条件1：信息性质 属于 重大事件、负面信息 — a condition as it reads, by the fields' labels. */
export function ConditionRowLabel() {
  const { data, rowNumber } = useRowLabel<Partial<Condition>>()
  const { t } = useT()
  const fields = useConditionFields()
  const n = (rowNumber ?? 0) + 1
  let text = ''
  if (fields && data?.field && data.operator) {
    const labels = Object.fromEntries(fields.map((f) => [f.value, f.label]))
    const values = Object.fromEntries(fields.filter((f) => f.options).map((f) => [f.value, Object.fromEntries(f.options!.map((o) => [o.value, o.label]))]))
    text = describeGroup({ match: 'all', conditions: [{ field: data.field, operator: data.operator, value: data.value ?? '' }] }, labels, values)
  }
  return (
    <span data-testid="condition-row-label">
      {t('reviewWorkflow:conditionRow', { n })}
      {text ? `：${text}` : ''}
    </span>
  )
}

/** 要点1：准确性 — a review point. */
export function ChecklistRowLabel() {
  const { data, rowNumber } = useRowLabel<{ item?: string }>()
  const { t } = useT()
  return (
    <span>
      {t('reviewWorkflow:checklistRow', { n: (rowNumber ?? 0) + 1 })}
      {data?.item ? `：${data.item}` : ''}
    </span>
  )
}

const hint: React.CSSProperties = { margin: '4px 0 0', fontSize: 12, color: 'var(--theme-elevation-600)' }

/**
 * The field a condition tests, chosen by its label among the fields of the definition's collection
 * (信息性质, 涉及领导活动 …). Stores the field's path, as conditions always have.
 */
export const ConditionFieldSelect: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { value, setValue, showError, path, disabled } = useField<string>({ potentiallyStalePath: pathFromProps })
  const { t } = useT()
  const collection = useCollection()
  const fields = useConditionFields()
  const options: OptionObject[] = fields ? fields.map((f) => ({ value: f.value, label: f.label })) : []
  if (value && !options.some((o) => o.value === value)) {
    options.push({ value, label: fields ? t('reviewWorkflow:unknownField', { field: value }) : t('reviewWorkflow:loading') })
  }
  return (
    <div className="field-type select" style={{ flex: '1 1 0' }} data-testid="condition-field">
      <SelectInput
        path={path}
        name={field.name}
        label={field.label}
        required={field.required}
        options={options}
        value={value ?? ''}
        isClearable={false}
        showError={showError}
        readOnly={readOnly || disabled}
        onChange={(option) => setValue(option && !Array.isArray(option) ? String((option as OptionObject).value) : '')}
      />
      {!collection && <p style={hint}>{t('reviewWorkflow:chooseCollectionFirst')}</p>}
    </div>
  )
}

/**
 * The value a condition compares with: for a select, a checkbox or a relationship one or several
 * of its options by their labels (several for 属于 / 不属于); a number for ≥ > ≤ <; nothing for
 * 已填写. Stored as text, several values joined with |, as conditions always have.
 */
export const ConditionValueInput: TextFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { value, setValue, showError, path, disabled } = useField<string>({ potentiallyStalePath: pathFromProps })
  const { t } = useT()
  const row = rowOf(path)
  const fieldPath = useFormFields(([fields]) => fields[`${row}.field`]?.value as string | undefined)
  const operator = useFormFields(([fields]) => fields[`${row}.operator`]?.value as Operator | undefined)
  const fields = useConditionFields()
  const chosen = fields?.find((f) => f.value === fieldPath)
  const relationOptions = useRelationOptions(chosen?.kind === 'relationship' ? chosen.relationTo : undefined)
  const numeric = operator ? NUMERIC_OPERATORS.includes(operator) : false
  const many = operator === 'in' || operator === 'not_in'
  const choices = chosen?.options ?? (chosen?.kind === 'relationship' ? relationOptions : null)
  const locked = readOnly || disabled

  if (operator === 'exists') {
    return (
      <div className="field-type text" style={{ flex: '1 1 0' }} data-testid="condition-value">
        <TextInput path={path} label={field.label} value="" readOnly onChange={() => {}} />
        <p style={hint}>{t('reviewWorkflow:noValueNeeded')}</p>
      </div>
    )
  }
  if (choices && !numeric) {
    const current = listOf(value)
    const options: OptionObject[] = choices.map((o) => ({ value: o.value, label: o.label }))
    for (const v of current) if (!options.some((o) => o.value === v)) options.push({ value: v, label: v })
    return (
      <div className="field-type select" style={{ flex: '1 1 0' }} data-testid="condition-value">
        <SelectInput
          path={path}
          name={field.name}
          label={field.label}
          options={options}
          hasMany={many}
          value={many ? current : (current[0] ?? '')}
          showError={showError}
          readOnly={locked}
          onChange={(selected) => {
            const list = Array.isArray(selected) ? selected : selected ? [selected] : []
            setValue(list.map((o) => String((o as OptionObject).value)).join('|'))
          }}
        />
        {many && <p style={hint}>{t('reviewWorkflow:valuesHint')}</p>}
      </div>
    )
  }
  return (
    <div className="field-type text" style={{ flex: '1 1 0' }} data-testid="condition-value">
      <TextInput
        path={path}
        label={field.label}
        value={value ?? ''}
        showError={showError}
        readOnly={locked}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setValue(e.target.value)}
      />
      {(numeric || chosen?.kind === 'number') && <p style={hint}>{t('reviewWorkflow:numberHint')}</p>}
      {many && !numeric && <p style={hint}>{t('reviewWorkflow:listHint')}</p>}
    </div>
  )
}

/**
 * The organisation code a stage's signers are limited to, with the unit it names beneath
 * (对应单位：县政府办公室), so the code need not be looked up.
 */
export const UnitCodeInput: React.FC<React.ComponentProps<TextFieldClientComponent> & { unitsCollection?: string }> = ({
  field,
  path: pathFromProps,
  readOnly,
  unitsCollection = 'units',
}) => {
  const { value, setValue, showError, path, disabled } = useField<string>({ potentiallyStalePath: pathFromProps })
  const { config } = useConfig()
  const { t } = useT()
  const [unit, setUnit] = useState<string | null | undefined>(undefined)
  const code = (value ?? '').trim()
  useEffect(() => {
    let live = true
    if (!code) {
      setUnit(undefined)
      return
    }
    const url = `${config.serverURL ?? ''}${config.routes.api}/${unitsCollection}?where[code][equals]=${encodeURIComponent(code)}&limit=1&depth=0`
    fetch(url, { credentials: 'include' })
      .then((r) => (r.ok ? (r.json() as Promise<{ docs: { name?: string }[] }>) : { docs: [] }))
      .then(({ docs }) => live && setUnit(docs[0]?.name ?? null))
      .catch(() => live && setUnit(undefined))
    return () => {
      live = false
    }
  }, [code, config.serverURL, config.routes.api, unitsCollection])
  return (
    <div className="field-type text" data-testid="unit-code">
      <TextInput
        path={path}
        label={field.label}
        value={value ?? ''}
        showError={showError}
        readOnly={readOnly || disabled}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setValue(e.target.value)}
      />
      {unit !== undefined && <p style={hint}>{unit ? t('reviewWorkflow:unitOfCode', { name: unit }) : t('reviewWorkflow:unitCodeUnknown', { code })}</p>}
    </div>
  )
}
