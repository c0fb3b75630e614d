/**
 * 互动交流 demo data: the message types with their answer times, the leaders of the 领导信箱
 * (demo names, not real officials — the office keeps the real list in the admin) and a handful
 * of messages in every state. Days are counted back from the day the seed runs, all well inside
 * the 30-day alarm, so the demo never shows a 3-month veto by accident.
 */
export const messageTypes = [
  { code: 'leaderMailbox', name: '领导信箱', answerDays: 15, needsLeader: true, order: 1, description: '写信给县政府领导。来信由县政府办公室受理后转有关单位办理，答复经县政府办公室审核。' },
  { code: 'consultation', name: '咨询', answerDays: 5, needsLeader: false, order: 2, description: '咨询政策、办事流程等问题。' },
  { code: 'complaint', name: '投诉', answerDays: 10, needsLeader: false, order: 3, description: '反映行政机关及其工作人员的问题。' },
  { code: 'suggestion', name: '建议', answerDays: 10, needsLeader: false, order: 4, description: '对政府工作提出意见和建议。' },
  { code: 'correction', name: '纠错', answerDays: 5, needsLeader: false, order: 5, description: '指出本网站的错误：错别字、链接无法打开、信息过时等。' },
]

export const mailboxLeaders = [
  { key: 'county', name: '杨明（示例）', title: '县长', duties: '主持县政府全面工作。', order: 1 },
  { key: 'deputy', name: '张华（示例）', title: '副县长', duties: '负责教育、卫生健康、信息化等方面工作。', order: 2 },
  { key: 'deputy2', name: '马林（示例）', title: '副县长', duties: '负责农业农村、住房和城乡建设等方面工作。', order: 3 },
]

export type SeedMessage = {
  key: string
  type: string
  leader?: string
  title: string
  content: string
  name: string
  mobile: string
  email?: string
  publishConsent: boolean
  /** Days before the seed day. */
  receivedDaysAgo: number
  /** What happened to it, each step so many days before the seed day. */
  refused?: { daysAgo: number; reason: string; note?: string }
  assigned?: { daysAgo: number; unit: string }
  extensionRequested?: { daysAgo: number; reason: string }
  reply?: { daysAgo: number; text: string; public: boolean; publicTitle?: string; publicQuestion?: string; approved: boolean; submitted?: boolean }
  rating?: { value: 'satisfied' | 'basic' | 'unsatisfied'; comment?: string }
}

export const messages: SeedMessage[] = [
  {
    key: 'school-bus',
    type: 'consultation',
    title: '城关镇中心小学是否开通校车',
    content: '我家住城关镇东郊村，孩子明年上小学，想咨询城关镇中心小学是否开通校车，乘车需要办理什么手续？',
    name: '吴秀兰',
    mobile: '13905910001',
    publishConsent: true,
    receivedDaysAgo: 12,
    assigned: { daysAgo: 11, unit: 'education' },
    reply: {
      daysAgo: 8,
      approved: true,
      public: true,
      text: '您好！城关镇中心小学自2026年秋季学期起开通东郊、西山两条校车线路，东郊村设有停靠点。新生家长可在报名时向学校提出乘车申请，填写《学生乘车安全协议书》即可办理，不收取费用。感谢您的关注。',
    },
    rating: { value: 'satisfied', comment: '答复很清楚，谢谢。' },
  },
  {
    key: 'clinic-hours',
    type: 'leaderMailbox',
    leader: 'deputy',
    title: '建议延长乡镇卫生院周末门诊时间',
    content: '张县长您好：我们村离县城较远，乡镇卫生院周末只有上午开诊，老人看病很不方便，建议周末下午也安排门诊。',
    name: '林建国',
    mobile: '13705910002',
    email: 'ljg@example.com',
    publishConsent: true,
    receivedDaysAgo: 20,
    assigned: { daysAgo: 19, unit: 'health' },
    reply: {
      daysAgo: 6,
      approved: true,
      public: true,
      publicQuestion: '县长您好：我们村离县城较远，乡镇卫生院周末只有上午开诊，老人看病很不方便，建议周末下午也安排门诊。',
      text: '您好！经研究，自2026年12月起，全县各乡镇卫生院周六、周日下午增设全科门诊（14:30—17:30），并在卫生院门口和本网站公布排班表。感谢您对卫生健康工作的关心。',
    },
  },
  {
    key: 'subsidy',
    type: 'consultation',
    title: '耕地地力保护补贴何时发放',
    content: '请问今年的耕地地力保护补贴什么时候发放到户？我家的补贴面积和去年不一样，找谁核对？',
    name: '陈土生',
    mobile: '15805910003',
    publishConsent: false,
    receivedDaysAgo: 15,
    assigned: { daysAgo: 14, unit: 'agriculture' },
    reply: { daysAgo: 10, approved: true, public: false, text: '您好！今年的耕地地力保护补贴已于11月中旬通过“一卡通”发放。面积有出入的，请携带承包合同到所在村委会或镇农业服务中心核对。' },
    rating: { value: 'basic' },
  },
  {
    key: 'road-repair',
    type: 'complaint',
    title: '人民路施工围挡长期未拆除',
    content: '人民路中段的施工围挡已经放了两个多月，施工早就停了，占用半幅道路，早晚高峰很堵，请有关部门处理。',
    name: '郑海',
    mobile: '13605910004',
    publishConsent: true,
    receivedDaysAgo: 5,
    assigned: { daysAgo: 4, unit: 'housing' },
    reply: { daysAgo: 1, approved: false, submitted: true, public: true, text: '您好！经现场核查，人民路中段管网改造工程已完工，施工单位将于本周内拆除围挡并恢复路面。' },
  },
  {
    key: 'canteen',
    type: 'complaint',
    title: '学校食堂饭菜价格上涨',
    content: '县第二中学食堂本学期饭菜价格明显上涨，分量却减少了，希望教育部门调查。',
    name: '黄丽',
    mobile: '13805910005',
    publishConsent: false,
    receivedDaysAgo: 8,
    assigned: { daysAgo: 7, unit: 'education' },
    extensionRequested: { daysAgo: 1, reason: '需会同市场监管部门对食堂成本进行核查，核查需要较长时间。' },
  },
  {
    key: 'park',
    type: 'suggestion',
    title: '建议在城东新区建设口袋公园',
    content: '城东新区居民越来越多，但附近没有公园，建议利用空地建设几个口袋公园，方便居民休闲健身。',
    name: '周明',
    mobile: '13905910006',
    publishConsent: true,
    receivedDaysAgo: 2,
    assigned: { daysAgo: 1, unit: 'housing' },
  },
  {
    key: 'broken-link',
    type: 'correction',
    title: '政策文件栏目有链接打不开',
    content: '网站政策文件栏目中有一篇文件的附件下载链接打不开，显示找不到页面。',
    name: '刘洋',
    mobile: '18605910007',
    publishConsent: false,
    receivedDaysAgo: 3,
    assigned: { daysAgo: 2, unit: 'egov' },
  },
  {
    key: 'noise',
    type: 'complaint',
    title: '夜间施工噪音扰民',
    content: '小区旁边的工地晚上十一点以后还在施工，噪音很大，影响休息。',
    name: '何静',
    mobile: '13505910008',
    publishConsent: true,
    receivedDaysAgo: 1,
  },
  {
    key: 'visa',
    type: 'consultation',
    title: '办理护照需要什么材料',
    content: '请问在本县办理普通护照需要带什么材料？多久能拿到？',
    name: '孙强',
    mobile: '13305910009',
    publishConsent: true,
    receivedDaysAgo: 6,
    refused: { daysAgo: 5, reason: 'outOfScope', note: '护照由公安机关出入境管理部门办理，请拨打12367咨询或前往县公安局出入境接待大厅。' },
  },
]
