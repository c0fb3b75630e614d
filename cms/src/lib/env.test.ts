import { describe, expect, it } from 'vitest'

import { adminReadReplicas } from './env'

describe('adminReadReplicas', () => {
  const replicas = 'postgres://gov@replica-1:5432/gov, postgres://gov@replica-2:5432/gov,'

  it('gives the admin server the listed replicas', () => {
    expect(adminReadReplicas({ GOV_ADMIN_SERVER: '1', DATABASE_READ_REPLICAS: replicas })).toEqual([
      'postgres://gov@replica-1:5432/gov',
      'postgres://gov@replica-2:5432/gov',
    ])
  })

  it('keeps every other process (workers, tasks, migrations) on the primary', () => {
    expect(adminReadReplicas({ DATABASE_READ_REPLICAS: replicas })).toBeUndefined()
    expect(adminReadReplicas({ GOV_ADMIN_SERVER: '1', DATABASE_READ_REPLICAS: ' , ' })).toBeUndefined()
    expect(adminReadReplicas({ GOV_ADMIN_SERVER: '1' })).toBeUndefined()
  })
})
