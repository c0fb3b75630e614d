import React from 'react'

import { formatChineseDate } from '../../disclosure/format'
import type { CheckName, HealthReport } from '../../health'

const LABELS: Record<CheckName, string> = {
  database: '数据库',
  migrations: '数据库迁移',
  publishQueue: '发布队列',
  lastPublish: '最近成功发布',
  searchIndex: '站内搜索索引',
}

const time = (iso: string) =>
  `${formatChineseDate(iso)} ${new Date(iso).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, hour: '2-digit', minute: '2-digit' })}`

const age = (seconds: number) =>
  seconds < 60 ? `${seconds} 秒` : seconds < 3600 ? `${Math.round(seconds / 60)} 分钟` : seconds < 172_800 ? `${Math.round(seconds / 3600)} 小时` : `${Math.round(seconds / 86_400)} 天`

/** What each check found, in a line. */
function summary(name: CheckName, report: HealthReport): string {
  const { checks } = report
  switch (name) {
    case 'database':
      return checks.database.status === 'ok' ? `连接正常（${checks.database.latencyMs} 毫秒）` : ''
    case 'migrations': {
      const m = checks.migrations
      if (m.status === 'ok') return `已是最新（${m.applied} 个）`
      return [m.pending?.length ? `未执行：${m.pending.join('、')}` : '', m.unknown?.length ? `本版本不认识：${m.unknown.join('、')}` : ''].filter(Boolean).join('；')
    }
    case 'publishQueue': {
      const q = checks.publishQueue
      if (q.length === undefined) return ''
      if (q.length === 0) return '空闲'
      return `${q.length} 个任务排队${q.oldestAgeSeconds != null ? `，最早的已等待 ${age(q.oldestAgeSeconds)}` : '（尚未到执行时间）'}`
    }
    case 'lastPublish': {
      const p = checks.lastPublish
      return p.lastSuccessAt ? time(p.lastSuccessAt) : ''
    }
    case 'searchIndex': {
      const s = checks.searchIndex
      if (!s.builtAt) return ''
      return `生成于 ${time(s.builtAt)}（${age(s.ageSeconds ?? 0)}前）${s.upToDate === false ? '，正在跟上最新页面' : ''}`
    }
  }
}

const ORDER: CheckName[] = ['database', 'migrations', 'publishQueue', 'lastPublish', 'searchIndex']

/** 系统运行状态: the checks of GET /api/health, each with what it found or what is wrong. */
export function SystemHealth({ report, api }: { report: HealthReport; api: string }) {
  return (
    <section className="wb-card" data-testid="wb-system">
      <h2>
        系统运行状态
        <strong className={report.status === 'ok' ? 'wb-ok wb-status' : 'wb-veto wb-status'}>{report.status === 'ok' ? '正常' : `${report.failing.length} 项异常`}</strong>
      </h2>
      <ul className="wb-list">
        {ORDER.map((name) => {
          const check = report.checks[name]
          const text = [summary(name, report), check.detail].filter(Boolean).join('；')
          return (
            <li key={name} className={check.status === 'fail' ? 'wb-overdue' : undefined} data-check={name} data-status={check.status}>
              <strong>
                {check.status === 'ok' ? '✓ ' : check.status === 'fail' ? '✗ ' : '– '}
                {LABELS[name]}
              </strong>
              <span className="wb-note">{text || (check.status === 'skipped' ? '未检查' : '')}</span>
            </li>
          )
        })}
      </ul>
      <p className="wb-note">
        检查于 {time(report.checkedAt)}。监控系统可访问 <a href={`${api}/health`}>{api}/health</a>（无需登录，异常时返回 503）。
      </p>
    </section>
  )
}
