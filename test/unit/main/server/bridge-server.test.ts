import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createEngine } from '../../../../main/ipc/create-engine';
import { startBridge, type Bridge } from '../../../../main/server/bridge-server';
import { cleanTempDirs, demoProjectWith, patientRow, tempDir } from '../../helpers/temp-project';

let bridge: Bridge | null = null;
afterEach(async () => {
  await bridge?.close();
  bridge = null;
  cleanTempDirs();
});

async function start(projectDir: string | null = null) {
  const rendererDir = tempDir();
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Cutover</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  bridge = await startBridge({ engine: createEngine({ projectDir, mode: 'browser' }), rendererDir });
  return bridge;
}

/** A raw HTTP request, so the Host header can be set freely. */
function http(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the loopback bridge', () => {
  it('listens on 127.0.0.1 with a fresh token each start', async () => {
    const a = await start();
    expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    const token = a.token;
    await a.close();
    bridge = null;
    expect((await start()).token).not.toBe(token);
  });

  it('refuses requests without the token, for pages, calls and events alike', async () => {
    const { port } = await start();
    expect((await http(port, '/')).status).toBe(401);
    expect((await http(port, '/assets/app.js')).status).toBe(401);
    expect((await http(port, '/api/invoke', { method: 'POST', body: '{"channel":"app:info","input":{}}' })).status).toBe(401);
    expect((await http(port, '/?token=wrong')).status).toBe(401);
    const ws = new WebSocket(`ws://127.0.0.1:${port}/api/events`);
    await expect(new Promise((resolve, reject) => { ws.on('open', resolve); ws.on('error', reject); })).rejects.toThrow(/401/);
  });

  it('refuses a foreign Host or Origin even with the token', async () => {
    const { port, token } = await start();
    const auth = { Authorization: `Bearer ${token}` };
    expect((await http(port, '/', { headers: { ...auth, Host: `evil.example:${port}` } })).status).toBe(403);
    expect((await http(port, '/api/invoke', { method: 'POST', headers: { ...auth, Origin: 'http://evil.example' }, body: '{}' })).status).toBe(403);
  });

  it('trades the token in the address for an HttpOnly cookie, then serves the app and the contract', async () => {
    const { port, token } = await start();
    const first = await http(port, `/?token=${token}`);
    expect(first.status).toBe(302);
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await http(port, '/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Cutover</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await http(port, '/../../etc/passwd', { headers: { Cookie: cookie } })).status).toBe(404);
    const info = await http(port, '/api/invoke', { method: 'POST', headers: { Cookie: cookie }, body: JSON.stringify({ channel: 'app:info', input: {} }) });
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, data: { mode: 'browser', canPickFolders: false } });
    const bad = await http(port, '/api/invoke', { method: 'POST', headers: { Cookie: cookie }, body: JSON.stringify({ channel: 'runs:get', input: { runId: 7 } }) });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('streams run events over the WebSocket while a run started through the bridge proceeds', async () => {
    const dir = demoProjectWith({ patients: Array.from({ length: 40 }, (_, i) => patientRow(`P${String(i + 1).padStart(7, '0')}`)) });
    const { port, token } = await start(dir);
    const ws = new WebSocket(`ws://127.0.0.1:${port}/api/events`, { headers: { Authorization: `Bearer ${token}` } });
    await new Promise((resolve) => ws.on('open', resolve));
    const events: { event: string; payload: { type: string; status?: string } }[] = [];
    const finished = new Promise<void>((resolve) =>
      ws.on('message', (data) => {
        const message = JSON.parse(String(data));
        events.push(message);
        if (message.payload.type === 'run-finished') resolve();
      }),
    );
    const started = await http(port, '/api/invoke', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: JSON.stringify({ channel: 'runs:start', input: { batchSize: 10 } }),
    });
    const { data } = JSON.parse(started.body);
    await finished;
    ws.close();
    expect(events[0]).toMatchObject({ event: 'run:event', payload: { type: 'run-started', runId: data.runId } });
    expect(events.some((e) => e.payload.type === 'batch-committed')).toBe(true);
    expect(events.at(-1)!.payload).toMatchObject({ type: 'run-finished', status: 'succeeded' });
  });
});
