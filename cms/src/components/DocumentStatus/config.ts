import type { DocumentStatusProps } from './index.client'

/** Where a collection uses it: `admin.components.edit.Status` with these props. */
export const documentStatus = (props: DocumentStatusProps) => ({
  path: '/components/DocumentStatus/index.client#DocumentStatus',
  clientProps: props,
})
