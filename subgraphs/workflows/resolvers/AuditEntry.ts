import type { AuditEntryResolvers } from '../__generated__/resolvers-types.ts';
import { redactStoredEntity } from '../field-rules.ts';

export const AuditEntry: AuditEntryResolvers = {
  id: (row) => `aud_${row.seq}`,
  actor: (row) => row.actor_sub,
  actorRoles: (row) => JSON.parse(row.actor_roles) as string[],
  entityType: (row) => row.entity_type,
  entityId: (row) => row.entity_id,
  // The stored rows are complete; each caller reads them under the entity's field rules.
  before: (row, _args, { principal }) => redactStoredEntity(row.entity_type, row.before_json, principal),
  after: (row, _args, { principal }) => redactStoredEntity(row.entity_type, row.after_json, principal),
  correlationId: (row) => row.correlation_id,
  workflow: (row, _args, { loaders }) => (row.workflow_id ? loaders.workflow.load(row.workflow_id) : null),
};
