import React from 'react'

import { InspectionReportItemsClient } from './index.client'

/** Server entry of the findings list of a self-inspection report. */
export function InspectionReportItems() {
  return <InspectionReportItemsClient />
}
