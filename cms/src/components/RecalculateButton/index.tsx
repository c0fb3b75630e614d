import React from 'react'

import { RecalculateButtonClient } from './index.client'

/** Server entry of the 重新计算 button on annual reports. */
export function RecalculateButton() {
  return <RecalculateButtonClient />
}
