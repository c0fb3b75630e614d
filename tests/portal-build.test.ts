/**
 * The portal shows published items only: seed the demo county, export the snapshot the way
 * the publisher does, build the Astro site, and look at what was written.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportPortalContent } from '../cms/src/publishing/exportPortalContent'
import { BIN, SITE_DIR } from '../scripts/lib/paths'
import { articles as seedArticles } from '../seed/data/articles'
import { catalogEntries } from '../seed/data/catalogEntries'
import { policies } from '../seed/data/disclosureDocs'
import { seed } from '../seed'
import { demoPhoto } from '../seed/images'
import { bootPayload, type TestPayload } from './helpers/payload'
import { sitemapText } from './helpers/publishing'

let ctx: TestPayload
const seedPolicies = [...policies, ...catalogEntries]
let markFile: string
const CONAC_URL = 'https://bszs.conac.cn/sitename?method=show&id=TEST'
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-portal-'))
const contentDir = path.join(tmp, 'content')
const outDir = path.join(tmp, 'dist')

/** Builds the portal; resolves with the exit code and everything Astro printed. */
function buildSite(out: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN('astro'), ['build'], {
      cwd: SITE_DIR,
      env: { ...process.env, PORTAL_CONTENT_DIR: contentDir, PORTAL_OUT_DIR: out },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, output }))
  })
}

const read = (...parts: string[]) => fs.readFileSync(path.join(outDir, ...parts), 'utf8')

async function idOf(title: string): Promise<number> {
  const found = await ctx.payload.find({
    collection: 'articles',
    where: { title: { equals: title } },
    draft: true,
    overrideAccess: true,
    limit: 1,
  })
  return found.docs[0].id
}

beforeAll(async () => {
  ctx = await bootPayload({ seeded: true })
  // The administrator uploads the 党政机关 mark and enters its verification address (a stand-in image here).
  const image = await demoPhoto(3)
  const mark = await ctx.payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: '党政机关网站标识', unit: (await ctx.payload.find({ collection: 'units', limit: 1, overrideAccess: true })).docs[0].id },
    file: { data: image, mimetype: 'image/jpeg', name: 'conac-mark.jpg', size: image.length },
  })
  markFile = mark.filename!
  await ctx.payload.updateGlobal({ slug: 'site-settings', overrideAccess: true, data: { conacMark: mark.id, conacMarkUrl: CONAC_URL } })
  await exportPortalContent(ctx.payload, contentDir)
  const build = await buildSite(outDir)
  if (build.code !== 0) throw new Error(`portal build failed:\n${build.output}`)
})

afterAll(async () => {
  await ctx?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('portal build', () => {
  const published = seedArticles.filter((a) => a.status === 'published')
  const drafts = seedArticles.filter((a) => a.status === 'draft')

  it('seeds 30+ articles, some published and some drafts, and is idempotent', async () => {
    expect(seedArticles.length).toBeGreaterThanOrEqual(30)
    expect(published.length).toBeGreaterThan(0)
    expect(drafts.length).toBeGreaterThan(0)
    const again = await seed(ctx.payload, { demoPasswords: false })
    expect(again.created).toMatchObject({ units: 0, columns: 0, users: 0, articles: 0 })
    expect(Object.values(again.created).filter((n) => n !== 0)).toEqual([])
  })

  it('writes a page for every published article, with its text', async () => {
    const sample = published[0]
    const id = await idOf(sample.title)
    const html = read('articles', String(id), 'index.html')
    expect(html).toMatch(new RegExp(`<h1[^>]*>${sample.title}</h1>`))
    expect(html).toContain(sample.paragraphs.find((p) => !p.startsWith('## '))!.slice(0, 20))
    expect(html).toContain(`<meta name="ArticleTitle" content="${sample.title}">`)
    const pages = fs.readdirSync(path.join(outDir, 'articles'))
    expect(pages).toHaveLength(published.length)
  })

  it('never writes a draft: no page, no list entry, no sitemap entry', async () => {
    const draft = drafts.find((d) => !d.classified)!
    const id = await idOf(draft.title)
    expect(fs.existsSync(path.join(outDir, 'articles', String(id)))).toBe(false)
    const everything = fs
      .readdirSync(outDir, { recursive: true })
      .filter((f) => String(f).endsWith('.html') || String(f).endsWith('.xml'))
      .map((f) => read(String(f)))
      .join('\n')
    for (const d of drafts) expect(everything).not.toContain(d.title)
    expect(sitemapText(outDir)).not.toContain(`/articles/${id}/`)
  })

  it('shows the uploaded 党政机关 mark in every footer, linked to its verification address, with the image in the build', async () => {
    for (const page of ['index.html', path.join('columns', 'yaowen', 'index.html'), path.join('xxgk', 'index.html')]) {
      const footer = read(page).split('<footer')[1]
      const link = footer.match(/<a class="conac-mark-image" href="([^"]+)"[^>]*>\s*<img src="([^"]+)" alt="([^"]+)"/)
      expect(link?.slice(1), page).toEqual([CONAC_URL, `/media/${markFile}`, '党政机关网站标识（点击核验）'])
    }
    expect(fs.existsSync(path.join(outDir, 'media', markFile))).toBe(true)
  })

  it('lists published articles in their column and in the sitemap', async () => {
    const sample = published.find((a) => a.column === 'tongzhi')!
    const id = await idOf(sample.title)
    expect(read('columns', 'tongzhi', 'index.html')).toContain(sample.title)
    expect(sitemapText(outDir)).toContain(`/articles/${id}/`)
  })

  it('shows 图片新闻 with responsive WebP/AVIF variants made by sharp, and the files are in the build', async () => {
    const home = read('index.html')
    expect(home).toContain('图片新闻')
    const photo = seedArticles
      .filter((a) => a.column === 'yaowen' && a.status === 'published')
      .sort((a, b) => b.publishDate.localeCompare(a.publishDate))[0]
    const html = read('articles', String(await idOf(photo.title)), 'index.html')
    const avif = /<source type="image\/avif" srcset="([^"]+)"/.exec(html)
    const webp = /<source type="image\/webp" srcset="([^"]+)"/.exec(html)
    expect(avif?.[1]).toMatch(/\.avif 768w$/)
    expect(webp?.[1]).toMatch(/\.webp 768w, .+\.webp 1600w$/)
    expect(html).toContain(`alt="${photo.title}（示意图）"`)
    for (const src of [...avif![1].split(', '), ...webp![1].split(', ')].map((entry) => entry.split(' ')[0])) {
      expect(fs.statSync(path.join(outDir, src)).size).toBeGreaterThan(1000)
    }
  })

  it('shows the site identity from site settings in the footer', () => {
    const home = read('index.html')
    expect(home).toContain('主办单位：示范县人民政府办公室')
    expect(home).toContain('网站标识码：3500000000')
    expect(home).toContain('示ICP备00000000号')
    expect(home).toContain('<html lang="zh-CN"')
  })

  it('fails loudly when the pages written differ from what the CMS says is published', async () => {
    const manifestFile = path.join(contentDir, 'manifest.json')
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
    manifest.counts.articles += 1
    fs.writeFileSync(manifestFile, JSON.stringify(manifest))
    const failedOut = path.join(tmp, 'failed')
    const build = await buildSite(failedOut)
    expect(build.code).not.toBe(0)
    expect(build.output).toContain(`生成了 ${manifest.counts.articles - 1} 个文章页面，而内容管理系统中已发布 ${manifest.counts.articles} 篇`)
  })
})

describe('政府信息公开 on the portal', () => {
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
  const policyId = async (title: string) =>
    String((await ctx.payload.find({ collection: 'policies', where: { title: { equals: title } }, overrideAccess: true, limit: 1 })).docs[0].id)

  it('publishes 主动公开 policies only: 依申请公开 and 不予公开 documents are nowhere on the portal', async () => {
    const hidden = seedPolicies.filter((p) => p.disclosureMode && p.disclosureMode !== 'proactive')
    expect(hidden.map((p) => p.disclosureMode).sort()).toEqual(['onRequest', 'withheld'])
    const everything = fs
      .readdirSync(outDir, { recursive: true })
      .filter((f) => String(f).endsWith('.html') || String(f).endsWith('.xml'))
      .map((f) => read(String(f)))
      .join('\n')
    for (const p of hidden) {
      expect(everything).not.toContain(p.title)
      expect(fs.existsSync(path.join(outDir, 'policies', await policyId(p.title)))).toBe(false)
    }
    const shown = seedPolicies.filter((p) => !p.disclosureMode || p.disclosureMode === 'proactive')
    expect(fs.readdirSync(path.join(outDir, 'policies'))).toHaveLength(shown.length)
  })

  it('shows the metadata table on a policy page: 索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期, 有效性', async () => {
    const policy = (await ctx.payload.find({ collection: 'policies', where: { title: { equals: seedPolicies[0].title } }, overrideAccess: true, limit: 1 })).docs[0]
    const page = text(read('policies', String(policy.id), 'index.html'))
    expect(policy.indexNo).toMatch(/\/\d{4}-\d{5}$/)
    expect(page).toContain(`索引号 ${policy.indexNo}`)
    expect(page).toContain(`发文字号 ${policy.docNo}`)
    expect(page).toContain(`发文机关 ${policy.issuer}`)
    expect(page).toMatch(/成文日期 \d{4}年\d{1,2}月\d{1,2}日/)
    expect(page).toContain('有效性 有效')
    expect(read('policies', String(policy.id), 'index.html')).toContain('<meta name="ArticleTitle"')
  })

  it('marks a repealed policy with a banner linking to the document that replaced it', async () => {
    const repealed = seedPolicies.find((p) => p.validity === 'repealed')!
    const replacement = seedPolicies.find((p) => p.key === repealed.replacedBy)!
    const html = read('policies', await policyId(repealed.title), 'index.html')
    expect(text(html)).toContain('本文件已废止')
    expect(html).toContain(`href="/policies/${await policyId(replacement.title)}/"`)
  })

  it('links a policy and its interpretation both ways', async () => {
    const policy = seedPolicies.find((p) => p.needsInterpretation)!
    const id = await policyId(policy.title)
    const interpretation = (await ctx.payload.find({ collection: 'interpretations', where: { policy: { equals: id } }, overrideAccess: true, limit: 1 })).docs[0]
    expect(read('policies', id, 'index.html')).toContain(`href="/interpretations/${interpretation.id}/"`)
    expect(read('interpretations', String(interpretation.id), 'index.html')).toContain(`href="/policies/${id}/"`)
  })

  it('lists catalog items with their 索引号, and shows the annual report tables with the CMS figures', async () => {
    const policy = (await ctx.payload.find({ collection: 'policies', where: { title: { equals: seedPolicies[0].title } }, overrideAccess: true, limit: 1, depth: 1 })).docs[0]
    const category = policy.category as { code: string; parent?: unknown }
    expect(text(read('xxgk', 'catalog', category.code, 'index.html'))).toContain(`${policy.indexNo} ${policy.title}`)
    const report = (await ctx.payload.find({ collection: 'annual-reports', where: { _status: { equals: 'published' } }, overrideAccess: true, limit: 1 })).docs[0]
    const stats = report.applicationStats as Record<string, Record<string, number>>
    const row = text(read('xxgk', 'annual-reports', String(report.id), 'index.html'))
    const expected = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'].map((c) => stats.newReceived[c]).join(' ')
    expect(stats.newReceived.total).toBeGreaterThan(0)
    expect(row).toContain(`一、本年新收政府信息公开申请数量 ${expected}`)
  })

  it('offers the 依申请公开 form, posting every field the CMS endpoint reads to that endpoint', () => {
    const html = read('xxgk', 'apply', 'index.html')
    expect(html).toContain('action="http://localhost:3000/api/disclosure/applications"')
    const names = [...html.matchAll(/name="([a-zA-Z]+)"/g)].map((m) => m[1]).filter((n) => n !== 'viewport' && n !== 'q' && !/^[A-Z]/.test(n))
    expect(names.sort()).toEqual(
      ['applicantKind', 'orgType', 'name', 'idNumber', 'contactName', 'phone', 'email', 'address', 'postcode', 'description', 'purpose', 'format', 'channel', 'homepage'].sort(),
    )
  })
})
