import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NoticeError } from '../errors.js';
import { PAGE_CSP } from './pages.js';

/** The preview listens here only: other machines on the network never see a notice in the making. */
export const PREVIEW_HOST = '127.0.0.1';

/** What the server answers with; the router decides, from its own table of what was built. */
export interface Reply {
  status: number;
  type: 'text/html; charset=utf-8' | 'application/pdf' | 'text/plain; charset=utf-8';
  body: string | Uint8Array;
}

export interface PreviewServer {
  url: string;
  port: number;
  /** Tells every open page that build `generation` has finished. */
  announce(generation: number): void;
  close(): Promise<void>;
}

/**
 * Starts the HTTP server on 127.0.0.1. It answers GET and HEAD only, to a Host
 * of 127.0.0.1 or localhost at its port only (a page of another site that got
 * a DNS name pointed at 127.0.0.1 is refused), and serves only what `route`
 * gives for a path: nothing is read from the disk by its URL.
 */
export async function startServer(
  port: number,
  route: (path: string) => Promise<Reply | undefined>,
  current: () => number,
): Promise<PreviewServer> {
  const streams = new Set<ServerResponse>();
  let allowedHosts = new Set<string>();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!allowedHosts.has((request.headers.host ?? '').toLowerCase())) {
      return send(response, request, { status: 403, type: 'text/plain; charset=utf-8', body: 'Unknown Host.\n' });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return send(response, request, { status: 405, type: 'text/plain; charset=utf-8', body: 'GET or HEAD only.\n' });
    }
    const path = new URL(request.url ?? '/', 'http://preview.invalid').pathname;
    if (path === '/events') return openStream(response, request);
    const reply = (await route(path)) ?? { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found.\n' };
    send(response, request, reply);
  };

  /** Server-sent events: the current build at once, then each new one. */
  const openStream = (response: ServerResponse, request: IncomingMessage): void => {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') return void response.end();
    response.write(`retry: 500\ndata: ${current()}\n\n`);
    streams.add(response);
    response.on('close', () => streams.delete(response));
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) {
        send(response, request, { status: 500, type: 'text/plain; charset=utf-8', body: `notice: ${message}\n` });
      } else response.destroy();
    });
  });
  await listen(server, port);
  const actual = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`${PREVIEW_HOST}:${actual}`, `localhost:${actual}`]);
  return {
    url: `http://${PREVIEW_HOST}:${actual}/`,
    port: actual,
    announce: (generation) => {
      for (const stream of streams) stream.write(`data: ${generation}\n\n`);
    },
    close: async () => {
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((closed) => server.close(() => closed()));
    },
  };
}

function send(response: ServerResponse, request: IncomingMessage, reply: Reply): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  response.writeHead(reply.status, {
    'Content-Type': reply.type,
    'Content-Length': body.byteLength,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(reply.type.startsWith('text/html') ? { 'Content-Security-Policy': PAGE_CSP } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((listening, failed) => {
    server.once('error', (error: NodeJS.ErrnoException) => failed(listenFailed(port, error)));
    server.listen({ port, host: PREVIEW_HOST }, () => listening());
  });
}

function listenFailed(port: number, error: NodeJS.ErrnoException): unknown {
  if (error.code === 'EADDRINUSE') {
    return new NoticeError(
      'PORT_IN_USE',
      `Port ${port} on ${PREVIEW_HOST} is in use (another preview, or another server).`,
      `Stop that one, or choose another port: --port ${port + 1}, or --port 0 for any free port.`,
    );
  }
  if (error.code === 'EACCES') {
    return new NoticeError(
      'PORT_DENIED',
      `Port ${port} on ${PREVIEW_HOST} may not be used by this user.`,
      'Choose a port above 1023, or --port 0 for any free port.',
    );
  }
  return error;
}
