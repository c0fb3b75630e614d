import React from 'react'

import { CheckWordsImportClient } from './index.client'

/** Server entry of the import form above the 内容检测词库 list. */
export function CheckWordsImport() {
  return <CheckWordsImportClient />
}
