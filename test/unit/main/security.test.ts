import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  guardWebContents,
  hardenSession,
  isTrustedFrame,
} from '../../../main/security';

function fakeSession() {
  const session = Object.assign(new EventEmitter(), {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  });
  hardenSession(session as never);
  return session;
}

describe('security', () => {
  it('adds the same CSP as the constant (and the renderer meta tag) to every response', () => {
    const session = fakeSession();
    const listener = session.webRequest.onHeadersReceived.mock.calls[0]![0];
    const callback = vi.fn();
    listener({ responseHeaders: { 'X-Other': ['kept'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['kept'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('denies every permission request and check', () => {
    const session = fakeSession();
    const callback = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]![0]({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]![0]()).toBe(false);
    expect(session.setDevicePermissionHandler.mock.calls[0]![0]()).toBe(false);
  });

  it('blocks navigation, redirects, webviews and new windows', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    guardWebContents(contents as never);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      contents.emit(event, { preventDefault });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(contents.setWindowOpenHandler.mock.calls[0]![0]({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it('trusts only the top frame of our origin', () => {
    const origin = 'app://cutover';
    expect(isTrustedFrame({ url: 'app://cutover/index.html', parent: null } as never, origin)).toBe(true);
    expect(isTrustedFrame({ url: 'app://cutover.evil/index.html', parent: null } as never, origin)).toBe(false);
    expect(isTrustedFrame({ url: 'app://other/index.html', parent: null } as never, origin)).toBe(false);
    expect(isTrustedFrame({ url: 'app://cutover/index.html', parent: {} } as never, origin)).toBe(false);
    expect(isTrustedFrame({ url: 'not a url', parent: null } as never, origin)).toBe(false);
    expect(isTrustedFrame(null, origin)).toBe(false);
  });
});
