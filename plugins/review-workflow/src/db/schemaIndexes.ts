/**
 * Indexes the review engine's queries need beyond those Payload derives from the fields. Give
 * the hook to the Postgres adapter (`postgresAdapter({ afterSchemaInit: [reviewWorkflowIndexes] })`)
 * so the schema, and the migrations generated from it, carry them.
 *
 * `workflow_runs_rels (users_id, parent_id)`: "my pending" (`pendingSigners contains <user>`)
 * counts its matches with a GROUP BY on the run id. With only the one-column index on
 * `users_id`, PostgreSQL walked every pending-signer row in run order through the parent
 * index (at 1,000,000 runs, 100,000 rows for a count of 2,000: ≈ 200 ms); with this index it
 * reads the user's rows, already in run order.
 */
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

const RUNS_RELS = 'workflow_runs_rels'

export const reviewWorkflowIndexes: SchemaHook = ({ schema, extendTable }) => {
  const rels = schema.tables[RUNS_RELS]
  if (!rels) return schema
  extendTable({
    table: rels,
    extraConfig: (columns) => ({
      pendingSigner: index(`${RUNS_RELS}_users_parent_idx`).on(columns.usersID, columns.parent),
    }),
  })
  return schema
}
