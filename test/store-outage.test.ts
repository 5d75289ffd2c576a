/**
 * A store whose PostgreSQL server goes away: every call surfaces as SystemUnavailableError (which
 * every server answers as UPSTREAM_UNAVAILABLE), never as a raw driver error masked as internal.
 * The server is real; a loopback TCP relay in front of it is cut to take it away. PostgreSQL pass only.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SystemUnavailableError } from '../platform/errors.ts';
import { openDatabase, type SqlDatabase } from '../platform/sql.ts';
import { TEST_BACKEND } from './support/hub.ts';

const POSTGRES = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');

describe.skipIf(TEST_BACKEND !== 'postgres')('a PostgreSQL store whose server goes away', () => {
  let relay: Server;
  const sockets = new Set<Socket>();
  let db: SqlDatabase;

  beforeAll(async () => {
    relay = createServer((client) => {
      const server = connect(Number(POSTGRES.port || 5432), POSTGRES.hostname);
      for (const socket of [client, server]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(server).pipe(client);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const { port } = relay.address() as { port: number };
    const url = new URL(POSTGRES);
    url.hostname = '127.0.0.1';
    url.port = String(port);
    db = await openDatabase({ postgresUrl: url.toString(), postgresSchema: 'store_outage_test' });
  });

  afterAll(async () => {
    await db?.close().catch(() => undefined);
    relay?.close();
  });

  it('answers while the server is there, then SystemUnavailableError for reads, writes and transactions', async () => {
    expect(await db.get<{ one: number }>('SELECT 1 AS one')).toEqual({ one: 1 });
    // The server goes away: the relay stops accepting and drops every open connection.
    relay.close();
    for (const socket of sockets) socket.destroy();
    await expect(db.all('SELECT 1 AS one')).rejects.toBeInstanceOf(SystemUnavailableError);
    await expect(db.run('SELECT 1')).rejects.toBeInstanceOf(SystemUnavailableError);
    await expect(db.transaction((tx) => tx.run('SELECT 1'))).rejects.toBeInstanceOf(SystemUnavailableError);
  });
});
