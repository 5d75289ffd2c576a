/**
 * The projects subgraph's entity cache (docs/caching.md, Entity caches): projects by id (their
 * references and every field under them) and a customer's projects, as PSA rows.
 */
import { groupsByKey, rowsById } from '../shared/entity-cache.ts';
import { toHubId } from '../shared/ids.ts';
import type { EntityCachePlan } from '../shared/service.ts';
import type { ProjectsConnector } from './connector/types.ts';

const projectTag = (id: string) => `id:${toHubId('Project', id)}`;

export const projectsEntityCache: EntityCachePlan<ProjectsConnector> = {
  reads: (connector, cache, scope) => ({
    // A project row changes with ProjectStatusChanged, ProjectRemoved and the change orders applied to it (ChangeOrder*, naming it).
    projectsByIds: rowsById(
      cache,
      scope,
      'project',
      (ids) => connector.projectsByIds(ids),
      (row) => row.id,
      (row) => [projectTag(row.id)],
    ),
    // A customer's projects: ProjectCreated names the customer; every other change names a project in the list.
    projectsByAccountIds: groupsByKey(
      cache,
      scope,
      'projects-of-customer',
      (ids) => connector.projectsByAccountIds(ids),
      (id) => id,
      (row) => row.account_id,
      (id, rows) => [`id:${toHubId('Customer', id)}`, ...rows.map((row) => projectTag(row.id))],
    ),
  }),
};
