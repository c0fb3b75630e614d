import type { SeedColumn } from './types'

export const columns: SeedColumn[] = [
  { slug: 'yaowen', name: '要闻动态', kind: 'news', showOnHome: true, order: 1, description: '县政府重要会议、领导活动和重大工作动态。' },
  { slug: 'bumen', name: '部门动态', kind: 'news', showOnHome: true, order: 2, description: '各部门、各乡镇工作动态。' },
  { slug: 'tongzhi', name: '通知公告', kind: 'notice', showOnHome: true, order: 3 },
  { slug: 'zhengce', name: '政策文件', kind: 'policy', showOnHome: true, order: 4 },
  { slug: 'jiedu', name: '政策解读', kind: 'interpretation', showOnHome: true, order: 5 },
  { slug: 'xxgk', name: '政府信息公开', kind: 'disclosure', order: 6, description: '政府信息公开指南、制度、法定主动公开内容和年报。' },
  { slug: 'jiaoyu', name: '教育动态', kind: 'news', unit: 'education', order: 20, description: '县教育局子站。' },
  { slug: 'weijian', name: '卫生健康', kind: 'news', unit: 'health', order: 21, description: '县卫生健康委员会子站。' },
]
