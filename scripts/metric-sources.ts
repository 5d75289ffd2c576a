/**
 * The store-backed series of the gateway's metrics (gateway/metrics.ts), read from the stores the
 * hub holds, at scrape time only: each store's outbox lag, and from the workflows store the
 * workflows by type and status, the exceptions not yet resolved, the journeys' cycle times and the
 * SLOs' attainment. Counts, ages and ratios only: no id, no
 * customer, no cause text leaves the stores this way.
 */
import type { MetricSources } from '../gateway/metrics.ts';
import { oldestUnpublishedAt } from '../platform/events/outbox.ts';
import { SERVICES } from '../subgraphs/services.ts';
import type { DomainStores } from './domain-stores.ts';
import { cycleTimeBuckets } from '../subgraphs/workflows/journeys/store.ts';
import { sloAttainments } from '../subgraphs/workflows/journeys/resolvers.ts';

export function metricSourcesOf(stores: DomainStores): MetricSources {
  const outboxes = SERVICES.filter((service) => service.outbox).map((service) => [service.name, stores[service.name]] as const);
  const workflows = stores.workflows;
  return {
    async outboxLagSeconds() {
      const now = Date.now();
      const entries = await Promise.all(
        outboxes.map(async ([name, db]) => {
          const oldest = await oldestUnpublishedAt(db);
          const at = oldest === null ? Number.NaN : Date.parse(oldest);
          return [name, Number.isFinite(at) ? Math.max(0, (now - at) / 1000) : 0] as const;
        }),
      );
      return Object.fromEntries(entries);
    },
    async workflows() {
      const rows = await workflows.all<{ type: string; status: string; n: number }>('SELECT type, status, COUNT(*) AS n FROM workflow GROUP BY type, status');
      return rows.map((row) => ({ labels: { type: row.type, status: row.status }, value: Number(row.n) }));
    },
    async openExceptions() {
      const rows = await workflows.all<{ kind: string; system: string; n: number }>(
        // A parked workflow counts under its type; a finding or a breach (no workflow) under its kind.
        `SELECT COALESCE(w.type, e.kind) AS kind, e.system AS system, COUNT(*) AS n
           FROM workflow_exception e LEFT JOIN workflow w ON w.id = e.workflow_id
          WHERE e.status <> 'RESOLVED'
          GROUP BY COALESCE(w.type, e.kind), e.system`,
      );
      return rows.map((row) => ({ labels: { kind: row.kind, system: row.system }, value: Number(row.n) }));
    },
    async journeyCycleTimes(bounds) {
      return (await cycleTimeBuckets(workflows, bounds)).map(({ kind, ...row }) => ({ labels: { kind }, ...row }));
    },
    async sloAttainment() {
      return (await sloAttainments(workflows))
        .filter((slo) => slo.attainment !== null)
        .map((slo) => ({ labels: { slo: slo.name }, value: slo.attainment as number }));
    },
  };
}
