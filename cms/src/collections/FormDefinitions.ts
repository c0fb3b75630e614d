import type { CollectionConfig, Field } from 'payload'

import { hasAnyRole } from '../access/hasAnyRole'
import { isAuthenticated } from '../access/isAuthenticated'
import { validateFormDefinition } from '../forms/validateDefinition'
import { formRollupEndpoint } from '../forms/endpoints'
import { APPROVAL_ACTION_LABELS } from '../forms/approvalActions'
import { FIELD_TYPES, FIELD_TYPE_LABELS } from '../forms/types'

const KEY_HELP = { zh: '英文字母开头，只含字母和数字，例如 costTotal；保存后不要再改（已填报的内容按代码保存）。', en: 'Letters and digits, starting with a letter.' }

/** The item fields of a form; a table item has columns of the same shape (one level). */
const itemFields = (withColumns: boolean): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'key', type: 'text', required: true, label: { zh: '代码', en: 'Key' }, admin: { width: '25%', description: KEY_HELP } },
      { name: 'label', type: 'text', required: true, label: { zh: '名称', en: 'Label' }, admin: { width: '35%' } },
      { name: 'column', type: 'number', min: 1, label: { zh: '表中列号', en: 'Column no.' }, admin: { width: '15%', description: { zh: '原表的列序号，如表一第16列。', en: 'Column number of the paper table.' } } },
      {
        name: 'type',
        type: 'select',
        required: true,
        defaultValue: 'text',
        label: { zh: '类型', en: 'Type' },
        admin: { width: '25%' },
        options: FIELD_TYPES.filter((t) => withColumns || t !== 'table').map((value) => ({ value, label: FIELD_TYPE_LABELS[value] })),
      },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'required', type: 'checkbox', defaultValue: false, label: { zh: '必填', en: 'Required' }, admin: { width: '20%' } },
      { name: 'min', type: 'number', label: { zh: '最小值', en: 'Minimum' }, admin: { width: '20%', condition: (_, sibling) => ['number', 'integer', 'money'].includes(sibling?.type) } },
      {
        name: 'optionalWhenField',
        type: 'text',
        label: { zh: '可不填的条件：当项目（代码）', en: 'May stay blank when item' },
        admin: { width: '30%', description: { zh: '如表一注10“没有产生数据的信息系统可以不填写16—20列”：填 producesData。', en: 'Key of another item.' } },
      },
      { name: 'optionalWhenValue', type: 'text', label: { zh: '等于', en: 'equals' }, admin: { width: '30%', description: { zh: '如 否。', en: 'e.g. 否' } } },
    ],
  },
  {
    name: 'options',
    type: 'textarea',
    label: { zh: '选项（每行一个）', en: 'Choices (one per line)' },
    admin: { condition: (_, sibling) => sibling?.type === 'select', rows: 4 },
  },
  { name: 'help', type: 'text', label: { zh: '填写说明', en: 'Help' } },
  ...(withColumns
    ? [
        {
          name: 'columns',
          type: 'array',
          label: { zh: '明细表的列', en: 'Table columns' },
          labels: { singular: { zh: '列', en: 'Column' }, plural: { zh: '列', en: 'Columns' } },
          admin: { condition: (_: unknown, sibling: { type?: string }) => sibling?.type === 'table', initCollapsed: true },
          fields: itemFields(false),
        } as Field,
      ]
    : []),
]

/**
 * 表单定义: a form filled in by units (政务接待信息报告, 表一, 专栏设置申请表, 网站链接备案表 …)
 * as data — its items, the rules its figures obey, its deadline and roll-up, the review route
 * that signs it, and at most one named action on approval. Kept by the system administrator
 * like the review routes (三员分立: configuration, not content).
 */
export const FormDefinitions: CollectionConfig = {
  slug: 'form-definitions',
  labels: { singular: { zh: '表单定义', en: 'Form' }, plural: { zh: '表单定义', en: 'Forms' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'office', 'active'],
    group: { zh: '表单填报', en: 'Forms' },
    description: { zh: '各单位填报的表单：填报项目、校验规则、报送期限、汇总方式和审核流程都在这里设置，新增表单无需改程序。', en: 'Forms units fill in, as data.' },
  },
  access: {
    read: isAuthenticated,
    create: hasAnyRole('sysAdmin'),
    update: hasAnyRole('sysAdmin'),
    delete: hasAnyRole('sysAdmin'),
  },
  endpoints: [formRollupEndpoint],
  hooks: { beforeValidate: [validateFormDefinition] },
  defaultSort: 'name',
  fields: [
    { name: 'rollup', type: 'ui', label: { zh: '汇总导出', en: 'Roll-up' }, admin: { position: 'sidebar', components: { Field: '/components/FormRollupLinks#FormRollupLinks' } } },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: { zh: '表单名称', en: 'Name' }, admin: { width: '50%' } },
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: { zh: '表单代码', en: 'Code' },
          admin: { width: '30%', description: { zh: '小写字母、数字和连字符。', en: 'Lower case, digits, hyphens.' } },
        },
        { name: 'active', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Active' }, admin: { width: '20%' } },
      ],
    },
    { name: 'basis', type: 'text', label: { zh: '制度依据', en: 'Basis' } },
    { name: 'instructions', type: 'textarea', label: { zh: '填报说明（注）', en: 'Instructions' }, admin: { rows: 6 } },
    {
      type: 'row',
      fields: [
        {
          name: 'office',
          type: 'relationship',
          relationTo: 'units',
          required: true,
          label: { zh: '收集汇总单位', en: 'Collecting office' },
          admin: { width: '50%', description: { zh: '接收、汇总本表的管理部门；其工作人员可查阅审定后的各单位填报并导出汇总表。', en: 'Reads approved filings and exports roll-ups.' } },
        },
        {
          name: 'workflow',
          type: 'relationship',
          relationTo: 'workflow-definitions',
          required: true,
          label: { zh: '审核流程（签发人）', en: 'Review route (signers)' },
          filterOptions: { collection: { equals: 'form-filings' } },
          admin: { width: '50%', description: { zh: '在“审核 › 审核流程”中为“表单填报”建立的流程，签发环节和签发人在那里设置。', en: 'A route for form filings.' } },
        },
      ],
    },
    {
      name: 'fields',
      type: 'array',
      required: true,
      minRows: 1,
      label: { zh: '填报项目', en: 'Items' },
      labels: { singular: { zh: '项目', en: 'Item' }, plural: { zh: '项目', en: 'Items' } },
      admin: { initCollapsed: true, components: { RowLabel: '/components/FormDataField/RowLabel#ItemRowLabel' } },
      fields: itemFields(true),
    },
    {
      name: 'rules',
      type: 'array',
      label: { zh: '校验规则（提交前检查）', en: 'Rules (checked before submission)' },
      labels: { singular: { zh: '规则', en: 'Rule' }, plural: { zh: '规则', en: 'Rules' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'type',
              type: 'select',
              required: true,
              label: { zh: '规则', en: 'Rule' },
              admin: { width: '25%' },
              options: [
                { value: 'sum', label: { zh: '合计等于分项之和', en: 'Total equals its items' } },
                { value: 'lte', label: { zh: '不大于', en: 'At most' } },
              ],
            },
            { name: 'target', type: 'text', required: true, label: { zh: '项目（代码）', en: 'Item' }, admin: { width: '25%' } },
            {
              name: 'items',
              type: 'text',
              required: true,
              label: { zh: '比较对象', en: 'Compared with' },
              admin: { width: '50%', description: { zh: '明细表的列写作“表代码.列代码”（如 costItems.amount）；几个项目相加用 +。', en: 'table.column, or keys joined by +.' } },
            },
          ],
        },
        { name: 'message', type: 'text', label: { zh: '提示（可不填）', en: 'Message (optional)' } },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '报送期限与汇总', en: 'Deadline and roll-up' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'deadlineType',
              type: 'select',
              defaultValue: 'none',
              label: { zh: '报送期限', en: 'Deadline' },
              admin: { width: '34%' },
              options: [
                { value: 'none', label: { zh: '无期限', en: 'None' } },
                { value: 'workingDaysAfter', label: { zh: '某日期后若干个工作日内', en: 'Working days after a date' } },
                { value: 'yearlyDate', label: { zh: '每年固定日期前', en: 'A fixed day each year' } },
              ],
            },
            { name: 'deadlineField', type: 'text', label: { zh: '起算日期项目（代码）', en: 'Date item' }, admin: { width: '33%', condition: (data) => data?.deadlineType === 'workingDaysAfter' } },
            { name: 'deadlineDays', type: 'number', min: 1, label: { zh: '工作日数', en: 'Working days' }, admin: { width: '33%', condition: (data) => data?.deadlineType === 'workingDaysAfter' } },
            { name: 'dueMonth', type: 'number', min: 1, max: 12, label: { zh: '月', en: 'Month' }, admin: { width: '33%', condition: (data) => data?.deadlineType === 'yearlyDate' } },
            { name: 'dueDay', type: 'number', min: 1, max: 31, label: { zh: '日', en: 'Day' }, admin: { width: '33%', condition: (data) => data?.deadlineType === 'yearlyDate' } },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'period',
              type: 'select',
              defaultValue: 'none',
              label: { zh: '汇总周期', en: 'Roll-up period' },
              admin: { width: '34%' },
              options: [
                { value: 'none', label: { zh: '不分周期', en: 'None' } },
                { value: 'month', label: { zh: '按月', en: 'Monthly' } },
                { value: 'year', label: { zh: '按年', en: 'Yearly' } },
              ],
            },
            { name: 'periodField', type: 'text', label: { zh: '确定周期的项目（代码）', en: 'Period item' }, admin: { width: '33%', description: { zh: '日期项目或年度项目。', en: 'A date or a year item.' } } },
            { name: 'rollupDueDay', type: 'number', min: 1, max: 28, label: { zh: '汇总报送日（次月）', en: 'Roll-up due day (next month)' }, admin: { width: '33%', condition: (data) => data?.period === 'month' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'rollupTable', type: 'text', label: { zh: '按明细表逐行汇总（表代码）', en: 'Roll up the rows of table' }, admin: { width: '50%', description: { zh: '如表一每个系统一行：填 systems。', en: 'e.g. systems' } } },
            { name: 'titleField', type: 'text', label: { zh: '标题中显示的项目（代码）', en: 'Item shown in titles' }, admin: { width: '50%' } },
          ],
        },
        {
          name: 'expectedUnits',
          type: 'relationship',
          relationTo: 'units',
          hasMany: true,
          label: { zh: '应报单位', en: 'Units expected to file' },
          admin: { description: { zh: '汇总表列出其中尚未报送的单位。', en: 'The roll-up lists those that have not filed.' } },
        },
        { name: 'rollupNote', type: 'textarea', label: { zh: '汇总表说明', en: 'Roll-up note' }, admin: { rows: 2 } },
      ],
    },
    {
      name: 'onApproval',
      type: 'select',
      defaultValue: 'none',
      label: { zh: '审定后自动办理', en: 'On final approval' },
      options: Object.entries(APPROVAL_ACTION_LABELS).map(([value, label]) => ({ value, label })),
      admin: { description: { zh: '终审通过后由系统办理的事项（程序内置）；其余表单选“无”。', en: 'A built-in action after final approval.' } },
    },
  ],
}
