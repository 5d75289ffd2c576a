import type { AuditEntryResolvers } from '../__generated__/resolvers-types.ts';

export const AuditEntry: AuditEntryResolvers = {
  id: (row) => `aud_${row.seq}`,
  actor: (row) => row.actor_sub,
  actorRoles: (row) => JSON.parse(row.actor_roles) as string[],
  entityType: (row) => row.entity_type,
  entityId: (row) => row.entity_id,
  before: (row) => row.before_json,
  after: (row) => row.after_json,
  correlationId: (row) => row.correlation_id,
  workflow: (row, _args, { loaders }) => (row.workflow_id ? loaders.workflow.load(row.workflow_id) : null),
};
