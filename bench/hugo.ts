/**
 * The yardstick for a full publish: Hugo building comparable pages from the same content
 * snapshot, in the same run. The bench writes a Hugo site (not timed) from the publisher's
 * snapshot (`articles.json`, `bodies/*.html`, `columns.json`, `settings.json`): one page per
 * article (title, date, source, body HTML, breadcrumb, the same meta tags), a paginated list
 * per column (the portal's page size), a home page with the newest items of every home column,
 * and a header and footer like the portal's (site name, search form, column menu; host, 备案
 * numbers, contact), with the portal's stylesheet as a file. Hugo keeps its defaults: it also
 * writes RSS feeds (limited to 50 items, as the portal's column feeds) and its sitemap.
 * `hugo --quiet` is then timed cold: a fresh site folder, a fresh cache folder, no resources.
 */
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const HUGO = process.env.HUGO_BIN ?? '/usr/bin/hugo'

type Column = { id: string; name: string; slug: string; kind: string; parentId: string | null; unitName: string | null; showOnHome: boolean; order: number }
type Article = { id: string; title: string; columnSlug: string | null; source: string | null; unitName: string | null; publishDate: string; summary: string | null; bodyFile: string }

const BASEOF = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} - {{ site.Title }}{{ end }}</title>
    {{ with .Params.summary }}<meta name="description" content="{{ . }}" />{{ end }}
    <meta name="SiteName" content="{{ site.Title }}" />
    {{ with site.Data.settings.siteDomain }}<meta name="SiteDomain" content="{{ . }}" />{{ end }}
    {{ with site.Data.settings.siteIdCode }}<meta name="SiteIDCode" content="{{ . }}" />{{ end }}
    {{ block "meta" . }}{{ end }}
    <link rel="stylesheet" href="/portal.css" />
    <script>if (localStorage.getItem('elder-mode') === 'on') document.documentElement.classList.add('elder')</script>
  </head>
  <body>
    <a class="skip-link" href="#main">跳到主要内容</a>
    {{ partial "header.html" . }}
    <main id="main" class="wrap" tabindex="-1">
      {{ block "main" . }}{{ end }}
    </main>
    {{ partial "footer.html" . }}
  </body>
</html>
`

const HEADER = `<header class="site-header">
  <div class="wrap">
    <div class="header-top">
      <p class="site-name"><a href="/">{{ site.Title }}</a></p>
      <div class="header-tools">
        <form role="search" action="/search/" method="get" class="header-search">
          <label for="header-q" class="visually-hidden">站内搜索</label>
          <input id="header-q" name="q" type="search" placeholder="站内搜索" />
          <button type="submit">搜索</button>
        </form>
        <button type="button" id="elder-toggle" class="elder-toggle" aria-pressed="false" hidden>适老化模式</button>
      </div>
    </div>
    <nav aria-label="主栏目">
      <ul>
        <li><a href="/"{{ if .IsHome }} aria-current="page"{{ end }}>首页</a></li>
        {{ $current := .Params.column }}{{ if eq .Kind "term" }}{{ $current = .Data.Term }}{{ end }}
        {{ range sort site.Data.columns "order" }}{{ if and (not .unitName) (not .parentId) (ne .kind "disclosure") }}
        <li><a href="/columns/{{ .slug }}/"{{ if eq $current .slug }} aria-current="page"{{ end }}>{{ .name }}</a></li>
        {{ end }}{{ end }}
        <li><a href="/xxgk/">政府信息公开</a></li>
        <li><a href="/hudong/">互动交流</a></li>
      </ul>
    </nav>
  </div>
</header>
<script type="module">
  const button = document.getElementById('elder-toggle')
  const apply = (on) => { document.documentElement.classList.toggle('elder', on); button.setAttribute('aria-pressed', String(on)); button.textContent = on ? '退出适老化模式' : '适老化模式' }
  button.hidden = false
  apply(localStorage.getItem('elder-mode') === 'on')
  button.addEventListener('click', () => { const on = !document.documentElement.classList.contains('elder'); localStorage.setItem('elder-mode', on ? 'on' : 'off'); apply(on) })
</script>
`

const FOOTER = `{{ $s := site.Data.settings }}<footer class="site-footer">
  <div class="wrap">
    {{ with $s.conacMarkUrl }}<p><a class="conac-mark" href="{{ . }}" rel="noopener" aria-label="党政机关网站标识">党政机关</a></p>{{ end }}
    <p>
      <span>主办单位：{{ $s.host }}</span>
      {{ with $s.operator }}<span>承办单位：{{ . }}</span>{{ end }}
      {{ with $s.siteIdCode }}<span>网站标识码：{{ . }}</span>{{ end }}
    </p>
    <p>
      {{ with $s.icpRecord }}<a href="https://beian.miit.gov.cn/" rel="noopener">{{ . }}</a>{{ end }}
      {{ with $s.psbRecord }}{{ if $s.psbRecordLink }}<a href="{{ $s.psbRecordLink }}" rel="noopener">{{ . }}</a>{{ else }}<span>{{ . }}</span>{{ end }}{{ end }}
    </p>
    {{ with $s.contact }}<p>
      {{ with .address }}<span>地址：{{ . }}</span>{{ end }}
      {{ with .postcode }}<span>邮编：{{ . }}</span>{{ end }}
      {{ with .phone }}<span>电话：{{ . }}</span>{{ end }}
      {{ with .email }}<span>邮箱：<a href="mailto:{{ . }}">{{ . }}</a></span>{{ end }}
    </p>{{ end }}
    <p>
      <a href="/sitemap/">站点地图</a>
      {{ with $s.errorReportUrl }}<a href="{{ . }}" rel="noopener">网站纠错</a>{{ end }}
    </p>
  </div>
</footer>
`

const DATED_LINKS = `{{ if eq (len .) 0 }}<p class="empty">暂无信息。</p>{{ else }}<ul class="article-list">
  {{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006年1月2日" }}</time></li>
  {{ end }}</ul>{{ end }}
`

const SINGLE = `{{ define "meta" }}{{ $slug := .Params.column }}{{ range where site.Data.columns "slug" $slug }}<meta name="ColumnName" content="{{ .name }}" /><meta name="ColumnType" content="{{ .kind }}" />{{ end }}
<meta name="ArticleTitle" content="{{ .Title }}" /><meta name="PubDate" content="{{ .Date.Format "2006-01-02" }}" />{{ with .Params.source }}<meta name="ContentSource" content="{{ . }}" />{{ end }}{{ end }}
{{ define "main" }}
  <nav class="breadcrumb" aria-label="当前位置">
    <a href="/">首页</a> ›
    {{ $slug := .Params.column }}{{ range where site.Data.columns "slug" $slug }}<a href="/columns/{{ .slug }}/">{{ .name }}</a>{{ end }} › 正文
  </nav>
  <article data-pagefind-body>
    <h1>{{ .Title }}</h1>
    <p class="article-meta">
      {{ with .Params.source }}<span>来源：{{ . }}</span>{{ end }}
      <span>发布日期：<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006年1月2日" }}</time></span>
    </p>
    <div class="article-tools no-print" role="group" aria-label="阅读工具" data-pagefind-ignore>
      <button type="button" data-size="up" aria-label="A+ 放大字号">A+</button>
      <button type="button" data-size="down" aria-label="A− 缩小字号">A−</button>
      <button type="button" data-action="print">打印</button>
      <button type="button" data-action="copy">复制链接</button>
      <span class="tool-status" role="status" aria-live="polite"></span>
    </div>
    <div class="article-body">{{ .Content }}</div>
  </article>
{{ end }}
`

const TERM = `{{ define "meta" }}<meta name="ColumnName" content="{{ .Title }}" />{{ end }}
{{ define "main" }}
  {{ $paginator := .Paginate .Pages }}
  <nav class="breadcrumb" aria-label="当前位置"><a href="/">首页</a> › {{ .Title }}</nav>
  <h1>{{ .Title }}</h1>
  {{ partial "dated-links.html" $paginator.Pages }}
  {{ if gt $paginator.TotalPages 1 }}<nav class="pager" aria-label="分页">
    {{ with $paginator.Prev }}<a href="{{ .URL }}" rel="prev">上一页</a>{{ end }}
    <span>第 {{ $paginator.PageNumber }} 页 / 共 {{ $paginator.TotalPages }} 页（{{ $paginator.TotalNumberOfElements }} 条）</span>
    {{ with $paginator.Next }}<a href="{{ .URL }}" rel="next">下一页</a>{{ end }}
  </nav>{{ end }}
{{ end }}
`

const LIST = `{{ define "main" }}
  <h1>{{ .Title }}</h1>
  {{ partial "dated-links.html" (first 20 .Pages) }}
{{ end }}
`

const HOME = `{{ define "meta" }}<meta name="ColumnName" content="首页" /><meta name="ColumnType" content="首页" />{{ end }}
{{ define "main" }}
  <h1 class="visually-hidden">{{ site.Title }}</h1>
  <div class="home-grid">
    {{ range sort site.Data.columns "order" }}{{ if .showOnHome }}
    <section aria-labelledby="col-{{ .slug }}">
      <h2 id="col-{{ .slug }}"><a href="/columns/{{ .slug }}/">{{ .name }}</a></h2>
      {{ $term := index site.Taxonomies.columns .slug }}
      {{ if $term }}{{ partial "dated-links.html" (first 6 $term.Pages) }}{{ else }}<p class="empty">暂无信息。</p>{{ end }}
      <p class="more"><a href="/columns/{{ .slug }}/">更多{{ .name }}</a></p>
    </section>
    {{ end }}{{ end }}
  </div>
{{ end }}
`

const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
}

/** Writes the Hugo site for the snapshot in `contentDir` into `siteDir`; returns the number of article pages. */
export function writeHugoSite(contentDir: string, siteDir: string, { css, baseURL }: { css: string; baseURL: string }): number {
  const settings = JSON.parse(fs.readFileSync(path.join(contentDir, 'settings.json'), 'utf8')) as { siteName: string }
  const columns = JSON.parse(fs.readFileSync(path.join(contentDir, 'columns.json'), 'utf8')) as Column[]
  const articles = JSON.parse(fs.readFileSync(path.join(contentDir, 'articles.json'), 'utf8')) as Article[]
  write(
    path.join(siteDir, 'config.toml'),
    [
      `baseURL = ${JSON.stringify(baseURL)}`,
      'languageCode = "zh-cn"',
      `title = ${JSON.stringify(settings.siteName)}`,
      // The portal's column lists hold 20 items (site/src/lib/portal.ts PAGE_SIZE), its feeds 50.
      'paginate = 20',
      'rssLimit = 50',
      '[taxonomies]',
      '  column = "columns"',
      '',
    ].join('\n'),
  )
  write(path.join(siteDir, 'data', 'settings.json'), JSON.stringify(settings))
  write(path.join(siteDir, 'data', 'columns.json'), JSON.stringify(columns))
  write(path.join(siteDir, 'static', 'portal.css'), css)
  write(path.join(siteDir, 'layouts', '_default', 'baseof.html'), BASEOF)
  write(path.join(siteDir, 'layouts', '_default', 'single.html'), SINGLE)
  write(path.join(siteDir, 'layouts', '_default', 'term.html'), TERM)
  write(path.join(siteDir, 'layouts', '_default', 'list.html'), LIST)
  write(path.join(siteDir, 'layouts', 'index.html'), HOME)
  write(path.join(siteDir, 'layouts', 'partials', 'header.html'), HEADER)
  write(path.join(siteDir, 'layouts', 'partials', 'footer.html'), FOOTER)
  write(path.join(siteDir, 'layouts', 'partials', 'dated-links.html'), DATED_LINKS)
  const dir = path.join(siteDir, 'content', 'articles')
  fs.mkdirSync(dir, { recursive: true })
  for (const a of articles) {
    const front = {
      title: a.title,
      date: a.publishDate,
      source: a.source ?? a.unitName ?? undefined,
      summary: a.summary ?? undefined,
      column: a.columnSlug ?? undefined,
      columns: a.columnSlug ? [a.columnSlug] : [],
    }
    const body = fs.readFileSync(path.join(contentDir, 'bodies', a.bodyFile), 'utf8')
    // An HTML content file: JSON front matter, then the body as the CMS converted it.
    fs.writeFileSync(path.join(dir, `${a.id}.html`), `${JSON.stringify(front, null, 1)}\n${body}`)
  }
  return articles.length
}

/** `hugo v0.111.3+extended`. */
export function hugoVersion(): string {
  return /hugo v[^\s]+/.exec(execFileSync(HUGO, ['version'], { encoding: 'utf8' }))?.[0] ?? 'hugo'
}

/** Runs `hugo --quiet` cold on the site; resolves with the wall time and what it wrote. */
export async function runHugo(siteDir: string): Promise<{ ms: number; htmlPages: number; articlePages: number; files: number }> {
  const out = path.join(siteDir, 'public')
  const cache = path.join(siteDir, '.hugo-cache')
  fs.rmSync(out, { recursive: true, force: true })
  fs.rmSync(cache, { recursive: true, force: true })
  fs.rmSync(path.join(siteDir, 'resources'), { recursive: true, force: true })
  const started = process.hrtime.bigint()
  await new Promise<void>((resolve, reject) => {
    const child = spawn(HUGO, ['--quiet', '--source', siteDir, '--destination', out, '--cacheDir', cache], { stdio: ['ignore', 'ignore', 'pipe'] })
    let errors = ''
    child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`hugo exited ${code}: ${errors}`))))
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  const all = fs.readdirSync(out, { recursive: true }).map(String)
  return {
    ms,
    htmlPages: all.filter((f) => f.endsWith('index.html')).length,
    articlePages: fs.readdirSync(path.join(out, 'articles'), { withFileTypes: true }).filter((e) => e.isDirectory()).length,
    files: all.length,
  }
}
