import React from 'react'

import { PasswordActionsClient } from './index.client'

/** Server entry of the password actions in an account's sidebar. */
export function PasswordActions() {
  return <PasswordActionsClient />
}
