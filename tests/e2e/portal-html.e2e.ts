/**
 * The built portal's HTML is valid: html-validate with the repository's .htmlvalidate.json (the
 * recommended rules) over every page the publisher wrote, and every page type of the portal is
 * among them (a bulletin is signed off and published first: the demo seed has none). A page whose
 * path fits no known type fails too, so a new page type is named here before it ships.
 */
import fs from 'node:fs'
import path from 'node:path'

import { type ConfigData, HtmlValidate } from 'html-validate'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { ROOT } from '../../scripts/lib/paths'
import { publishBulletin } from '../helpers/builtPortal'

const portalDir = inject('portalDir')

/** Page types by the path of their file (list pages with their further pages). */
const PAGE_TYPES: [string, RegExp][] = [
  ['首页', /^index\.html$/],
  ['404', /^404\.html$/],
  ['站内搜索', /^search\/index\.html$/],
  ['站点地图', /^sitemap\/index\.html$/],
  ['栏目列表', /^columns\/[^/]+\/(\d+\/)?index\.html$/],
  ['文章', /^articles\/[^/]+\/index\.html$/],
  ['部门子站', /^subsites\/[^/]+\/index\.html$/],
  ['政府信息公开', /^xxgk\/index\.html$/],
  ['公开指南、公开制度', /^xxgk\/(guide|rules)\/index\.html$/],
  ['公开目录', /^xxgk\/catalog\/[^/]+\/(\d+\/)?index\.html$/],
  ['政策文件', /^policies\/[^/]+\/index\.html$/],
  ['政策解读', /^interpretations\/[^/]+\/index\.html$/],
  ['年报列表', /^xxgk\/annual-reports\/index\.html$/],
  ['年报', /^xxgk\/annual-reports\/[^/]+\/index\.html$/],
  ['依申请公开', /^xxgk\/apply\/index\.html$/],
  ['刊物', /^journals\/index\.html$/],
  ['刊物期次列表', /^journals\/list\/[^/]+\/(\d+\/)?index\.html$/],
  ['刊物一期', /^journals\/[^/]+\/index\.html$/],
  ['通报列表', /^bulletins\/index\.html$/],
  ['通报', /^bulletins\/[^/]+\/index\.html$/],
  ['互动交流', /^hudong\/index\.html$/],
  ['我要写信', /^hudong\/write\/index\.html$/],
  ['分类写信', /^hudong\/write\/[^/]+\/index\.html$/],
  ['留言查询', /^hudong\/lookup\/index\.html$/],
  ['答复列表', /^hudong\/replies\/(\d+\/)?index\.html$/],
  ['答复', /^hudong\/reply\/[^/]+\/index\.html$/],
  ['统计', /^hudong\/stats\/index\.html$/],
]

/** Every .html file under the live portal, as a path relative to it. */
function pagesOf(dir: string): string[] {
  const root = fs.realpathSync(dir)
  const out: string[] = []
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.html')) out.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }
  walk(root)
  return out.sort()
}

beforeAll(async () => {
  await publishBulletin(inject('adminUrl'), inject('e2eEnv'))
})

describe('portal HTML', () => {
  it('validates every page of every page type with html-validate (recommended rules)', async () => {
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData
    // The portal lives outside the repository: the configuration is given, not looked up beside the files.
    const validator = new HtmlValidate(config)
    const pages = pagesOf(portalDir)
    const typeOf = (page: string) => PAGE_TYPES.find(([, pattern]) => pattern.test(page))?.[0]
    expect(pages.filter((page) => !typeOf(page)), 'pages of no known type').toEqual([])
    expect(PAGE_TYPES.map(([name]) => name).filter((name) => !pages.some((page) => typeOf(page) === name)), 'page types without a page').toEqual([])

    const problems: string[] = []
    const root = fs.realpathSync(portalDir)
    for (const page of pages) {
      const report = await validator.validateString(fs.readFileSync(path.join(root, page), 'utf8'), page)
      for (const message of report.results.flatMap((r) => r.messages)) {
        problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`)
      }
    }
    expect(problems).toEqual([])
  })

  it('with the committed configuration refuses what the portal once shipped (the check can fail)', async () => {
    const validator = new HtmlValidate(JSON.parse(fs.readFileSync(path.join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData)
    const report = await validator.validateString(
      '<!DOCTYPE html><html lang="zh-CN"><head><title>文章</title></head><body><div aria-label="阅读工具"><button type="button">打印</button></div><input name="website"></body></html>',
      'shipped.html',
    )
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)).sort()).toEqual(['aria-label-misuse', 'no-implicit-input-type'])
  })
})
