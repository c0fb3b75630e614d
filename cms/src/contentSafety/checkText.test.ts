import { describe, expect, it } from 'vitest'

import { compileLists, type LeaderEntry, type WordEntry } from './checkLists'
import { parseWordList, decodeTextFile } from './parseWordList'
import { isResidentIdNumber, passesLuhn } from './personalNumbers'
import { checkText } from './runContentChecks'

const EMPTY = compileLists([], [])
const check = (text: string, lists = EMPTY, now?: Date) => checkText(lists, [{ field: '正文', text }], now)
const kinds = (text: string, lists = EMPTY) => check(text, lists).map((f) => f.kind)

describe('涉密标志 (block)', () => {
  it('finds 密级 marks with their star, 绝密 and 机密, and internal-only markings', () => {
    for (const text of ['秘密★1年', '机密★', '本件为绝密文件', '机密件不得外传', '内部资料 注意保存']) {
      const found = check(text)
      expect(found.length, text).toBeGreaterThan(0)
      expect(found.every((f) => f.kind === 'classified' && f.severity === 'block'), text).toBe(true)
    }
  })
  it('leaves the legal terms of public texts alone', () => {
    expect(kinds('全体干部要保守国家秘密，不得泄露国家机密和商业机密。')).toEqual([])
  })
})

describe('身份证号码 and 银行卡号 (block)', () => {
  it('accepts the GB 11643 example and refuses a wrong check digit or date', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true)
    expect(isResidentIdNumber('110105194912310021')).toBe(false)
    expect(isResidentIdNumber('110105194913310028')).toBe(false)
  })
  it('finds an ID number in text and shows it masked, with no context around it', () => {
    const [finding] = check('申请人张某，身份证号11010519491231002X，住址某村。')
    expect(finding).toMatchObject({ kind: 'idNumber', severity: 'block', match: '1101**********002X', before: '', after: '' })
  })
  it('finds card numbers that pass Luhn, written together or in groups, and not other long numbers', () => {
    expect(passesLuhn('6250941006528599')).toBe(true)
    expect(kinds('补贴发放至6228480402564890018账户')).toEqual(['bankCard'])
    expect(kinds('卡号 6250 9410 0652 8599')).toEqual(['bankCard'])
    expect(kinds('流水号 6222021234567890123')).toEqual([])
    expect(kinds('索引号 000014348-2026-00012')).toEqual([])
  })
})

describe('电话号码 (warn)', () => {
  it('finds mobiles and landlines with an area code', () => {
    expect(kinds('联系人手机13912345678')).toEqual(['phone'])
    expect(kinds('咨询电话：0591-87654321')).toEqual(['phone'])
    expect(kinds('电话（0591）87654321')).toEqual(['phone'])
    expect(check('联系人手机13912345678')[0].severity).toBe('warn')
  })
  it('does not take parts of longer numbers for phones', () => {
    expect(kinds('编号 2026139123456789012')).not.toContain('phone')
  })
})

describe('the office lists (warn)', () => {
  const words: WordEntry[] = [
    { list: 'typo', word: '再接再励', correction: '再接再厉' },
    { list: 'typo', word: '按步就班', correction: '按部就班' },
    { list: 'sensitive', word: '示例敏感词', note: '演示' },
    { list: 'removed', word: '钱落马' },
  ]
  const leaders: LeaderEntry[] = [
    { name: '王建国', title: '县委书记', rank: 1 },
    { name: '李明华', title: '县委副书记、县长', rank: 2 },
    { name: '张卫东', title: '常务副县长', rank: 3 },
    { name: '赵前任', title: '副县长', rank: 4, termEnd: '2026-03-01T00:00:00.000Z' },
  ]
  const lists = compileLists(words, leaders)

  it('finds typos with their correction, sensitive words and removed officials, with context', () => {
    const found = check('我们要再接再励，不能按步就班。会上提到示例敏感词，另见钱落马案。', lists)
    expect(found.map((f) => f.kind)).toEqual(['typo', 'typo', 'sensitive', 'removed'])
    expect(found[0]).toMatchObject({ match: '再接再励', before: '我们要', message: expect.stringContaining('再接再厉') })
    expect(found[0].after.startsWith('，不能')).toBe(true)
  })

  it('accepts leaders named with their post, including a shortened form of it', () => {
    expect(kinds('县委书记王建国、县长李明华、副县长张卫东出席会议。', lists)).toEqual([])
  })

  it('warns on a wrong post, before or after the name', () => {
    const found = check('副县长李明华主持会议。王建国县长讲话。', lists)
    expect(found.map((f) => f.kind)).toEqual(['leader', 'leader'])
    expect(found[0].message).toContain('县委副书记、县长')
    expect(found[1].message).toContain('县委书记')
  })

  it('warns when leaders in one sentence are out of rank order, and not across sentences', () => {
    const wrong = check('常务副县长张卫东、县委书记王建国调研。', lists)
    expect(wrong.map((f) => f.kind)).toEqual(['leader'])
    expect(wrong[0].message).toContain('王建国（县委书记）、张卫东（常务副县长）')
    expect(kinds('常务副县长张卫东调研。县委书记王建国讲话。', lists)).toEqual([])
  })

  it('warns on a leader whose term has ended', () => {
    const found = check('赵前任同志出席。', lists, new Date('2026-06-01T00:00:00Z'))
    expect(found).toHaveLength(1)
    expect(found[0].message).toContain('离任')
  })
})

describe('word list files', () => {
  it('reads typo pairs and words with notes, skipping comments, blanks and duplicates, and reports bad lines', () => {
    const typos = parseWordList('# 易错词\n再接再励 再接再厉\n按步就班\t按部就班\n\n再接再励→再接再厉\n错\n只有一个词\n', 'typo')
    expect(typos.entries).toEqual([
      { word: '再接再励', correction: '再接再厉', note: null },
      { word: '按步就班', correction: '按部就班', note: null },
    ])
    expect(typos.errors.map((e) => e.line)).toEqual([6, 7])
    expect(parseWordList('示例词,演示用\n', 'sensitive').entries).toEqual([{ word: '示例词', correction: null, note: '演示用' }])
  })
  it('reads GBK files as well as UTF-8', () => {
    const gbk = new Uint8Array([0xd4, 0xd9, 0xbd, 0xd3, 0xd4, 0xd9, 0xc0, 0xf8]) // 再接再励 in GBK
    expect(decodeTextFile(gbk)).toBe('再接再励')
    expect(decodeTextFile(new TextEncoder().encode('\uFEFF再接再厉'))).toBe('再接再厉')
  })
})
