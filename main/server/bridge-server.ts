import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Engine } from '../ipc/create-engine';
import { isLoopbackRequest, newToken, sameSecret, TOKEN_COOKIE, tokenOf } from './auth';
import { staticFile } from './static-files';

/** A running bridge. */
export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws://127.0.0.1:* ws://localhost:*; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Serves the built renderer and the contract on 127.0.0.1 only: `POST /api/invoke` for
 * calls and a WebSocket at `/api/events` for events. Every request must carry the
 * per-start token (a cookie set by the first visit to `/?token=…`, or a Bearer header).
 */
export async function startBridge(options: { engine: Engine; rendererDir: string; port?: number }): Promise<Bridge> {
  const token = newToken();
  const sockets = new Set<WebSocket>();
  let port = 0;
  const server = createServer((request, response) => {
    void handle(request, response).catch(() => send(response, 500, 'text/plain', 'internal error'));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isLoopbackRequest(request, port)) return send(response, 403, 'text/plain', 'forbidden');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const offered = url.searchParams.get('token');
    if (request.method === 'GET' && offered !== null && sameSecret(offered, token)) {
      response.writeHead(302, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
      return void response.end();
    }
    if (!sameSecret(tokenOf(request), token)) {
      return send(response, 401, 'text/plain', 'Unauthorized: open the address that `cutover serve` printed.');
    }
    if (url.pathname === '/api/invoke') {
      if (request.method !== 'POST') return send(response, 405, 'text/plain', 'use POST');
      const body = await readBody(request);
      if (body === null) return send(response, 413, 'text/plain', 'request too large');
      let call: { channel?: unknown; input?: unknown };
      try {
        call = JSON.parse(body) as typeof call;
      } catch {
        return sendJson(response, { ok: false, error: { code: 'VALIDATION', message: 'the request body is not JSON' } });
      }
      if (typeof call.channel !== 'string') {
        return sendJson(response, { ok: false, error: { code: 'VALIDATION', message: 'channel must be a string' } });
      }
      return sendJson(response, await options.engine.dispatch(call.channel, call.input));
    }
    if (request.method !== 'GET') return send(response, 405, 'text/plain', 'method not allowed');
    const file = staticFile(options.rendererDir, url.pathname);
    if (!file) return send(response, 404, 'text/plain', 'not found');
    send(response, 200, file.type, file.body);
  }

  const events = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path !== '/api/events' || !isLoopbackRequest(request, port) || !sameSecret(tokenOf(request), token)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    events.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
    });
  });
  const unsubscribe = options.engine.subscribe((event, payload) => {
    const message = JSON.stringify({ event, payload });
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(message);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      events.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  response.end(body);
}

function sendJson(response: ServerResponse, value: unknown): void {
  send(response, 200, 'application/json', JSON.stringify(value));
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
