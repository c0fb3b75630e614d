/**
 * Demo lists for the content checks. Every entry is marked 演示数据: the office replaces them
 * with its own lists. The typo pairs are common misspellings of set phrases; the sensitive
 * word, the removed official and the leaders are invented for the demo county.
 */
export const demoCheckWords = [
  { list: 'typo', word: '再接再励', correction: '再接再厉' },
  { list: 'typo', word: '按步就班', correction: '按部就班' },
  { list: 'typo', word: '迫不急待', correction: '迫不及待' },
  { list: 'typo', word: '一愁莫展', correction: '一筹莫展' },
  { list: 'typo', word: '默守成规', correction: '墨守成规' },
  { list: 'typo', word: '走头无路', correction: '走投无路' },
  { list: 'typo', word: '一如继往', correction: '一如既往' },
  { list: 'typo', word: '不径而走', correction: '不胫而走' },
  { list: 'typo', word: '出奇不意', correction: '出其不意' },
  { list: 'typo', word: '变本加利', correction: '变本加厉' },
  { list: 'sensitive', word: '示例敏感词', note: '演示用，请替换为本单位词库' },
  { list: 'removed', word: '贾示例', note: '演示用虚构姓名' },
] as const

/** The demo county's leaders, by rank (the 领导信箱 names without their （示例） mark). */
export const demoLeaders = [
  { name: '周正', title: '县委书记', unitName: '中共示范县委员会', rank: 1 },
  { name: '杨明', title: '县委副书记、县长', unitName: '示范县人民政府', rank: 2 },
  { name: '刘强', title: '县委常委、常务副县长', unitName: '示范县人民政府', rank: 3 },
  { name: '张华', title: '副县长', unitName: '示范县人民政府', rank: 4 },
  { name: '马林', title: '副县长', unitName: '示范县人民政府', rank: 5 },
  { name: '陈旧', title: '副县长', unitName: '示范县人民政府', rank: 6, termEnd: '2025-12-31T00:00:00.000+08:00' },
] as const

/** A draft that shows what the checks find: open it in the admin and look at the workflow panel. */
export const checkDemoArticle = {
  title: '（演示）内容检测示例：县政府召开项目推进会',
  paragraphs: [
    '11月28日，常务副县长刘强、县长杨明出席全县重点项目推进会。',
    '会议要求，各单位要再接再励，不能按步就班，确保全年目标任务完成。',
    '项目咨询：县发改局李工，手机13912345678。',
  ],
}
