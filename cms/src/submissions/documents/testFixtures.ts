/** Sample documents for the renderers' unit tests. */
import type { Bulletin, JournalIssue } from '../../payload-types'

const office = { id: 3, name: '示范县人民政府办公室', kind: 'department', level: 'county', updatedAt: '', createdAt: '' } as const

export const XSS = '<script>alert(1)</script>'

export const sampleIssue: JournalIssue = {
  id: 1,
  title: '《政务快讯》2026年第1期（总第121期）',
  journal: { id: 2, name: '政务快讯', kind: 'kuaixun', office, classification: 'public', updatedAt: '', createdAt: '' },
  issueDate: '2026-11-20T04:00:00.000Z',
  year: 2026,
  number: 1,
  total: 121,
  supplement: false,
  editorNote: '课后服务是“双减”工作的重要抓手。\n供各地各部门学习借鉴。',
  items: [
    {
      heading: '县教育局“课后服务+”实现义务教育学校全覆盖',
      text: '今年秋季学期以来，全县38所义务教育学校实现课后服务全覆盖。\n\n一是统筹师资力量。',
      sourceUnit: '县教育局',
    },
    { heading: '城关镇做好秋冬季森林防火工作', text: '全镇未发生森林火灾。' },
  ],
  classification: 'internal',
  copies: 100,
  reportTo: '市政府办公室',
  copyTo: '县委办公室，县人大常委会办公室',
  distribution: '县政府领导，各乡镇人民政府，县政府各部门',
  office,
  // 27 November 2026 in China, still the 26th in UTC.
  signedAt: '2026-11-26T17:30:00.000Z',
  updatedAt: '',
  createdAt: '',
}

export const sampleBulletin: Bulletin = {
  id: 5,
  title: '示范县人民政府办公室关于2026年11月政务信息报送采用情况的通报',
  periodType: 'month',
  year: 2026,
  period: 11,
  intro: '2026年11月，各单位共报送政务信息3条，被采用1条。\n现将各单位报送采用情况通报如下。',
  rows: [
    { rank: 1, unit: '县教育局', submitted: 1, adopted: 1, adoptionRate: '100%', score: 5, quotaMissedMonths: 0, commissionsMissed: 0, instructions: 1 },
    { rank: 2, unit: '城关镇', submitted: 1, adopted: 0, adoptionRate: '0%', score: 0, quotaMissedMonths: 0, commissionsMissed: 0, instructions: 0 },
  ],
  totals: { submitted: 2, adopted: 1, score: 5 },
  office,
  _status: 'published',
  updatedAt: '',
  createdAt: '',
}
