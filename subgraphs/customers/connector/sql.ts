/** The bundled CRM connector: the reference CRM store on node:sqlite or PostgreSQL. */
import { createSqlCustomersReconciliationReads } from './reconciliation-reads.ts';
import { createSqlCustomersWrites } from './writes.ts';
import { likeContains, WhereBuilder } from '../../shared/filters.ts';
import type { PageRequest } from '../../shared/pagination.ts';
import { allWhereIn, countRows, type SqlDatabase } from '../../../platform/sql.ts';
import { externalRefsByHubIds } from '../../shared/xref.ts';
import type {
  AccountFilter,
  AccountRecord,
  ContactRecord,
  ContractRecord,
  CustomersConnector,
  LegalEntityRecord,
  OpportunityListFilter,
  OpportunityRecord,
} from './types.ts';

function accountWhere(filter: AccountFilter, afterKey: string | null = null): WhereBuilder {
  return new WhereBuilder()
    .when(filter.accountId, 'id = ?')
    .when(filter.search, "LOWER(name) LIKE ? ESCAPE '\\'", filter.search == null ? null : likeContains(filter.search))
    .when(filter.region, 'region = ?')
    .when(filter.industry, 'industry = ?')
    .when(afterKey, 'id > ?');
}

function opportunityWhere(filter: OpportunityListFilter, afterKey: string | null = null): WhereBuilder {
  return new WhereBuilder().when(filter.accountId, 'account_id = ?').whenIn('stage_name', filter.stages).when(afterKey, 'id > ?');
}

export function createSqlCustomersConnector(db: SqlDatabase): CustomersConnector {
  return {
    ...createSqlCustomersWrites(db),
    ...createSqlCustomersReconciliationReads(db),
    accountsByIds: (ids) => allWhereIn<AccountRecord>(db, 'SELECT * FROM account WHERE id IN (:ids)', ids),
    async listAccounts(filter, page: PageRequest) {
      const where = accountWhere(filter, page.afterKey);
      return db.all<AccountRecord>(`SELECT * FROM account${where.toSql()} ORDER BY id LIMIT ?`, [...where.params, page.limit + 1]);
    },
    async countAccounts(filter) {
      const where = accountWhere(filter);
      return countRows(db, `SELECT COUNT(*) AS n FROM account${where.toSql()}`, where.params);
    },
    contactsByAccountIds: (ids) => allWhereIn<ContactRecord>(db, 'SELECT * FROM contact WHERE account_id IN (:ids) ORDER BY account_id, id', ids),
    legalEntitiesByIds: (ids) => allWhereIn<LegalEntityRecord>(db, 'SELECT * FROM legal_entity WHERE id IN (:ids)', ids),
    opportunitiesByIds: (ids) => allWhereIn<OpportunityRecord>(db, 'SELECT * FROM opportunity WHERE id IN (:ids)', ids),
    opportunitiesByAccountIds: (ids) => allWhereIn<OpportunityRecord>(db, 'SELECT * FROM opportunity WHERE account_id IN (:ids) ORDER BY account_id, id', ids),
    async listOpportunities(filter, page) {
      const where = opportunityWhere(filter, page.afterKey);
      return db.all<OpportunityRecord>(`SELECT * FROM opportunity${where.toSql()} ORDER BY id LIMIT ?`, [...where.params, page.limit + 1]);
    },
    async countOpportunities(filter) {
      const where = opportunityWhere(filter);
      return countRows(db, `SELECT COUNT(*) AS n FROM opportunity${where.toSql()}`, where.params);
    },
    contractsByIds: (ids) => allWhereIn<ContractRecord>(db, 'SELECT * FROM contract WHERE id IN (:ids)', ids),
    contractsByAccountIds: (ids) => allWhereIn<ContractRecord>(db, 'SELECT * FROM contract WHERE account_id IN (:ids) ORDER BY account_id, id', ids),
    contractsByOpportunityIds: (ids) =>
      allWhereIn<ContractRecord>(db, 'SELECT * FROM contract WHERE opportunity_id IN (:ids) ORDER BY opportunity_id, id', ids),
    externalRefsByHubIds: (hubIds) => externalRefsByHubIds(db, hubIds),
  };
}
