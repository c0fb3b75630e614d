/**
 * The plugin's own development config: the smallest host it works in (users with roles and a
 * unit, units, one drafts-enabled collection). Schema by dev push: this config is for the
 * plugin's tests and local experiments, never for production.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig } from 'payload'

import { reviewWorkflow, type ReviewWorkflowOptions } from '../src'

export function devConfig(databaseUrl: string, overrides: Partial<ReviewWorkflowOptions> = {}) {
  return buildConfig({
    secret: 'review-workflow-dev-secret',
    admin: { user: 'users' },
    collections: [
      {
        slug: 'users',
        auth: true,
        fields: [
          { name: 'name', type: 'text' },
          { name: 'roles', type: 'select', hasMany: true, options: ['author', 'head', 'editor', 'chief', 'auditor'] },
          { name: 'unit', type: 'relationship', relationTo: 'units' },
        ],
      },
      { slug: 'units', fields: [{ name: 'name', type: 'text' }, { name: 'code', type: 'text' }] },
      {
        slug: 'posts',
        versions: { drafts: true },
        access: { read: () => true, create: () => true, update: () => true },
        fields: [
          { name: 'title', type: 'text', required: true },
          { name: 'unit', type: 'relationship', relationTo: 'units' },
          { name: 'budget', type: 'number' },
          { name: 'secret', type: 'checkbox' },
          { name: 'hold', type: 'checkbox' },
        ],
      },
    ],
    db: postgresAdapter({ pool: { connectionString: databaseUrl }, push: true }),
    plugins: [
      reviewWorkflow({
        collections: { posts: { classifiedField: 'secret' } },
        roles: ['author', 'head', 'editor', 'chief', 'auditor'],
        auditReaderRoles: ['auditor'],
        emergencyRoles: ['chief'],
        // A host rule on final approval only: held posts pass every stage but the last.
        canFinallyApprove: ({ doc }) => (doc.hold ? 'Held: may not be finally approved yet.' : undefined),
        defaultDefinitions: [
          {
            code: 'posts',
            name: 'Post review',
            collection: 'posts',
            stages: [
              { label: 'Head of unit', signers: { type: 'relative', role: 'head' } },
              { label: 'Editor', signers: { type: 'role', role: 'editor' }, when: { conditions: [{ field: 'budget', operator: 'gte', value: '1000' }] } },
            ],
          },
        ],
        ...overrides,
      }),
    ],
    telemetry: false,
  })
}
