import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'

import { renderBulletinDocx } from './bulletinDocx'
import { bulletinTable, bulletinView } from './bulletinView'
import { sampleBulletin } from './testFixtures'

describe('bulletin documents', () => {
  it('builds the table from BULLETIN_COLUMNS with a 合计 row', () => {
    const { header, rows } = bulletinTable(bulletinView(sampleBulletin, null))
    expect(header).toEqual(['名次', '单位', '报送', '采用', '采用率', '得分', '未完成月度任务（月）', '约稿未报', '领导批示'])
    expect(rows[0]).toEqual([1, '县教育局', 1, 1, '100%', 5, 0, 0, 1])
    expect(rows.at(-1)).toEqual(['', '合计', 2, 1, '', 5, '', '', ''])
  })

  it('renders title, introduction, table, office and the date of approval', async () => {
    const buffer = await renderBulletinDocx(bulletinView(sampleBulletin, '2026-12-02T16:30:00.000Z'))
    const text = (await mammoth.extractRawText({ buffer })).value
    expect(text).toContain(sampleBulletin.title)
    expect(text).toContain('现将各单位报送采用情况通报如下。')
    expect(text).toContain('未完成月度任务（月）')
    expect(text).toContain('县教育局')
    expect(text.indexOf('示范县人民政府办公室\n')).toBeLessThan(text.indexOf('2026年12月3日'))
  })

  it('is dated 未签发 while not approved', async () => {
    const text = (await mammoth.extractRawText({ buffer: await renderBulletinDocx(bulletinView({ ...sampleBulletin, rows: null }, null)) })).value
    expect(text).toContain('（未签发）')
  })
})
