export { WorkflowPanel } from '../components/WorkflowPanel'
export { PendingView } from '../components/PendingView'
export { PendingNavLink } from '../components/PendingView/NavLink'
export { ReviewPublishNote } from '../components/ReviewPublishNote'
