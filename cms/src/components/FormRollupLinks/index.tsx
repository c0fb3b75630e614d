import React from 'react'

import { FormRollupLinksClient } from './index.client'

/** Server entry of the roll-up export on a form definition. */
export function FormRollupLinks() {
  return <FormRollupLinksClient />
}
