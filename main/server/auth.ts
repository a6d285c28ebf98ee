import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The cookie that carries the per-start token after the first visit. */
export const TOKEN_COOKIE = 'cutover_token';

/** A fresh random token, made anew every time the bridge starts. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares two secrets without leaking their difference through timing. */
export function sameSecret(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request carries: its cookie, or an `Authorization: Bearer` header. */
export function tokenOf(request: IncomingMessage): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

/**
 * Tells whether a request is addressed to our loopback origin. Checking Host (and
 * Origin when a browser sends one) stops DNS-rebinding pages from reaching the bridge.
 */
export function isLoopbackRequest(request: IncomingMessage, port: number): boolean {
  const allowed = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!allowed.has(request.headers.host ?? '')) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return [...allowed].some((host) => origin === `http://${host}`);
}
