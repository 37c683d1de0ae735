/**
 * `npm run serve [-- --port 4321 --dir dist --host 0.0.0.0]`: serves the built site, the same job any
 * static host does (see static-server.ts). For a van or school laptop with no internet it prints the
 * laptop's Wi-Fi addresses. `--port 0` takes a free port (tests); the first line says which.
 * SIGTERM or SIGINT (Ctrl+C) closes it and exits.
 */
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { createStaticServer, listeningMessage } from './static-server.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const root = resolve(arg('dir', 'dist'));
const port = Number(arg('port', process.env['PORT'] ?? '4321'));
const host = arg('host', '0.0.0.0');

const server = createStaticServer(root);
server.listen(port, host, () => {
  const actual = (server.address() as AddressInfo).port;
  for (const line of listeningMessage(root, host, actual, networkInterfaces())) console.log(line);
});

const stop = (signal: string) => {
  console.log(`serve: ${signal}, stopping`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
  // Keep-alive sockets closing late must not keep the laptop's port busy.
  setTimeout(() => process.exit(0), 2000).unref();
};
process.once('SIGTERM', () => stop('SIGTERM'));
process.once('SIGINT', () => stop('SIGINT'));
