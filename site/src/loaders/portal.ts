import { type Column, columnsSchema, settingsSchema, type SiteSettings, SNAPSHOT_FILES } from '@gov/portal-contract'

import { snapshotFile } from './snapshot'

export type { Column, SiteSettings }

/** The portal's columns in menu order. */
export const loadColumns = snapshotFile(SNAPSHOT_FILES.columns, columnsSchema, { prepare: (columns) => columns.sort((a, b) => a.order - b.order) })

/** 网站设置: names, 备案 numbers, contact. */
export const loadSettings = snapshotFile(SNAPSHOT_FILES.settings, settingsSchema)
