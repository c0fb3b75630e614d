'use client'
import React from 'react'

import type { ContentFinding } from '../../options'

export type ContentCheckResult = { checkedAt: string; findings: ContentFinding[] }

type Props = {
  check: ContentCheckResult
  labels: { title: string; clean: string; blocks: string; warnings: string }
}

/** The content checks' findings grouped by kind, blocks first, each match marked in its context. */
export function ContentCheckList({ check, labels }: Props) {
  const groups = new Map<string, ContentFinding[]>()
  const ordered = [...check.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1))
  for (const finding of ordered) groups.set(finding.kindLabel, [...(groups.get(finding.kindLabel) ?? []), finding])
  const blocks = check.findings.filter((f) => f.severity === 'block').length
  const warnings = check.findings.length - blocks
  return (
    <section className="rw-check" data-testid="content-check" aria-label={labels.title}>
      <h4>
        {labels.title}
        {check.findings.length === 0 ? <span className="rw-check-clean">{labels.clean}</span> : null}
      </h4>
      {blocks > 0 && <p className="rw-alert">{labels.blocks}（{blocks}）</p>}
      {warnings > 0 && <p className="rw-check-warn-note">{labels.warnings}（{warnings}）</p>}
      {[...groups].map(([label, findings]) => (
        <details key={label} open className={`rw-check-group rw-check-group--${findings[0].severity}`} data-kind={findings[0].kind}>
          <summary>
            {label}（{findings.length}）
          </summary>
          <ul>
            {findings.map((f, i) => (
              <li key={i}>
                <small className="rw-check-field">{f.field}</small>
                <span className="rw-check-context">
                  {f.before && `…${f.before}`}
                  <mark>{f.match}</mark>
                  {f.after && `${f.after}…`}
                </span>
                <span className="rw-check-message">{f.message}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  )
}
