import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security';

/** The origin the renderer is served from; the only origin IPC answers. */
export const RENDERER_ORIGIN = 'app://cutover';

/** The renderer's entry page. */
export const RENDERER_URL = `${RENDERER_ORIGIN}/index.html`;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Declares `app:` as a standard, secure scheme. Must run before `app.ready`.
 *
 * Why a custom scheme rather than `file://`: the page gets a real origin, so CSP `'self'`
 * means "our bundle" instead of "any file on the disk", relative and root-relative asset
 * URLs both resolve, and the sender check in the IPC bridge has one exact origin to match.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves files from `rendererDir` (the Vite build) on {@link RENDERER_ORIGIN}, and nothing else. */
export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle('app', async (request) => {
    const file = resolveRendererFile(rendererDir, request.url);
    if (!file || request.method !== 'GET') return new Response('Not found', { status: 404 });
    try {
      // A path without an extension is a client-side route: answer with the app itself.
      const served = path.extname(file) ? file : path.join(rendererDir, 'index.html');
      const body = await readFile(served);
      return new Response(body, {
        headers: {
          'content-type': MIME_TYPES[path.extname(served).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/**
 * Maps an `app://cutover/...` URL to a file inside `rendererDir`; null for another host or
 * a path that would escape the folder (`..`, encoded separators), so the renderer can
 * never be made to read arbitrary files through its own origin.
 */
export function resolveRendererFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (`${parsed.protocol}//${parsed.host}` !== RENDERER_ORIGIN) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${relative}`);
  return file.startsWith(root + path.sep) ? file : null;
}
