/**
 * Demo policies, interpretations, 依申请公开 applications (2024–2026) and the 2025 annual report.
 * The applications give the 2025 report's table 三 the numbers tests/disclosure.test.ts checks.
 */
export type SeedPolicy = {
  key: string
  title: string
  unit: string
  docType: 'regulation' | 'normative' | 'other'
  docNo?: string
  issuer: string
  subject: string
  category: string
  writtenAt: string
  publishedAt: string
  disclosureMode?: 'proactive' | 'onRequest' | 'withheld'
  nonDisclosureReason?: string
  validity?: 'valid' | 'expired' | 'repealed' | 'amended'
  validityChangedAt?: string
  replacedBy?: string
  needsInterpretation?: boolean
  summary: string
  paragraphs: string[]
  /** false: kept as a draft (e.g. not disclosed) */
  publish?: boolean
  /** What the signers answer to the content checks' warnings (e.g. a published office phone). */
  checkReason?: string
}

export type SeedInterpretation = {
  title: string
  policy: string
  unit: string
  form: 'text' | 'graphic' | 'video' | 'qa' | 'expert' | 'pressConference'
  interpretingUnit: string
  interpreter: string
  contact: string
  paragraphs: string[]
}

export const policies: SeedPolicy[] = [
  {
    key: 'homestead',
    title: '示范县人民政府关于印发《示范县农村宅基地管理办法（试行）》的通知',
    unit: 'gov',
    docType: 'normative',
    docNo: '示政规〔2025〕1号',
    issuer: '示范县人民政府',
    subject: 's0601',
    category: 'B01',
    writtenAt: '2025-01-15T00:00:00+08:00',
    publishedAt: '2025-01-20T09:00:00+08:00',
    summary: '规范农村宅基地申请、审批和使用管理。',
    paragraphs: ['各乡镇人民政府，县政府各部门：', '现将《示范县农村宅基地管理办法（试行）》印发给你们，请认真贯彻执行。'],
  },
  {
    key: 'vehicle-parking',
    title: '示范县人民政府关于印发《示范县城区机动车停放管理办法》的通知',
    unit: 'gov',
    docType: 'normative',
    docNo: '示政规〔2026〕5号',
    issuer: '示范县人民政府',
    subject: 's1002',
    category: 'B01',
    writtenAt: '2026-05-20T00:00:00+08:00',
    publishedAt: '2026-05-28T09:00:00+08:00',
    summary: '统一城区公共停车场、道路停车泊位和居住区停车管理，原停车管理办法同时废止。',
    paragraphs: ['各乡镇人民政府，县政府各部门：', '《示范县城区机动车停放管理办法》已经县政府常务会议研究通过，现印发给你们，请认真遵照执行。', '本办法自2026年6月1日起施行，《示范县城区停车管理办法》（示政规〔2025〕2号）同时废止。'],
  },
  {
    key: 'parking',
    title: '示范县人民政府关于印发《示范县城区停车管理办法》的通知',
    unit: 'gov',
    docType: 'normative',
    docNo: '示政规〔2025〕2号',
    issuer: '示范县人民政府',
    subject: 's1002',
    category: 'B01',
    writtenAt: '2025-03-10T00:00:00+08:00',
    publishedAt: '2025-03-14T09:00:00+08:00',
    validity: 'repealed',
    validityChangedAt: '2026-06-01T00:00:00+08:00',
    replacedBy: 'vehicle-parking',
    summary: '已被《示范县城区机动车停放管理办法》替代，自2026年6月1日起废止。',
    paragraphs: ['各乡镇人民政府，县政府各部门：', '现将《示范县城区停车管理办法》印发给你们，请认真贯彻执行。'],
  },
  {
    key: 'business-environment',
    title: '示范县人民政府关于印发《示范县进一步优化营商环境若干措施》的通知',
    unit: 'gov',
    docType: 'normative',
    docNo: '示政规〔2026〕3号',
    issuer: '示范县人民政府',
    subject: 's03',
    category: 'B01',
    writtenAt: '2026-04-08T00:00:00+08:00',
    publishedAt: '2026-04-15T09:00:00+08:00',
    needsInterpretation: true,
    summary: '从市场准入、政务服务、要素保障、法治保障等方面提出20条措施。',
    paragraphs: ['各乡镇人民政府，县政府各部门：', '《示范县进一步优化营商环境若干措施》已经县政府常务会议研究通过，现印发给你们，请结合实际认真贯彻落实。'],
  },
  {
    key: 'disclosure-plan-2025',
    title: '示范县人民政府办公室关于印发示范县2025年政务公开工作要点的通知',
    unit: 'gov',
    docType: 'other',
    docNo: '示政办发〔2025〕12号',
    issuer: '示范县人民政府办公室',
    subject: 's0203',
    category: 'B07',
    writtenAt: '2025-05-06T00:00:00+08:00',
    publishedAt: '2025-05-09T10:00:00+08:00',
    summary: '部署2025年度政务公开重点任务。',
    paragraphs: ['各乡镇人民政府，县政府各部门：', '现将《示范县2025年政务公开工作要点》印发给你们，请认真抓好落实。'],
  },
  {
    key: 'disclosure-rules',
    title: '示范县人民政府办公室关于印发《示范县政府信息公开工作制度》的通知',
    unit: 'gov',
    docType: 'other',
    docNo: '示政办发〔2025〕3号',
    issuer: '示范县人民政府办公室',
    subject: 's0203',
    category: 'ZD',
    writtenAt: '2025-02-18T00:00:00+08:00',
    publishedAt: '2025-02-21T09:00:00+08:00',
    summary: '主动公开、依申请公开、保密审查、政策解读和考核评议等工作制度。',
    paragraphs: [
      '各乡镇人民政府，县政府各部门：',
      '为规范政府信息公开工作，根据《中华人民共和国政府信息公开条例》，制定本制度。',
      '一、主动公开。各单位对本单位制作或者获取的政府信息，应当在形成或者变更之日起20个工作日内予以公开。',
      '二、保密审查。拟公开的政府信息应当依照《中华人民共和国保守国家秘密法》及相关规定进行审查；不能确定是否可以公开的，报有关主管部门或者保密行政管理部门确定。',
      '三、依申请公开。县政府办公室统一受理向县政府提出的政府信息公开申请，在收到申请之日起20个工作日内予以答复。',
    ],
  },
  {
    key: 'budget-notice',
    title: '县财政局关于做好2027年县级部门预算编制工作的通知',
    unit: 'finance',
    docType: 'other',
    docNo: '示财预〔2026〕18号',
    issuer: '示范县财政局',
    subject: 's0401',
    category: 'B04',
    writtenAt: '2026-09-15T00:00:00+08:00',
    publishedAt: '2026-09-18T09:00:00+08:00',
    disclosureMode: 'onRequest',
    nonDisclosureReason: '面向预算单位的工作部署，公众可依申请获取',
    summary: '部署2027年县级部门预算编制。',
    paragraphs: ['县直各预算单位：', '为做好2027年县级部门预算编制工作，现将有关事项通知如下。'],
  },
  {
    key: 'health-internal',
    title: '县卫生健康委员会关于印发突发公共卫生事件内部处置工作规程的通知',
    unit: 'health',
    docType: 'other',
    docNo: '示卫发〔2026〕7号',
    issuer: '示范县卫生健康委员会',
    subject: 's1301',
    category: 'D04',
    writtenAt: '2026-07-02T00:00:00+08:00',
    publishedAt: '2026-07-06T09:00:00+08:00',
    disclosureMode: 'withheld',
    nonDisclosureReason: '属于内部事务信息（《政府信息公开条例》第十六条第一款）',
    summary: '委内各科室应急处置分工和内部流程。',
    paragraphs: ['委机关各科室、委属各单位：', '现将突发公共卫生事件内部处置工作规程印发给你们，请遵照执行。'],
  },
]

/** 政府信息公开指南 (the guide page), paragraphs. */
export const disclosureGuide = [
  '为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》，编制本指南。',
  '一、主动公开。主动公开的政府信息主要通过示范县人民政府门户网站“政府信息公开”专栏公开，并视情通过政府公报、政务新媒体、公开查阅点等渠道公开。属于主动公开范围的政府信息，自该信息形成或者变更之日起20个工作日内予以公开。',
  '二、依申请公开。公民、法人或者其他组织可以向县政府办公室（县政务公开办公室）申请获取相关政府信息。申请可通过门户网站在线提交，也可以信函、当面等方式提交。申请内容应当包括申请人的姓名或者名称、身份证明、联系方式，申请公开的政府信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式、途径。',
  '三、办理期限。能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。',
  '四、收费。依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，可以依照有关规定收取信息处理费。',
  '五、救济途径。公民、法人或者其他组织认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。',
]

export const interpretations: SeedInterpretation[] = [
  {
    title: '《示范县进一步优化营商环境若干措施》政策解读',
    policy: 'business-environment',
    unit: 'gov',
    form: 'qa',
    interpretingUnit: '示范县发展和改革局',
    interpreter: '王建国',
    contact: '0591-12345678',
    paragraphs: [
      '一、出台背景：为贯彻国务院《优化营商环境条例》，进一步激发市场主体活力，制定本措施。',
      '二、主要内容：共20条，涵盖市场准入、政务服务、要素保障和法治保障四个方面。',
      '三、问：企业开办需要多长时间？答：全流程压缩至1个工作日内办结。',
    ],
  },
]

export type SeedApplication = {
  key: string
  applicantKind: 'natural' | 'legal'
  orgType?: 'commercial' | 'research' | 'publicInterest' | 'legalService' | 'otherOrg'
  name: string
  receivedAt: string
  repliedAt?: string
  outcome?: string
  description: string
}

const d = (iso: string) => `${iso}T10:00:00+08:00`

export const applications: SeedApplication[] = [
  { key: 'a0', applicantKind: 'natural', name: '赵明', receivedAt: d('2024-06-01'), repliedAt: d('2024-06-20'), outcome: 'granted', description: '2023年城关镇老旧小区改造项目清单' },
  { key: 'a1', applicantKind: 'natural', name: '钱丽', receivedAt: d('2024-12-20'), repliedAt: d('2025-01-10'), outcome: 'granted', description: '2024年县级农村公路建设计划' },
  { key: 'a2', applicantKind: 'legal', orgType: 'commercial', name: '示范县恒通建材有限公司', receivedAt: d('2024-12-25'), repliedAt: d('2025-01-15'), outcome: 'partial', description: '县城东片区控制性详细规划批复文件' },
  { key: 'b1', applicantKind: 'natural', name: '孙伟', receivedAt: d('2025-02-10'), repliedAt: d('2025-03-01'), outcome: 'granted', description: '2025年城乡居民医保缴费标准文件' },
  { key: 'b2', applicantKind: 'natural', name: '李娜', receivedAt: d('2025-03-05'), repliedAt: d('2025-03-20'), outcome: 'withheld-thirdParty', description: '邻居房屋翻建的审批材料（含他人身份信息）' },
  { key: 'b3', applicantKind: 'natural', name: '周强', receivedAt: d('2025-04-01'), repliedAt: d('2025-04-20'), outcome: 'unable-notHeld', description: '1985年某村土地承包合同原件' },
  { key: 'b4', applicantKind: 'natural', name: '吴芳', receivedAt: d('2025-05-06'), repliedAt: d('2025-05-30'), outcome: 'notProcessed-petition', description: '投诉某小区物业服务问题并要求处理' },
  { key: 'b5', applicantKind: 'legal', orgType: 'research', name: '示范市农业科学研究所', receivedAt: d('2025-06-03'), repliedAt: d('2025-06-20'), outcome: 'granted', description: '2024年全县耕地质量等级调查评价报告' },
  { key: 'b6', applicantKind: 'legal', orgType: 'publicInterest', name: '示范县绿水环保志愿者协会', receivedAt: d('2025-07-01'), repliedAt: d('2025-07-25'), outcome: 'partial', description: '县污水处理厂2024年出水水质监测数据' },
  { key: 'b7', applicantKind: 'legal', orgType: 'legalService', name: '福建明正律师事务所', receivedAt: d('2025-08-04'), repliedAt: d('2025-08-29'), outcome: 'withheld-process', description: '某征收项目补偿方案的内部讨论记录' },
  { key: 'b8', applicantKind: 'legal', orgType: 'otherOrg', name: '城关镇东街社区居民委员会', receivedAt: d('2025-09-01'), repliedAt: d('2025-09-26'), outcome: 'other-noCorrection', description: '有关部门的相关文件' },
  { key: 'b9', applicantKind: 'legal', orgType: 'commercial', name: '示范县鑫源农业开发有限公司', receivedAt: d('2025-10-09'), repliedAt: d('2025-10-30'), outcome: 'granted', description: '2025年农业产业化项目扶持资金分配结果' },
  { key: 'b10', applicantKind: 'natural', name: '郑华', receivedAt: d('2025-12-22'), repliedAt: d('2026-01-15'), outcome: 'granted', description: '2025年城区道路维修计划' },
  { key: 'b11', applicantKind: 'legal', orgType: 'commercial', name: '示范县宏达物流有限公司', receivedAt: d('2025-12-29'), repliedAt: d('2026-01-20'), outcome: 'unable-needsCreation', description: '近十年全县物流企业分类汇总统计表' },
  { key: 'c1', applicantKind: 'natural', name: '王磊', receivedAt: d('2026-03-02'), repliedAt: d('2026-03-25'), outcome: 'granted', description: '2026年义务教育学校招生划片方案' },
  { key: 'c2', applicantKind: 'legal', orgType: 'research', name: '示范学院地方发展研究中心', receivedAt: d('2026-06-10'), description: '2025年全县财政专项资金绩效评价报告' },
  { key: 'c3', applicantKind: 'natural', name: '陈静', receivedAt: d('2026-10-12'), description: '城关镇2026年低保对象公示名单的审批依据' },
]

export const annualReport2025 = {
  title: '示范县人民政府2025年政府信息公开工作年度报告',
  year: 2025,
  unit: 'gov',
  activeDisclosure: { licensing: 1286, penalties: 342, enforcement: 17, feesAmount: 56.8 },
  reviewLitigation: {
    reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
    litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  },
  overview: [
    '2025年，示范县人民政府深入贯彻《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。',
    '全年通过县政府门户网站主动公开政府信息3260条，其中政策文件46件、政策解读31篇。',
  ],
  problems: ['存在的主要问题：部分部门政策解读形式较为单一。', '改进措施：推行图解、视频等多样化解读，提高解读质量。'],
  otherMatters: ['本年度未收取信息处理费。'],
}
