/**
 * A TCP proxy in front of a server, for tests that lose the network: `cut()` drops every open
 * connection (a load balancer restarting, a laptop leaving the Wi-Fi), `refuse(true)` turns new ones
 * away until `refuse(false)`. Bytes pass unchanged, so Host and Origin are the proxy's own.
 */
import net from 'node:net';

export interface TcpProxy {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Open connections through the proxy. */
  connections(): number;
  /** Destroys every open connection, both sides. */
  cut(): void;
  /** While true, a new connection is closed as soon as it is accepted. */
  refuse(refusing: boolean): void;
  stop(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let refusing = false;
  const server = net.createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, targetHost);
    open.add(client);
    open.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    connections: () => open.size / 2,
    cut() {
      for (const socket of open) socket.destroy();
      open.clear();
    },
    refuse(value) {
      refusing = value;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
