/**
 * A PostgreSQL server at its connection limit refuses a new connection (too_many_connections) before
 * any statement runs; a store's call waits for a slot, backing off, rather than failing at once, so
 * processes over one server share its slots. The limit here is a role's (CONNECTION LIMIT 2) on the
 * real server, so the test does not crowd out anything else running on it. PostgreSQL pass only.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type SqlDatabase } from '../platform/sql.ts';
import { TEST_BACKEND } from './support/hub.ts';
import { holdsThroughout, within } from './support/wait.ts';

const POSTGRES = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROLE = `opsgraph_limited_${randomBytes(4).toString('hex')}`;
const SCHEMA = `${ROLE}_store`;

describe.skipIf(TEST_BACKEND !== 'postgres')('a PostgreSQL store whose role is at its connection limit', () => {
  let admin: pg.Client;
  let db: SqlDatabase;
  const held: pg.Client[] = [];
  const roleUrl = () => {
    const url = new URL(POSTGRES);
    url.username = ROLE;
    url.password = '';
    return url.toString();
  };

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: POSTGRES });
    await admin.connect();
    await admin.query(`CREATE ROLE ${ROLE} LOGIN CONNECTION LIMIT 2`);
    await admin.query(`CREATE SCHEMA ${SCHEMA} AUTHORIZATION ${ROLE}`);
    await admin.query(`GRANT CREATE ON DATABASE ${new URL(POSTGRES).pathname.slice(1)} TO ${ROLE}`);
    db = await openDatabase({ postgresUrl: roleUrl(), postgresSchema: SCHEMA });
    await db.exec('CREATE TABLE probe (n INTEGER NOT NULL)');
  });

  afterAll(async () => {
    await Promise.all(held.map((client) => client.end().catch(() => undefined)));
    await db?.close().catch(() => undefined);
    await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`).catch(() => undefined);
    await admin.query(`DROP OWNED BY ${ROLE}`).catch(() => undefined);
    await admin.query(`DROP ROLE IF EXISTS ${ROLE}`).catch(() => undefined);
    await admin.end();
  });

  it('a write waits for a slot while every one is taken, then runs once', async () => {
    // The store's pool keeps no idle connection of its own here: every slot is the test's.
    await db.close();
    db = await openDatabase({ postgresUrl: roleUrl(), postgresSchema: SCHEMA });
    for (let n = 0; n < 2; n++) {
      const client = new pg.Client({ connectionString: roleUrl() });
      await client.connect();
      held.push(client);
    }
    let settled: 'ran' | 'failed' | null = null;
    const write = db.run('INSERT INTO probe (n) VALUES (?)', [1]).then(
      () => (settled = 'ran'),
      (error: unknown) => {
        settled = 'failed';
        throw error;
      },
    );
    await holdsThroughout(() => settled === null, { what: 'the write waiting for a connection slot', forMs: 500 });
    await held.shift()?.end();
    await within(write, { what: 'the write once a slot is free', timeoutMs: 10_000 });
    expect(settled).toBe('ran');
    const counted = await admin.query(`SELECT COUNT(*)::int AS n FROM ${SCHEMA}.probe`);
    expect(counted.rows[0].n).toBe(1);
  });
});
