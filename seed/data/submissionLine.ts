/** Demo data of the submission line (政务信息报送). */

/** 榕政办〔2018〕26号 报送重点 (five), 企业政务信息报送要点 日常报送 (twelve), and 专题. */
export const submissionCategories: { name: string; group: 'focus' | 'daily' | 'topic'; description?: string }[] = [
  { name: '重大决策部署落实', group: 'focus', description: '上级和本级政府的重大决策和重要工作部署的贯彻落实情况' },
  { name: '经验做法与困难问题', group: 'focus', description: '推进经济社会发展的经验做法、存在的困难问题，带有倾向性、苗头性的情况' },
  { name: '重要建议与研究成果', group: 'focus', description: '社会各界关于经济建设和社会发展的重要建议、对策、预测和重大研究成果' },
  { name: '国内外重要参考信息', group: 'focus', description: '对本级政府决策和指导工作有参考借鉴价值的国内外重要信息' },
  { name: '媒体报道与网络舆情', group: 'focus', description: '有较大影响的媒体报道和网络重要舆情' },
  ...['经营动态', '经营业绩', '工程项目', '技术创新', '业务拓展', '合作交流', '社会责任', '改革发展', '企业党建', '管理经验', '安全生产', '人才强企'].map((name) => ({
    name,
    group: 'daily' as const,
  })),
  { name: '专题信息', group: 'topic', description: '围绕约稿或阶段性重点工作报送的专题信息' },
]

export type SeedJournal = {
  key: string
  office: string
  name: string
  kind: 'yaoqing' | 'kuaixun' | 'zhuanbao' | 'xinxi'
  classification: 'public' | 'internal'
  public: boolean
  totalBase: number
  copies: number
  /** 版记: 报 (superiors), 送 (peers), 发 (subordinates) */
  reportTo?: string
  copyTo?: string
  distribution: string
}

export const journals: SeedJournal[] = [
  {
    key: 'yaoqing',
    office: 'office',
    name: '政务要情',
    kind: 'yaoqing',
    classification: 'internal',
    public: false,
    totalBase: 332,
    copies: 60,
    reportTo: '市政府办公室',
    copyTo: '县委、县人大、县政协领导，县委办、县人大办、县政协办',
    distribution: '县政府领导，县政府各部门',
  },
  {
    key: 'kuaixun',
    office: 'office',
    name: '政务快讯',
    kind: 'kuaixun',
    classification: 'public',
    public: true,
    totalBase: 120,
    copies: 100,
    reportTo: '市政府办公室',
    copyTo: '县委办公室，县人大常委会办公室，县政协办公室',
    distribution: '县政府领导，各乡镇人民政府，县政府各部门',
  },
  { key: 'zhuanbao', office: 'office', name: '政务信息专报', kind: 'zhuanbao', classification: 'internal', public: false, totalBase: 45, copies: 20, distribution: '县政府主要领导、分管领导' },
  { key: 'city', office: 'city-office', name: '示范政务信息', kind: 'xinxi', classification: 'internal', public: false, totalBase: 880, copies: 80, reportTo: '省政府办公厅', copyTo: '市委、市人大、市政协领导', distribution: '市政府领导，各县（市）区人民政府' },
]

export type SeedSubmission = {
  title: string
  unit: string
  category: string
  type: 'dynamic' | 'experience' | 'problem' | 'suggestion' | 'research'
  writer: string
  phone: string
  paragraphs?: string[]
  research?: { situation: string; problems: string; analysis: string; suggestions: string }
  /** What happens to it: left as a draft, sent and waiting, adopted into 政务快讯, forwarded to the city. */
  outcome: 'draft' | 'sent' | 'adopted' | 'forwarded'
}

export const submissions: SeedSubmission[] = [
  {
    title: '县教育局“课后服务+”实现义务教育学校全覆盖',
    unit: 'education',
    category: '经验做法与困难问题',
    type: 'experience',
    writer: '李信息',
    phone: '0591-12345678',
    paragraphs: [
      '今年秋季学期以来，县教育局推行“课后服务+”模式，全县38所义务教育学校实现课后服务全覆盖，参与学生2.1万人，参与率达96.5%。',
      '一是统筹师资力量。组织在职教师轮岗、聘请退休教师和非遗传承人等校外人员参与，建立课后服务人才库。',
      '二是丰富服务内容。开设作业辅导、体育艺术、科技创新等课程142门，满足学生个性化需求。',
      '三是强化经费保障。落实课后服务经费财政补助，规范收费标准，困难家庭学生免费参加。',
    ],
    outcome: 'adopted',
  },
  {
    title: '城关镇多措并举做好秋冬季森林防火工作',
    unit: 'town',
    category: '重大决策部署落实',
    type: 'dynamic',
    writer: '曾镇信',
    phone: '0591-22345678',
    paragraphs: ['入秋以来，城关镇落实森林防火责任制，设置临时检查站6个，组织巡山护林队员120人开展常态化巡查，全镇未发生森林火灾。'],
    outcome: 'sent',
  },
  {
    title: '关于我县基层医疗卫生服务能力的调研',
    unit: 'health',
    category: '重要建议与研究成果',
    type: 'research',
    writer: '周卫信',
    phone: '0591-32345678',
    research: {
      situation: '全县现有乡镇卫生院11家、村卫生室146个，基层诊疗量占全县诊疗总量的52%。',
      problems: '部分村卫生室人员老化，全科医生缺口约40人；设备更新慢，检查能力不足。',
      analysis: '基层岗位吸引力不足，人才“引不来、留不住”；县乡医疗资源统筹不够。',
      suggestions: '推进县域医共体建设，实行人员“县管乡用”；落实基层岗位补贴，分批更新基层设备。',
    },
    outcome: 'forwarded',
  },
  {
    title: '县农业农村局推进高标准农田建设',
    unit: 'agriculture',
    category: '重大决策部署落实',
    type: 'dynamic',
    writer: '冯农信',
    phone: '0591-42345678',
    paragraphs: ['今年全县新建高标准农田2.3万亩，已完成年度任务的85%。'],
    outcome: 'draft',
  },
]
