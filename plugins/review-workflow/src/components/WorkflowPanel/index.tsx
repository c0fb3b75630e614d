import React from 'react'

import { WorkflowPanelClient } from './index.client'

/**
 * Server entry of the workflow panel. The panel loads its state from the workflow endpoint
 * on the client: rendering it here would query the database on every form-state rebuild.
 */
export function WorkflowPanel() {
  return <WorkflowPanelClient />
}
