/**
 * Reconciliation's own tables in the workflows store (../connector/migrations.ts): runs (one per
 * idempotency key, ever, by a unique index), findings (one per drift, by its dedupe key) and the
 * scan lease (one scan at a time across processes, by a conditional write).
 */
import { allWhereIn, countRows, placeholders, type SqlDatabase, type SqlParam } from '../../../platform/sql.ts';
import { WhereBuilder } from '../../shared/filters.ts';
import type { PageRequest } from '../../shared/pagination.ts';
import type { FindingListFilter, FindingRow, FindingStatus, RunRow } from './types.ts';

function findingWhere(filter: FindingListFilter): WhereBuilder {
  return new WhereBuilder()
    .when(filter.status, 'status = ?')
    .when(filter.check, 'check_name = ?')
    .when(filter.projectId, 'project_id = ?')
    .when(filter.customerId, 'customer_id = ?');
}

const numeric = (row: FindingRow): FindingRow => ({ ...row, amount: row.amount === null ? null : Number(row.amount) });
const numericRun = (row: RunRow): RunRow => ({ ...row, opened: Number(row.opened), still_open: Number(row.still_open), closed: Number(row.closed) });

export function createReconciliationStore(db: SqlDatabase) {
  return {
    /** Inserts the run; false (nothing written) when its (scope, key) is already taken. */
    async createRun(run: RunRow): Promise<boolean> {
      const columns = Object.keys(run) as (keyof RunRow)[];
      const inserted = await db.run(
        `INSERT INTO reconciliation_run (${columns.join(', ')}) VALUES (${placeholders(columns.length)}) ON CONFLICT DO NOTHING`,
        columns.map((column) => run[column] as SqlParam),
      );
      return inserted === 1;
    },
    async runByKey(scope: string, key: string): Promise<RunRow | null> {
      const row = await db.get<RunRow>('SELECT * FROM reconciliation_run WHERE scope = ? AND idempotency_key = ?', [scope, key]);
      return row ? numericRun(row) : null;
    },
    async runsByIds(ids: readonly string[]): Promise<RunRow[]> {
      return (await allWhereIn<RunRow>(db, 'SELECT * FROM reconciliation_run WHERE id IN (:ids)', ids)).map(numericRun);
    },
    async updateRun(id: string, fields: Partial<Pick<RunRow, 'status' | 'finished_at' | 'opened' | 'still_open' | 'closed' | 'error' | 'lease_until'>>) {
      const names = Object.keys(fields) as (keyof typeof fields)[];
      await db.run(`UPDATE reconciliation_run SET ${names.map((name) => `${name} = ?`).join(', ')} WHERE id = ?`, [
        ...names.map((name) => fields[name] as SqlParam),
        id,
      ]);
    },
    /** Marks RUNNING runs whose lease expired before `now` (their process died) FAILED. */
    async failAbandonedRuns(now: string): Promise<number> {
      return db.run("UPDATE reconciliation_run SET status = 'FAILED', finished_at = ?, error = ? WHERE status = 'RUNNING' AND lease_until < ?", [
        now,
        'the process running the scan stopped before it ended',
        now,
      ]);
    },

    /**
     * Takes the named lease until `until` when it is free, expired at `now`, or already `owner`'s: one
     * conditional write, so two processes never both hold it.
     */
    async claimLease(name: string, owner: string, now: string, until: string): Promise<boolean> {
      const inserted = await db.run('INSERT INTO reconciliation_lease (name, owner, lease_until) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [
        name,
        owner,
        until,
      ]);
      if (inserted === 1) return true;
      const taken = await db.run('UPDATE reconciliation_lease SET owner = ?, lease_until = ? WHERE name = ? AND (lease_until < ? OR owner = ?)', [
        owner,
        until,
        name,
        now,
        owner,
      ]);
      return taken === 1;
    },
    async releaseLease(name: string, owner: string): Promise<void> {
      await db.run('DELETE FROM reconciliation_lease WHERE name = ? AND owner = ?', [name, owner]);
    },

    async findingsByKeys(keys: readonly string[]): Promise<FindingRow[]> {
      return (await allWhereIn<FindingRow>(db, 'SELECT * FROM reconciliation_finding WHERE dedupe_key IN (:ids)', keys)).map(numeric);
    },
    async findingsByIds(ids: readonly string[]): Promise<FindingRow[]> {
      return (await allWhereIn<FindingRow>(db, 'SELECT * FROM reconciliation_finding WHERE id IN (:ids)', ids)).map(numeric);
    },
    async findingsByExceptionIds(ids: readonly string[]): Promise<FindingRow[]> {
      return (await allWhereIn<FindingRow>(db, 'SELECT * FROM reconciliation_finding WHERE exception_id IN (:ids)', ids)).map(numeric);
    },
    /** Findings not CLOSED of these checks. */
    async unclosedFindings(checks: readonly string[]): Promise<FindingRow[]> {
      if (checks.length === 0) return [];
      const rows = await db.all<FindingRow>(
        `SELECT * FROM reconciliation_finding WHERE status <> 'CLOSED' AND check_name IN (${placeholders(checks.length)}) ORDER BY id`,
        checks,
      );
      return rows.map(numeric);
    },
    /** Inserts a finding, or (same dedupe key) refreshes it: seen again, with its current exception. */
    async upsertFinding(row: FindingRow): Promise<void> {
      const columns = Object.keys(row) as (keyof FindingRow)[];
      const inserted = await db.run(
        `INSERT INTO reconciliation_finding (${columns.join(', ')}) VALUES (${placeholders(columns.length)}) ON CONFLICT DO NOTHING`,
        columns.map((column) => row[column] as SqlParam),
      );
      if (inserted === 1) return;
      const [existing] = await this.findingsByKeys([row.dedupe_key]);
      if (!existing) throw new Error(`finding ${row.dedupe_key} neither inserted nor found`);
      // Reopened after a close: detected anew, and a replay that ran before no longer speaks for it.
      const reopened = existing.status === 'CLOSED';
      await db.run(
        `UPDATE reconciliation_finding SET status = ?, summary = ?, records = ?, customer_id = ?, project_id = ?, amount = ?, currency = ?,
           replay = ?, replay_input = ?, exception_id = ?, last_seen_at = ?, closed_at = NULL${reopened ? ', detected_at = ?, replay_workflow_id = NULL' : ''}
         WHERE id = ?`,
        [
          reopened ? 'OPEN' : existing.status,
          row.summary,
          row.records,
          row.customer_id,
          row.project_id,
          row.amount,
          row.currency,
          row.replay,
          row.replay_input,
          row.exception_id,
          row.last_seen_at,
          ...(reopened ? [row.detected_at] : []),
          existing.id,
        ],
      );
    },
    async closeFinding(id: string, closedAt: string): Promise<void> {
      await db.run("UPDATE reconciliation_finding SET status = 'CLOSED', closed_at = ? WHERE id = ? AND status <> 'CLOSED'", [closedAt, id]);
    },
    /**
     * A REPLAYING finding whose replay `workflowId` ended without fixing the drift is OPEN again; false
     * when another replay claimed or replaced it meanwhile.
     */
    async reopenAfterReplay(id: string, workflowId: string): Promise<boolean> {
      const changed = await db.run(
        "UPDATE reconciliation_finding SET status = 'OPEN' WHERE id = ? AND status = 'REPLAYING' AND replay_workflow_id = ? AND replay_claim_id IS NULL",
        [id, workflowId],
      );
      return changed === 1;
    },
    /**
     * Claims the finding for a replay: from `status` with `workflowId` as its last replay (both as the
     * caller read them) to REPLAYING, held by `claimId` until `until`; false when another caller
     * changed it meanwhile or holds a live claim (one whose `until` is not past `now`).
     */
    async claimReplay(id: string, status: FindingStatus, workflowId: string | null, claimId: string, until: string, now: string): Promise<boolean> {
      const changed = await db.run(
        `UPDATE reconciliation_finding SET status = 'REPLAYING', replay_workflow_id = NULL, replay_claim_id = ?, replay_claimed_until = ?
          WHERE id = ? AND status = ? AND COALESCE(replay_workflow_id, '') = ? AND (replay_claimed_until IS NULL OR replay_claimed_until < ?)`,
        [claimId, until, id, status, workflowId ?? '', now],
      );
      return changed === 1;
    },
    /** A REPLAYING finding whose claim ran out before a workflow was linked (its process died) is OPEN again. */
    async reopenAbandonedClaim(id: string, now: string): Promise<boolean> {
      const changed = await db.run(
        "UPDATE reconciliation_finding SET status = 'OPEN', replay_claim_id = NULL, replay_claimed_until = NULL WHERE id = ? AND status = 'REPLAYING' AND replay_workflow_id IS NULL AND replay_claimed_until < ?",
        [id, now],
      );
      return changed === 1;
    },
    /** Extends a claim while its workflow runs. */
    async renewReplayClaim(id: string, claimId: string, until: string): Promise<void> {
      await db.run('UPDATE reconciliation_finding SET replay_claimed_until = ? WHERE id = ? AND replay_claim_id = ?', [until, id, claimId]);
    },
    /** Ends a claim: the finding's status and last replay as its workflow left them (null: none started). */
    async releaseReplayClaim(id: string, claimId: string, status: FindingStatus, workflowId: string | null): Promise<void> {
      await db.run(
        'UPDATE reconciliation_finding SET status = ?, replay_workflow_id = ?, replay_claim_id = NULL, replay_claimed_until = NULL WHERE id = ? AND replay_claim_id = ?',
        [status, workflowId, id, claimId],
      );
    },
    /** Up to `page.limit + 1`, newest first; `afterKey` is "<detected_at>|<id>". */
    async listFindings(filter: FindingListFilter, page: PageRequest): Promise<FindingRow[]> {
      const where = findingWhere(filter);
      if (page.afterKey !== null) {
        const [time, id] = page.afterKey.split('|');
        where.always('(detected_at < ? OR (detected_at = ? AND id < ?))', time ?? '', time ?? '', id ?? '');
      }
      const rows = await db.all<FindingRow>(`SELECT * FROM reconciliation_finding${where.toSql()} ORDER BY detected_at DESC, id DESC LIMIT ?`, [
        ...where.params,
        page.limit + 1,
      ]);
      return rows.map(numeric);
    },
    countFindings(filter: FindingListFilter): Promise<number> {
      const where = findingWhere(filter);
      return countRows(db, `SELECT COUNT(*) AS n FROM reconciliation_finding${where.toSql()}`, where.params);
    },
  };
}

export type ReconciliationStore = ReturnType<typeof createReconciliationStore>;
