import type { CollectionConfig, Field } from 'payload'

import { hasRoleIn } from '../access/hasRoleIn'
import { OPERATOR_LABELS, OPERATOR_LABELS_EN, OPERATORS } from '../engine/conditions'
import type { SanitizedOptions } from '../options'
import { recordDefinitionChange, recordDefinitionDelete } from '../hooks/recordDefinitionChange'
import { validateDefinition } from '../hooks/validateDefinition'

export function workflowDefinitions(options: SanitizedOptions): CollectionConfig {
  const editors = hasRoleIn(options.userRolesField, options.definitionEditorRoles)
  const stageFields: Field[] = [
    { name: 'label', type: 'text', required: true, label: { zh: '环节名称', en: 'Stage' } },
    {
      type: 'row',
      fields: [
        {
          name: 'signerType',
          type: 'select',
          required: true,
          defaultValue: 'role',
          label: { zh: '签发人类型', en: 'Signers' },
          options: [
            { value: 'role', label: { zh: '按角色（可限定单位）', en: 'By role (optionally in a unit)' } },
            { value: 'relative', label: { zh: '作者所在单位的角色', en: "Role in the author's unit" } },
            { value: 'users', label: { zh: '指定人员', en: 'Named users' } },
          ],
        },
        {
          name: 'role',
          type: 'select',
          label: { zh: '角色', en: 'Role' },
          options: options.roles.map((r) => ({ value: r, label: options.roleLabels[r] ?? r })),
          admin: { condition: (_, stage) => stage?.signerType !== 'users' },
        },
        {
          name: 'unit',
          type: 'relationship',
          relationTo: options.unitsCollection as never,
          label: { zh: '限定单位', en: 'Unit' },
          admin: { condition: (_, stage) => stage?.signerType === 'role' },
        },
      ],
    },
    {
      name: 'unitCode',
      type: 'text',
      label: { zh: '限定单位（机构代码）', en: 'Unit code' },
      admin: {
        condition: (_, stage) => stage?.signerType === 'role' && Boolean(stage?.unitCode),
        components: { Field: { path: '@gov/review-workflow/client#UnitCodeInput', clientProps: { unitsCollection: options.unitsCollection } } },
      },
    },
    {
      name: 'users',
      type: 'relationship',
      relationTo: options.usersCollection as never,
      hasMany: true,
      label: { zh: '指定人员', en: 'Users' },
      admin: { condition: (_, stage) => stage?.signerType === 'users' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'mode',
          type: 'select',
          required: true,
          defaultValue: 'any',
          label: { zh: '签发方式', en: 'Mode' },
          options: [
            { value: 'one', label: { zh: '单人签发', en: 'One signer' } },
            { value: 'any', label: { zh: '任一人签发（或签）', en: 'Any one of them' } },
            { value: 'all', label: { zh: '全部签发（会签）', en: 'All of them' } },
          ],
        },
        { name: 'deadlineDays', type: 'number', min: 0, label: { zh: '时限（工作日）', en: 'Deadline (working days)' } },
      ],
    },
    {
      name: 'match',
      type: 'radio',
      defaultValue: 'all',
      label: { zh: '条件组合', en: 'Combine conditions' },
      options: [
        { value: 'all', label: { zh: '全部满足（且）', en: 'All (and)' } },
        { value: 'any', label: { zh: '任一满足（或）', en: 'Any (or)' } },
      ],
    },
    {
      name: 'conditions',
      type: 'array',
      label: { zh: '适用条件（留空为始终适用）', en: 'Conditions (empty: always)' },
      labels: { singular: { zh: '条件', en: 'Condition' }, plural: { zh: '条件', en: 'Conditions' } },
      admin: {
        components: { RowLabel: '@gov/review-workflow/client#ConditionRowLabel' },
        description: {
          zh: '按内容的字段设定本环节何时加入审核路线，如“信息性质 属于 重大事件、负面信息”。',
          en: 'When this stage joins the route, by the fields of the item, e.g. “Sensitivity is one of major, negative”.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            // Stored as the field's path (e.g. sensitivity), chosen by its label; see ConditionFieldSelect.
            {
              name: 'field',
              type: 'text',
              required: true,
              label: { zh: '字段', en: 'Field' },
              admin: { components: { Field: '@gov/review-workflow/client#ConditionFieldSelect' } },
            },
            {
              name: 'operator',
              type: 'select',
              required: true,
              label: { zh: '运算', en: 'Operator' },
              options: OPERATORS.map((o) => ({ value: o, label: { zh: OPERATOR_LABELS[o], en: OPERATOR_LABELS_EN[o] } })),
            },
            // Stored as text (several values joined by |), chosen from the field's options where it has them.
            {
              name: 'value',
              type: 'text',
              label: { zh: '值', en: 'Value' },
              admin: { components: { Field: '@gov/review-workflow/client#ConditionValueInput' } },
            },
          ],
        },
      ],
    },
    {
      name: 'checklist',
      type: 'array',
      label: { zh: '审核要点', en: 'Review points' },
      labels: { singular: { zh: '要点', en: 'Point' }, plural: { zh: '要点', en: 'Points' } },
      admin: { components: { RowLabel: '@gov/review-workflow/client#ChecklistRowLabel' } },
      fields: [{ name: 'item', type: 'text', required: true, label: { zh: '要点', en: 'Point' } }],
    },
  ]

  return {
    slug: options.slugs.definitions,
    labels: { singular: { zh: '审核流程', en: 'Workflow' }, plural: { zh: '审核流程', en: 'Workflows' } },
    // An office has a dozen routes or so (thirteen in the demo): all of them on one page.
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'collection', 'active'], group: { zh: '审核', en: 'Review' }, pagination: { defaultLimit: 50 } },
    access: { read: ({ req }) => Boolean(req.user), create: editors, update: editors, delete: editors },
    hooks: { beforeValidate: [validateDefinition(options)], afterChange: [recordDefinitionChange], afterDelete: [recordDefinitionDelete] },
    fields: [
      { name: 'name', type: 'text', required: true, label: { zh: '流程名称', en: 'Name' } },
      { name: 'code', type: 'text', required: true, unique: true, label: { zh: '流程代码', en: 'Code' } },
      {
        name: 'collection',
        type: 'select',
        required: true,
        label: { zh: '适用内容', en: 'Collection' },
        options: Object.keys(options.collections).map((slug) => ({ value: slug, label: options.collectionLabels[slug] ?? slug })),
      },
      {
        name: 'active',
        type: 'checkbox',
        defaultValue: true,
        label: { zh: '启用', en: 'Active' },
        admin: { description: { zh: '同一内容类型只应启用一个流程；提交时使用启用中代码最小的一个。', en: 'One active workflow per collection.' } },
      },
      {
        name: 'stages',
        type: 'array',
        required: true,
        minRows: 1,
        label: { zh: '审核环节（按顺序）', en: 'Stages (in order)' },
        labels: { singular: { zh: '审核环节', en: 'Stage' }, plural: { zh: '审核环节', en: 'Stages' } },
        admin: {
          components: { RowLabel: '@gov/review-workflow/client#StageRowLabel' },
          description: {
            zh: '按顺序逐级签发；设有适用条件的环节只在内容符合条件时加入审核路线。',
            en: 'Signed in order; a stage with conditions joins the route only when the item matches them.',
          },
        },
        fields: stageFields,
      },
    ],
  }
}
