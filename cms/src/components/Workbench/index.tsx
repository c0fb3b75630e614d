import { DefaultDashboard } from '@payloadcms/next/views'
import { createLocalReq, type ServerProps } from 'payload'
import React from 'react'

import { loadWorkbench, type WorkItem } from '../../workbench/loadWorkbench'
import { InteractionDashboard } from '../InteractionDashboard'
import { SystemHealth } from './SystemHealth'
import './workbench.css'
import { formatChineseDate } from '../../disclosure/format'

const STATUS_LABELS: Record<string, string> = { running: '发布中', succeeded: '成功', failed: '失败（网站保持原样）' }

function ItemList({ items, empty }: { items: WorkItem[]; empty: string }) {
  if (items.length === 0) return <p className="wb-empty">{empty}</p>
  return (
    <ul className="wb-list">
      {items.map((item, i) => (
        <li key={i} className={item.overdue ? 'wb-overdue' : undefined}>
          <a href={item.href}>{item.title || '（无标题）'}</a>
          <span className="wb-note">
            {item.note}
            {item.overdue ? <strong className="wb-badge">已超期</strong> : null}
          </span>
        </li>
      ))}
    </ul>
  )
}

/**
 * 工作台, Payload's dashboard replaced (admin.components.views.dashboard): the person's own work
 * first, then the site's health, the system's running state and publishing, then every
 * collection they may open.
 */
export async function Workbench(props: ServerProps & Record<string, unknown>) {
  const { payload, user } = props
  if (!payload || !user) return null
  const req = await createLocalReq({ user: user as never }, payload)
  const data = await loadWorkbench(req)
  const settings = (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })) as { siteName?: string }
  const name = (user as { name?: string }).name ?? ''
  return (
    <div className="gutter--left gutter--right workbench" data-testid="workbench">
      <h1 className="wb-title">
        {settings.siteName ?? ''}工作台
        <small>{name}，您好。今天是{formatChineseDate(new Date())}。</small>
      </h1>
      <div className="wb-grid">
        <section className="wb-card" data-testid="wb-pending">
          <h2>我的待办（{data.pending.length}）</h2>
          <ItemList items={data.pending} empty="没有等待您签发的稿件。" />
        </section>
        <section className="wb-card" data-testid="wb-returned">
          <h2>退回给我的（{data.returned.length}）</h2>
          <ItemList items={data.returned} empty="没有被退回的稿件。" />
        </section>
        {data.health !== null && (
          <section className="wb-card" data-testid="wb-health">
            <h2>网站健康</h2>
            {data.health === 'none' ? (
              <p className="wb-empty">
                尚未自查。<a href={`${payload.config.routes.admin}/collections/inspection-reports`}>立即自查</a>
              </p>
            ) : (
              <>
                <p>
                  {formatChineseDate(data.health.at)}自查：
                  <strong className={data.health.vetoes ? 'wb-veto' : 'wb-ok'}>单项否决 {data.health.vetoes} 项</strong>，扣分 {data.health.deductions} 项，预警 {data.health.warnings} 项。
                  <a href={data.health.reportHref}>查看报告</a>
                </p>
                <ul className="wb-list">
                  {data.health.top.map((item, i) => (
                    <li key={i} className={item.level === 'veto' ? 'wb-overdue' : undefined}>
                      <strong>{item.level === 'veto' ? '【单项否决】' : '【预警】'}{item.indicator}</strong> {item.target}
                      <span className="wb-note">{item.detail}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
        {data.system && <SystemHealth report={data.system} api={payload.config.routes.api} />}
        {data.publishes && (
          <section className="wb-card" data-testid="wb-publishes">
            <h2>最近发布</h2>
            {data.publishes.length === 0 ? (
              <p className="wb-empty">尚无发布记录。</p>
            ) : (
              <ul className="wb-list">
                {data.publishes.map((p, i) => (
                  <li key={i} className={p.failed ? 'wb-overdue' : undefined}>
                    <a href={p.href}>{formatChineseDate(p.at)} {new Date(p.at).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, hour: '2-digit', minute: '2-digit' })}</a>
                    <span className="wb-note">
                      {STATUS_LABELS[p.status] ?? p.status} · {p.trigger}
                      {p.failed && p.error ? `：${p.error.slice(0, 80)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        {data.applications && (
          <section className="wb-card" data-testid="wb-applications">
            <h2>依申请公开：7 日内到期（{data.applications.length}）</h2>
            <ItemList items={data.applications} empty="近期没有到期的申请。" />
          </section>
        )}
      </div>
      <InteractionDashboard {...props} />
      <h2 className="wb-all">全部功能</h2>
      <DefaultDashboard {...(props as unknown as React.ComponentProps<typeof DefaultDashboard>)} />
    </div>
  )
}
