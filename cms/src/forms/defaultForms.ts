/**
 * The four forms the seed documents ask for, as data: installed into 表单定义 when it holds
 * none with their code (`installDefaultForms`), where the system administrator may change them.
 * A fifth form is another record like these — no code.
 */
import type { Payload } from 'payload'

import { UNIT_CODES } from '../workflow/definitions'
import type { FormDefinition } from './types'

type DefaultForm = Omit<FormDefinition, 'id' | 'office' | 'workflow' | 'expectedUnits'> & {
  officeCode: string
  workflowCode: string
  /** Units expected to file, by organisation code. */
  expectedUnitCodes?: string[]
}

const lines = (...items: string[]) => items.join('\n')

/** 政务接待信息报告制度范本 二、三: ten contents, 10 working days after the reception, monthly roll-up by the 10th. */
const receptionReport: DefaultForm = {
  code: 'reception-report',
  name: '政务接待信息报告',
  officeCode: UNIT_CODES.office,
  workflowCode: 'form-reception-report',
  basis: '《政务接待信息报告制度范本》二、三、四',
  instructions: lines(
    '1. 接待单位应当在接待活动结束后10个工作日内，向所属单位政务接待管理部门报告接待信息（按国家法定节假日和调休计算工作日）。',
    '2. 报告内容应当真实、准确、完整，不得虚构、隐瞒、谎报；费用总额须与分项费用合计一致。',
    '3. 政务接待管理部门审核、汇总后，每月10日前向上级政务接待管理部门报告上月接待信息。',
  ),
  active: true,
  titleField: null,
  deadlineType: 'workingDaysAfter',
  deadlineField: 'endDate',
  deadlineDays: 10,
  period: 'month',
  periodField: 'endDate',
  rollupDueDay: 10,
  rollupNote: '报送链条：政务接待管理部门每月10日前报上级政务接待管理部门；上级每月20日前报本级党政机关；党政机关每月25日前报同级纪检监察机关、审计机关。',
  onApproval: 'none',
  fields: [
    { key: 'receptionTime', label: '接待时间', type: 'datetime', required: true, help: '年、月、日、时（接待开始）。' },
    { key: 'endDate', label: '接待结束日期', type: 'date', required: true, help: '报送期限从此日起算10个工作日。' },
    { key: 'place', label: '接待地点', type: 'text', required: true, help: '详细地址。' },
    {
      key: 'guests',
      label: '接待对象',
      type: 'table',
      required: true,
      columns: [
        { key: 'name', label: '姓名', type: 'text', required: true },
        { key: 'post', label: '职务', type: 'text', required: true },
        { key: 'unit', label: '单位', type: 'text', required: true },
      ],
    },
    { key: 'totalPersons', label: '接待总人数', type: 'integer', required: true, min: 1 },
    { key: 'oppositeSexCount', label: '其中异性人数', type: 'integer', required: true, min: 0 },
    { key: 'staffCount', label: '其中工作人员人数', type: 'integer', required: true, min: 0 },
    { key: 'scope', label: '接待范围（公务活动内容）', type: 'textarea', required: true },
    { key: 'lodgingStandard', label: '住宿标准（元/人·天）', type: 'money', required: true, help: '未安排住宿填 0。' },
    { key: 'mealStandard', label: '用餐标准（元/人·餐）', type: 'money', required: true },
    { key: 'transportStandard', label: '交通标准', type: 'text', required: true, help: '如：单位公务用车。' },
    { key: 'costTotal', label: '费用总额（元）', type: 'money', required: true },
    {
      key: 'costItems',
      label: '分项费用',
      type: 'table',
      required: true,
      columns: [
        { key: 'item', label: '项目', type: 'select', required: true, options: lines('住宿费', '用餐费', '交通费', '其他') },
        { key: 'amount', label: '金额（元）', type: 'money', required: true },
        { key: 'note', label: '说明', type: 'text' },
      ],
    },
    { key: 'payment', label: '费用支付方式', type: 'select', required: true, options: lines('公务卡结算', '银行转账', '其他') },
    { key: 'payer', label: '费用承担单位', type: 'text', required: true },
    {
      key: 'staff',
      label: '接待工作人员',
      type: 'table',
      required: true,
      columns: [
        { key: 'name', label: '姓名', type: 'text', required: true },
        { key: 'post', label: '职务', type: 'text', required: true },
        { key: 'phone', label: '联系方式', type: 'phone', required: true },
      ],
    },
    { key: 'other', label: '其他需要报告的事项', type: 'textarea' },
  ],
  rules: [
    { type: 'sum', target: 'costTotal', items: 'costItems.amount' },
    { type: 'lte', target: 'oppositeSexCount', items: 'totalPersons' },
    { type: 'lte', target: 'staffCount', items: 'totalPersons' },
  ],
}

const DATA_COLUMNS_NOTE = '没有产生数据的信息系统可以不填写16—20列（注10）。'

/** 表一 自建政务信息系统基本情况表 with its notes 1–10: one row per system or sub-system, yearly. */
const itSystems: DefaultForm = {
  code: 'it-systems',
  name: '自建政务信息系统基本情况表',
  officeCode: UNIT_CODES.data,
  workflowCode: 'form-it-systems',
  basis: '表一：自建政务信息系统基本情况表（附件2）及其填表说明',
  instructions: lines(
    '注：1. 自建信息系统是指：各部门有经费投入的、支撑部门及内部部门履行行政管理职能的信息系统，包括业务系统、门户网站和办公系统。用友等单独的财务系统可不填列。',
    '2. 对于规模较大的信息化建设项目，按不同厂商开发较为独立的子系统分别填写，一个子系统填写一行。',
    '3. 预算项目名称：按批复文件名称写，如果一个批复项目包含几个信息系统，填写整体批复项目的名称；如果一个信息系统涉及前后几个批复项目，填写最近批复项目名称，并在备注中加以说明。',
    '4. 项目立项审批日期：以项目资金批复文件为准；如果涉及升级改造，以最新升级项目的审批日期为准。',
    '5. 项目预算批复总金额：填写信息系统的累计预算批复金额，如果一个批复项目包含几个信息系统，填写整个批复项目的金额；如果一个信息系统涉及前后几个批复项目，填写所有批复项目的金额，并在备注中加以说明。',
    '6. 上年度运维支出费用：如果多个信息系统共用一笔运维费用，则将该运维费用归入主要信息系统，不重复填列金额。',
    '7. 系统开始使用日期：信息系统的最早开始使用日期。',
    '8. 信息系统安全等级定级情况：以公安部门定级备案结果为准，如果在待审核过程中，填写等待审核中。',
    '9. 信息系统分级保护定级情况：以保密工作部门的审批结果为准，如果在待审批过程中，填写等待审批中。',
    '10. 没有产生数据的信息系统可以不填写16—20列。',
  ),
  active: true,
  titleField: null,
  deadlineType: 'yearlyDate',
  dueMonth: 12,
  dueDay: 31,
  period: 'year',
  periodField: 'year',
  rollupTable: 'systems',
  rollupDueDay: null,
  rollupNote: '第1列序号、第2列部门名称由汇总时填写。',
  onApproval: 'none',
  expectedUnitCodes: [
    '11350100MB0000002B',
    '11350100MB0000003C',
    '11350100MB0000004D',
    '11350100MB0000005E',
    '11350100MB0000006F',
    '11350100MB0000007G',
    '11350100MB0000008H',
    '11350100MB0000009J',
    '11350100MB0000010K',
    '11350100MB0000011L',
  ],
  fields: [
    { key: 'year', label: '填报年度', type: 'integer', required: true, min: 2000 },
    { key: 'noSystems', label: '本单位无自建政务信息系统', type: 'checkbox', help: '勾选后可不填系统明细。' },
    {
      key: 'systems',
      label: '信息系统（每个系统或子系统一行）',
      type: 'table',
      required: true,
      optionalWhenField: 'noSystems',
      optionalWhenValue: '是',
      columns: [
        { key: 'systemName', label: '信息系统名称', column: 3, type: 'text', required: true },
        { key: 'subsystemName', label: '子系统名称', column: 4, type: 'text', help: '按不同厂商开发的较为独立的子系统分别填写一行（注2）。' },
        { key: 'systemType', label: '系统类别', column: 5, type: 'select', required: true, options: lines('业务系统', '门户网站', '办公系统') },
        { key: 'vendor', label: '开发厂商', column: 6, type: 'text', required: true },
        { key: 'budgetProject', label: '预算项目名称', column: 7, type: 'text', required: true, help: '按批复文件名称写（注3）。' },
        { key: 'approvalDate', label: '项目立项审批日期', column: 8, type: 'date', required: true, help: '以项目资金批复文件为准（注4）。' },
        { key: 'approvedBudget', label: '项目预算批复总金额（万元）', column: 9, type: 'money', required: true, help: '累计预算批复金额（注5）。' },
        { key: 'opex', label: '上年度运维支出费用（万元）', column: 10, type: 'money', required: true, help: '共用一笔运维费用的归入主要系统，其余填 0（注6）。' },
        { key: 'startDate', label: '系统开始使用日期', column: 11, type: 'date', required: true, help: '最早开始使用日期（注7）。' },
        { key: 'network', label: '部署网络', column: 12, type: 'select', required: true, options: lines('互联网', '电子政务外网', '电子政务内网', '部门专网', '其他') },
        { key: 'users', label: '使用范围', column: 13, type: 'select', required: true, options: lines('本部门内部', '跨部门', '面向社会公众') },
        {
          key: 'mlpsLevel',
          label: '信息系统安全等级定级情况',
          column: 14,
          type: 'select',
          required: true,
          options: lines('第一级', '第二级', '第三级', '第四级', '第五级', '未定级', '等待审核中'),
          help: '以公安部门定级备案结果为准；待审核中的填“等待审核中”（注8）。',
        },
        {
          key: 'classifiedLevel',
          label: '信息系统分级保护定级情况',
          column: 15,
          type: 'select',
          required: true,
          options: lines('不涉密', '秘密级', '机密级', '绝密级', '等待审批中'),
          help: '以保密工作部门的审批结果为准；待审批中的填“等待审批中”（注9）。',
        },
        { key: 'producesData', label: '是否产生数据', type: 'select', required: true, options: lines('是', '否'), help: DATA_COLUMNS_NOTE },
        { key: 'dbType', label: '数据库类型', column: 16, type: 'text', required: true, optionalWhenField: 'producesData', optionalWhenValue: '否', help: DATA_COLUMNS_NOTE },
        { key: 'dataVolume', label: '数据量（GB）', column: 17, type: 'number', min: 0, required: true, optionalWhenField: 'producesData', optionalWhenValue: '否' },
        {
          key: 'updateFrequency',
          label: '数据更新频率',
          column: 18,
          type: 'select',
          required: true,
          optionalWhenField: 'producesData',
          optionalWhenValue: '否',
          options: lines('实时', '每日', '每周', '每月', '不定期'),
        },
        {
          key: 'sharing',
          label: '数据共享情况',
          column: 19,
          type: 'select',
          required: true,
          optionalWhenField: 'producesData',
          optionalWhenValue: '否',
          options: lines('无条件共享', '有条件共享', '不予共享'),
        },
        {
          key: 'opening',
          label: '数据开放情况',
          column: 20,
          type: 'select',
          required: true,
          optionalWhenField: 'producesData',
          optionalWhenValue: '否',
          options: lines('无条件开放', '有条件开放', '不予开放'),
        },
        { key: 'remarks', label: '备注', type: 'text', help: '一个系统涉及前后几个批复项目的，在此说明（注3、注5）。' },
      ],
    },
    { key: 'contact', label: '填表人', type: 'text', required: true },
    { key: 'phone', label: '联系电话', type: 'phone', required: true },
  ],
  rules: [],
}

/** 天津市农委门户网站管理办法 附件5 专栏设置申请表 (第四章 栏目建设): approval creates the column for the applying unit. */
const columnRequest: DefaultForm = {
  code: 'column-request',
  name: '专栏设置申请表',
  officeCode: UNIT_CODES.egov,
  workflowCode: 'form-column-request',
  basis: '《天津市农村工作委员会门户网站管理办法》第四章 栏目建设、附件5',
  instructions: lines(
    '1. 各单位需在门户网站新设专栏或建设本单位子站的，填写本表，经单位负责人审核、县电子政务中心审定后，由系统建立栏目。',
    '2. 新栏目属于申请单位的子站，由申请单位网站管理员维护；栏目英文标识用于网址，只能用小写字母、数字和连字符，且不能与现有栏目重复。',
  ),
  active: true,
  titleField: 'columnName',
  deadlineType: 'none',
  period: 'none',
  onApproval: 'createColumn',
  fields: [
    { key: 'requestType', label: '申请类别', type: 'select', required: true, options: lines('新设专栏', '建设子站') },
    { key: 'columnName', label: '专栏（子站）名称', type: 'text', required: true },
    { key: 'columnSlug', label: '栏目英文标识', type: 'text', required: true, help: '用于网址，如 shuangjian-zhuanlan。' },
    { key: 'columnKind', label: '栏目类型', type: 'select', required: true, options: lines('新闻动态', '通知公告', '政策文件', '政策解读', '其他') },
    { key: 'reason', label: '设置理由', type: 'textarea', required: true },
    { key: 'content', label: '栏目内容及定位', type: 'textarea', required: true },
    { key: 'updateFrequency', label: '更新频率', type: 'select', required: true, options: lines('每日', '每周', '每月', '不定期') },
    { key: 'maintainer', label: '维护人', type: 'text', required: true },
    { key: 'phone', label: '联系电话', type: 'phone', required: true },
    { key: 'openDate', label: '拟开通日期', type: 'date' },
  ],
  rules: [],
}

/** 附件6 网站链接备案表 (第六章 链接管理): approved links enter the registry the content checks consult. */
const linkRegistration: DefaultForm = {
  code: 'link-registration',
  name: '网站链接备案表',
  officeCode: UNIT_CODES.egov,
  workflowCode: 'form-link-registration',
  basis: '《天津市农村工作委员会门户网站管理办法》第六章 链接管理、附件6',
  instructions: lines(
    '1. 门户网站（含各单位子站）链接外部网站的，须填写本表，经单位负责人审核、县电子政务中心审定后方可链接。',
    '2. 审定后的链接进入网站链接备案库；发布稿件中链接未备案网站的，内容检测会提示。系统每天检测备案链接能否访问。',
  ),
  active: true,
  titleField: null,
  deadlineType: 'none',
  period: 'none',
  onApproval: 'registerLinks',
  fields: [
    {
      key: 'links',
      label: '拟链接网站',
      type: 'table',
      required: true,
      columns: [
        { key: 'siteName', label: '网站名称', type: 'text', required: true },
        { key: 'url', label: '网址', type: 'url', required: true },
        { key: 'sponsor', label: '主办单位', type: 'text', required: true },
        { key: 'position', label: '链接位置（栏目）', type: 'text', required: true },
      ],
    },
    { key: 'reason', label: '链接理由', type: 'textarea', required: true },
    { key: 'contact', label: '联系人', type: 'text', required: true },
    { key: 'phone', label: '联系电话', type: 'phone', required: true },
  ],
  rules: [],
}

export const DEFAULT_FORMS: DefaultForm[] = [receptionReport, itSystems, columnRequest, linkRegistration]

async function idByCode(payload: Payload, collection: 'units' | 'workflow-definitions', code: string): Promise<number> {
  const found = await payload.find({ collection, where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true })
  if (!found.docs[0]) throw new Error(`表单定义引用的${collection === 'units' ? '单位' : '审核流程'}“${code}”不存在`)
  return found.docs[0].id as number
}

/** Installs the default forms not yet in 表单定义 (by code); their routes must be installed first. */
export async function installDefaultForms(payload: Payload): Promise<number> {
  let created = 0
  for (const { officeCode, workflowCode, expectedUnitCodes, ...form } of DEFAULT_FORMS) {
    const existing = await payload.count({ collection: 'form-definitions', where: { code: { equals: form.code } }, overrideAccess: true })
    if (existing.totalDocs > 0) continue
    const expectedUnits: number[] = []
    for (const code of expectedUnitCodes ?? []) expectedUnits.push(await idByCode(payload, 'units', code))
    await payload.create({
      collection: 'form-definitions',
      overrideAccess: true,
      data: { ...form, office: await idByCode(payload, 'units', officeCode), workflow: await idByCode(payload, 'workflow-definitions', workflowCode), expectedUnits } as never,
    })
    created++
  }
  return created
}
