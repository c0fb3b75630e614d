/**
 * 政府信息公开目录: the national sections and a county catalog shaped like the seed's 《中心政务
 * 公开目录及分工》 (4 个一级指标、26 个二级指标). Level-one items of 法定主动公开内容 carry
 * `section: 'statutory'`; 指南, 制度 and 年报 are level-one items of their own section.
 */
export type SeedCategory = {
  code: string
  name: string
  section?: 'guide' | 'rules' | 'statutory' | 'annualReport'
  units?: string[]
  responsibility?: string
  timeLimitDays?: number
  timeLimitNote?: string
  channels?: string[]
  defaultMode?: 'proactive' | 'onRequest' | 'withheld'
  description?: string
  children?: SeedCategory[]
}

const WEB = ['website']
const WEB_WX = ['website', 'wechat', 'weibo', 'app']
const ALL = ['website', 'gazette', 'wechat', 'weibo', 'app', 'readingPoint']

export const disclosureCatalog: SeedCategory[] = [
  {
    code: 'ZN',
    name: '政府信息公开指南',
    section: 'guide',
    units: ['office'],
    responsibility: '县政府办公室（县政务公开办）编制并及时更新',
    timeLimitDays: 20,
    timeLimitNote: '指南内容变更之日起20个工作日内更新',
    channels: ['website', 'readingPoint'],
    description: '公开方式、受理机构、申请渠道、办理流程和救济途径。',
  },
  {
    code: 'ZD',
    name: '政府信息公开制度',
    section: 'rules',
    units: ['office'],
    responsibility: '县政府办公室',
    timeLimitDays: 20,
    channels: WEB,
    description: '主动公开、依申请公开、保密审查、考核评议等工作制度。',
  },
  {
    code: 'NB',
    name: '政府信息公开年报',
    section: 'annualReport',
    units: ['office'],
    responsibility: '县政府办公室汇总编制，每年1月31日前公布上一年度报告',
    timeLimitNote: '每年1月31日前',
    channels: ['website', 'readingPoint'],
  },
  {
    code: 'A',
    name: '机构信息',
    section: 'statutory',
    children: [
      { code: 'A01', name: '机构职能', units: ['office'], timeLimitDays: 20, channels: WEB, description: '本机关职能、机构设置、办公地址、办公时间、联系方式。' },
      { code: 'A02', name: '领导信息', units: ['office'], timeLimitDays: 20, channels: WEB, description: '领导姓名、职务、分工及简历。' },
      { code: 'A03', name: '内设机构', units: ['office'], timeLimitDays: 20, channels: WEB },
      { code: 'A04', name: '下属单位', units: ['office'], timeLimitDays: 20, channels: WEB },
      { code: 'A05', name: '联系方式', units: ['office'], timeLimitDays: 20, channels: WEB },
    ],
  },
  {
    code: 'B',
    name: '政务公开',
    section: 'statutory',
    children: [
      { code: 'B01', name: '政策文件', units: ['gov', 'office'], responsibility: '起草单位提出公开属性，县政府办公室审核发布', timeLimitDays: 20, channels: ALL, description: '规章、行政规范性文件和其他政策文件。' },
      { code: 'B02', name: '政策解读', units: ['gov', 'office'], responsibility: '文件起草单位负责解读，与文件同步公开', timeLimitDays: 0, timeLimitNote: '与政策文件同步公开', channels: WEB_WX },
      { code: 'B03', name: '规划计划', units: ['data', 'office'], timeLimitDays: 20, channels: ALL, description: '国民经济和社会发展规划、专项规划、区域规划及相关政策。' },
      { code: 'B04', name: '财政预决算', units: ['finance'], responsibility: '县财政局及各预算单位', timeLimitDays: 20, timeLimitNote: '批准后20日内', channels: ['website', 'readingPoint'] },
      { code: 'B05', name: '重大建设项目', units: ['housing', 'data'], timeLimitDays: 20, channels: WEB },
      { code: 'B06', name: '公共资源配置', units: ['finance', 'housing'], timeLimitDays: 20, channels: WEB },
      { code: 'B07', name: '重点工作', units: ['office'], timeLimitDays: 20, channels: WEB_WX, description: '政府工作报告重点任务分解和落实情况。' },
      { code: 'B08', name: '建议提案办理', units: ['office'], timeLimitDays: 20, channels: WEB, description: '人大代表建议和政协提案办理复文（涉及国家秘密等的除外）。' },
      { code: 'B09', name: '人事信息', units: ['office'], timeLimitDays: 20, channels: WEB, description: '公务员招考、事业单位招聘、干部任免。' },
      { code: 'B10', name: '行政执法公示', units: ['agriculture', 'health', 'housing'], timeLimitDays: 7, timeLimitNote: '行政许可、行政处罚决定作出之日起7个工作日内', channels: WEB },
      { code: 'B11', name: '“双随机、一公开”', units: ['agriculture', 'health'], timeLimitDays: 20, channels: WEB },
      { code: 'B12', name: '统计信息', units: ['data'], timeLimitDays: 20, channels: ['website', 'gazette'] },
    ],
  },
  {
    code: 'C',
    name: '工作动态',
    section: 'statutory',
    children: [
      { code: 'C01', name: '工作要闻', units: ['office', 'propaganda'], timeLimitDays: 1, timeLimitNote: '一般当天发布', channels: WEB_WX },
      { code: 'C02', name: '通知公告', units: ['office'], timeLimitDays: 5, channels: WEB_WX },
      { code: 'C03', name: '会议信息', units: ['office'], timeLimitDays: 5, channels: WEB, description: '县政府常务会议等重要会议的议题和决定。' },
      { code: 'C04', name: '部门动态', units: ['education', 'health', 'agriculture', 'town'], responsibility: '各部门、各乡镇负责本单位信息', timeLimitDays: 5, channels: WEB },
    ],
  },
  {
    code: 'D',
    name: '公共服务',
    section: 'statutory',
    children: [
      { code: 'D01', name: '政务服务事项', units: ['data'], timeLimitDays: 20, channels: ['website', 'app'], description: '权责清单、政务服务事项目录。' },
      { code: 'D02', name: '办事指南', units: ['data'], timeLimitDays: 20, channels: ['website', 'app', 'readingPoint'] },
      { code: 'D03', name: '教育、医疗卫生', units: ['education', 'health'], timeLimitDays: 20, channels: WEB },
      { code: 'D04', name: '应急管理', units: ['office'], timeLimitDays: 1, timeLimitNote: '突发事件信息及时发布', channels: ['website', 'wechat', 'weibo', 'app', 'media'] },
      { code: 'D05', name: '政民互动', units: ['office'], timeLimitDays: 5, channels: WEB_WX, description: '县长信箱、在线访谈、意见征集及反馈。' },
    ],
  },
]
