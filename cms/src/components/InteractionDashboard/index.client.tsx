'use client'

import React from 'react'

export type DashboardTile = { key: string; label: string; count: number; href: string; tone: 'normal' | 'warning' | 'danger' }

const colours = {
  normal: 'var(--theme-elevation-150)',
  warning: 'var(--theme-warning-500, #d9822b)',
  danger: 'var(--theme-error-500, #c0392b)',
}

/** The start page's tiles: a count per list, coloured only when something needs doing. */
export function InteractionDashboardClient({ title, tiles, deadlinesHref, statsHref }: { title: string; tiles: DashboardTile[]; deadlinesHref: string; statsHref: string }) {
  const urgent = tiles.some((t) => t.count > 0 && t.tone === 'danger')
  return (
    <section aria-labelledby="interaction-dashboard-title" className="interaction-dashboard" style={{ margin: '0 0 32px', fontSize: 16 }}>
      <h2 id="interaction-dashboard-title" style={{ marginBottom: 8 }}>
        {title}
      </h2>
      {urgent && (
        <p role="status" style={{ fontWeight: 700, margin: '0 0 12px' }}>
          有留言已逾期或长期未答复。政务咨询留言超过三个月未答复的，政府网站检查单项否决，请尽快
          <a href={deadlinesHref}>督办答复</a>。
        </p>
      )}
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 12, listStyle: 'none', padding: 0, margin: 0 }}>
        {tiles.map((t) => (
          <li key={t.key} data-tile={t.key}>
            <a
              href={t.href}
              style={{
                display: 'flex',
                flexDirection: 'column',
                minWidth: 120,
                padding: '10px 14px',
                border: `2px solid ${t.count > 0 ? colours[t.tone] : colours.normal}`,
                borderRadius: 6,
                textDecoration: 'none',
                color: 'var(--theme-text)',
              }}
            >
              <span style={{ fontSize: 28, fontWeight: 700, lineHeight: 1.2 }}>{t.count}</span>
              <span>{t.label}</span>
            </a>
          </li>
        ))}
      </ul>
      <p style={{ margin: '8px 0 0' }}>
        <a href={deadlinesHref}>互动交流期限</a>　<a href={statsHref}>互动交流统计</a>
      </p>
    </section>
  )
}
