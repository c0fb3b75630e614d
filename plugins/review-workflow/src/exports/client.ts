export { WorkflowPanelClient } from '../components/WorkflowPanel/index.client'
export { PendingViewClient } from '../components/PendingView/index.client'
export { JsonView } from '../components/JsonView/index.client'
