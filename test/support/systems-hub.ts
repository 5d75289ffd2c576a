/**
 * Every subgraph except workflows (the systems of record and the identity registry) in one child
 * process, over the stores the environment names (DATABASE_URL and OPSGRAPH_PG_SCHEMA_PREFIX, or
 * OPSGRAPH_DATA_DIR), each with its outbox relay and consumers on an in-process bus. For tests that
 * run workflows processes of their own against them (test/workflow-takeover.test.ts). Prints
 * `systems ready <JSON of the GraphQL URL by service>` once every one serves; stops on SIGTERM.
 *
 * `SYSTEMS_HUB_SLOW_ERP_PROJECT=<CRM account id>:<ms>` makes the ERP connector take that long to open
 * a project dimension for that customer (a slow system of record; the only double).
 */
import type { ConnectorWrapper } from '../../subgraphs/services.ts';
import { startServiceEvents } from '../../scripts/service-events.ts';
import { SERVICES, startWaves } from '../../subgraphs/services.ts';
import { createEventBus } from '../../platform/events/index.ts';
import { stopOnSignals } from '../../platform/shutdown.ts';
import { openDomainStore } from '../../platform/store.ts';
import { serveSubgraph } from '../../subgraphs/shared/subgraph.ts';

/** Delays the ERP's `openProject` for one customer's projects, as SYSTEMS_HUB_SLOW_ERP_PROJECT says. */
function slowErpProject(setting: string | undefined): ConnectorWrapper | undefined {
  if (!setting) return undefined;
  const [account, ms] = setting.split(':');
  return (service, connector) => {
    if (service !== 'finance') return connector;
    return new Proxy(connector, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (property !== 'openProject' || typeof value !== 'function') return value;
        return async (request: unknown, project: { crmAccountId: string }) => {
          if (project.crmAccountId === account) await new Promise((resolve) => setTimeout(resolve, Number(ms)));
          return (value as (...args: unknown[]) => unknown).call(target, request, project);
        };
      },
    });
  };
}

if (import.meta.main) {
  const wrapConnector = slowErpProject(process.env.SYSTEMS_HUB_SLOW_ERP_PROJECT);
  const bus = await createEventBus();
  const served: { name: string; url: string; stop: () => Promise<void> }[] = [];
  for (const wave of startWaves(SERVICES.filter((service) => service.name !== 'workflows'))) {
    const peerUrls = Object.fromEntries(served.map((service) => [service.name, service.url]));
    served.push(
      ...(await Promise.all(
        wave.map(async (service) => {
          const db = await openDomainStore(service.name, service.migrations);
          const subgraph = await serveSubgraph(service.build(db, { wrapConnector, peerUrls }), 0);
          const events = await startServiceEvents(service, db, bus);
          const stop = async () => {
            await subgraph.stop();
            await events.stop();
            await db.close();
          };
          return { name: service.name, url: subgraph.url, stop };
        }),
      )),
    );
  }
  console.log(`systems ready ${JSON.stringify(Object.fromEntries(served.map((service) => [service.name, service.url])))}`);
  stopOnSignals('systems-hub', async () => {
    await Promise.all(served.map((service) => service.stop()));
    await bus.stop();
  });
}
