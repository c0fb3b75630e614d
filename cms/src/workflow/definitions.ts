/**
 * Default review routes, encoding the seed rules (机关单位网站信息审核发布制度, 新闻信息发布审查表,
 * 政务信息化服务项目立项审批细则). They are written into 审核流程 on first start, where the
 * system administrator may change them; runs already in review keep the route they were given.
 */
import type { DefinitionInput } from '@gov/review-workflow'

/** Organisation codes of the units the routes name (see seed/data/units.ts). */
export const UNIT_CODES = {
  city: '11350000MB0000000Z',
  gov: '11350100MB0000001A',
  office: '11350100MB0000002B',
  egov: '11350100MB0000003C',
  propaganda: '11350100MB0000004D',
  data: '11350100MB0000008H',
}

const WEB_CHECKLIST = ['准确性', '完整性', '时效性', '是否涉密']
/** Disclosure items also check 真实性 and the 公开属性 the drafter chose. */
const DISCLOSURE_CHECKLIST = ['真实性', '准确性', '完整性', '时效性', '是否涉密', '公开属性是否恰当']
/** 政务公开工作要点: 所发布的信息必须经过分管领导审核并签字；县政府办公室（政务公开办）把关。 */
const disclosureStages = [
  { label: '单位负责人审核', signers: { type: 'relative' as const, role: 'unitHead' }, deadlineDays: 3, checklist: DISCLOSURE_CHECKLIST },
  { label: '县政府办公室审核', signers: { type: 'role' as const, role: 'reviewer', unitCode: '11350100MB0000002B' }, deadlineDays: 3, checklist: DISCLOSURE_CHECKLIST },
]
const leaderActivity = { conditions: [{ field: 'involvesLeaders', operator: 'in' as const, value: 'county|main4|visiting' }] }

export const defaultDefinitions: DefinitionInput[] = [
  {
    code: 'web-article',
    name: '上网信息发布审核',
    collection: 'articles',
    stages: [
      // 第五条（二）单位负责人审核；（六）部门信息须经分管信息的领导审核签字。
      { label: '单位负责人审核', signers: { type: 'relative', role: 'unitHead' }, deadlineDays: 2, checklist: WEB_CHECKLIST },
      { label: '县政府办公室审核', signers: { type: 'role', role: 'reviewer', unitCode: UNIT_CODES.office }, deadlineDays: 2, checklist: WEB_CHECKLIST },
      // 第五条（四）县级领导活动信息、图片：电子政务中心主任、办公室副主任审核。
      { label: '电子政务中心主任审核', signers: { type: 'role', role: 'unitHead', unitCode: UNIT_CODES.egov }, deadlineDays: 1, when: leaderActivity },
      { label: '县政府办公室副主任审核', signers: { type: 'role', role: 'leader', unitCode: UNIT_CODES.office }, deadlineDays: 1, when: leaderActivity },
      // 四套班子主要领导：相应办公室主任审核。
      {
        label: '县政府办公室主任审核',
        signers: { type: 'role', role: 'unitHead', unitCode: UNIT_CODES.office },
        deadlineDays: 1,
        when: { conditions: [{ field: 'involvesLeaders', operator: 'equals', value: 'main4' }] },
      },
      // 副厅级以上领导来访：分管的县领导班子成员审核。
      {
        label: '分管县领导审核',
        signers: { type: 'role', role: 'leader', unitCode: UNIT_CODES.gov },
        deadlineDays: 1,
        when: { conditions: [{ field: 'involvesLeaders', operator: 'equals', value: 'visiting' }] },
      },
      // 第六条：重大事件信息和负面信息，须县委宣传部审核并经县领导同意。
      {
        label: '县委宣传部审核',
        signers: { type: 'role', role: 'unitHead', unitCode: UNIT_CODES.propaganda },
        deadlineDays: 1,
        when: { conditions: [{ field: 'sensitivity', operator: 'in', value: 'major|negative' }] },
      },
      {
        label: '县领导审定',
        signers: { type: 'role', role: 'leader', unitCode: UNIT_CODES.gov },
        deadlineDays: 1,
        when: { conditions: [{ field: 'sensitivity', operator: 'in', value: 'major|negative' }] },
      },
    ],
  },
  {
    code: 'it-project',
    name: '政务信息化项目立项审批',
    collection: 'it-projects',
    // 50 万元以下备案（无审批环节）；50 万元及以上数据局审批；100 万元及以上报市政府审批。
    stages: [
      {
        label: '县政务服务数据管理局审批',
        signers: { type: 'role', role: 'unitHead', unitCode: UNIT_CODES.data },
        deadlineDays: 5,
        when: { conditions: [{ field: 'amount', operator: 'gte', value: '500000' }] },
      },
      {
        label: '市人民政府审批',
        signers: { type: 'role', role: 'leader', unitCode: UNIT_CODES.city },
        deadlineDays: 10,
        when: { conditions: [{ field: 'amount', operator: 'gte', value: '1000000' }] },
      },
    ],
  },
  {
    code: 'policy',
    name: '政策文件公开审核',
    collection: 'policies',
    stages: disclosureStages,
  },
  {
    code: 'interpretation',
    name: '政策解读公开审核',
    collection: 'interpretations',
    stages: disclosureStages,
  },
  {
    code: 'annual-report',
    name: '政府信息公开年报审核',
    collection: 'annual-reports',
    stages: [
      { label: '县政府办公室主任审核', signers: { type: 'role', role: 'unitHead', unitCode: UNIT_CODES.office }, deadlineDays: 3, checklist: ['数据准确', '格式规范', '是否涉密'] },
      { label: '县政府领导审定', signers: { type: 'role', role: 'leader', unitCode: UNIT_CODES.gov }, deadlineDays: 3 },
    ],
  },
  {
    code: 'submission',
    name: '政务信息报送签发',
    collection: 'submissions',
    // 镇办或部门拟报送的信息必须由分管信息的领导审核签字后方可报送（机关单位网站信息审核发布制度第五条（六））。
    stages: [{ label: '单位领导签发', signers: { type: 'relative', role: 'unitHead' }, deadlineDays: 1, checklist: ['真实性', '准确性', '时效性', '是否涉密'] }],
  },
  {
    code: 'journal-issue',
    name: '刊物签发',
    collection: 'journal-issues',
    stages: [
      { label: '办公室负责人审核', signers: { type: 'relative', role: 'unitHead' }, deadlineDays: 1, checklist: ['准确性', '是否涉密', '密级和发送范围恰当'] },
      { label: '分管领导签发', signers: { type: 'relative', role: 'leader' }, deadlineDays: 1 },
    ],
  },
  {
    code: 'bulletin',
    name: '报送情况通报签发',
    collection: 'bulletins',
    stages: [
      { label: '办公室负责人审核', signers: { type: 'relative', role: 'unitHead' }, deadlineDays: 2, checklist: ['数据准确'] },
      { label: '分管领导签发', signers: { type: 'relative', role: 'leader' }, deadlineDays: 2 },
    ],
  },
  {
    code: 'message-reply',
    name: '互动交流答复审核',
    collection: 'message-replies',
    // 答复须经承办单位负责人审核；写给领导的留言（领导信箱等 needsLeader 类型）的答复另经县政府办公室（领导的办公室）审核。
    stages: [
      { label: '承办单位负责人审核', signers: { type: 'relative', role: 'unitHead' }, deadlineDays: 2, checklist: ['答复内容准确、依据充分', '公开内容不含个人信息', '是否涉密'] },
      {
        label: '县政府办公室审核（领导信箱）',
        signers: { type: 'role', role: 'unitHead', unitCode: UNIT_CODES.office },
        deadlineDays: 2,
        when: { conditions: [{ field: 'toLeader', operator: 'equals', value: 'true' }] },
      },
    ],
  },
  // 表单填报: each form names one of these routes (表单定义 › 审核流程); an office adds a route here for a new form.
  {
    code: 'form-reception-report',
    name: '政务接待信息报告审核',
    collection: 'form-filings',
    // 政务接待信息报告制度范本 三：接待单位报告，所属单位政务接待管理部门审核、汇总。
    stages: [
      { label: '接待单位负责人审核', signers: { type: 'relative', role: 'unitHead' }, deadlineDays: 2, checklist: ['内容真实、准确、完整', '费用总额与分项一致', '符合接待标准'] },
      { label: '政务接待管理部门审核', signers: { type: 'role', role: 'reviewer', unitCode: UNIT_CODES.office }, deadlineDays: 3, checklist: ['内容真实、准确、完整', '费用总额与分项一致'] },
    ],
  },
  {
    code: 'form-it-systems',
    name: '自建政务信息系统基本情况表审核',
    collection: 'form-filings',
    stages: [
      { label: '单位负责人审核', signers: { type: 'relative', role: 'unitHead' }, deadlineDays: 3, checklist: ['系统无遗漏', '数据准确'] },
      { label: '县政务服务数据管理局审核', signers: { type: 'role', role: 'unitHead', unitCode: UNIT_CODES.data }, deadlineDays: 5, checklist: ['数据准确', '定级情况与备案一致'] },
    ],
  },
  {
    code: 'form-column-request',
    name: '专栏设置申请审批',
    collection: 'form-filings',
    // 天津市农委门户网站管理办法 第四章：处室提出需求申请，经审定后由信息中心协助建设。
    stages: [
      { label: '申请单位负责人审核', signers: { type: 'relative', role: 'unitHead' }, deadlineDays: 2, checklist: ['内容符合本单位职能', '有专人维护'] },
      { label: '县电子政务中心审定', signers: { type: 'role', role: 'unitHead', unitCode: UNIT_CODES.egov }, deadlineDays: 3, checklist: ['栏目设置必要', '与现有栏目不重复'] },
    ],
  },
  {
    code: 'form-link-registration',
    name: '网站链接备案审批',
    collection: 'form-filings',
    // 天津市农委门户网站管理办法 第六章 链接管理：外部链接须经审核备案。
    stages: [
      { label: '申请单位负责人审核', signers: { type: 'relative', role: 'unitHead' }, deadlineDays: 2, checklist: ['链接网站内容健康', '与本单位职能相关'] },
      { label: '县电子政务中心审定', signers: { type: 'role', role: 'unitHead', unitCode: UNIT_CODES.egov }, deadlineDays: 3, checklist: ['网站主办单位可靠', '链接可以访问'] },
    ],
  },
]
