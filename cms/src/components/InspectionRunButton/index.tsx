import React from 'react'

import { InspectionRunButtonClient } from './index.client'

/** Server entry of the 立即自查 button above the self-inspection reports. */
export function InspectionRunButton() {
  return <InspectionRunButtonClient />
}
