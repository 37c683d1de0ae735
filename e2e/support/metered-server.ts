/**
 * The built site served by the site's own handler (scripts/static-server.ts: brotli, the same cache
 * headers as deploy/nginx.conf), counting every byte it writes to the network: what a phone's data
 * plan pays for, headers included, whoever asked (the page or the service worker).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { siteHandler } from '../../scripts/static-server.ts';

export interface Transfer {
  path: string;
  status: number;
  /** Bytes written to the socket for this answer: status line, headers and body as sent. */
  bytes: number;
}

export interface MeteredServer {
  url: string;
  /** Every answer so far, in the order they finished. */
  transfers(): Transfer[];
  /** Bytes written to the network so far. */
  total(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startMeteredServer(dir = 'dist'): Promise<MeteredServer> {
  const handler = siteHandler(dir);
  const sockets = new Set<Socket>();
  const counted = new WeakMap<Socket, number>();
  let transfers: Transfer[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    response.once('finish', () => {
      // On a kept-alive connection, this answer's bytes are what the socket wrote since the last one.
      const before = counted.get(socket) ?? 0;
      const after = socket.bytesWritten + socket.writableLength;
      counted.set(socket, after);
      transfers.push({ path: request.url ?? '', status: response.statusCode, bytes: after - before });
    });
    handler(request, response);
  });
  server.on('connection', (socket: Socket) => sockets.add(socket));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    transfers: () => [...transfers],
    total: () => transfers.reduce((sum, t) => sum + t.bytes, 0),
    reset: () => {
      transfers = [];
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
