import type { App, Session, WebContents, WebFrameMain } from 'electron';

/**
 * The renderer's Content Security Policy, sent as a response header on top of the
 * `<meta>` tag in `renderer/index.html` (keep the two identical): the header also covers
 * responses the meta tag cannot, and a page cannot loosen it.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

/**
 * Locks a session down: every response carries the CSP, and every permission (camera,
 * notifications, clipboard-read, geolocation, HID, serial…) is refused. The app needs
 * none of them; folders are chosen through main's own dialog.
 */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        // Written out (not the constant) so Electronegativity can read and evaluate it.
        'Content-Security-Policy': [
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ],
      },
    });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}

/**
 * Guards every web contents the app ever creates, the main window's and any other:
 * no navigation away from the loaded page, no new windows, no `<webview>`.
 */
export function guardAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

/** Applies the navigation guards to one web contents. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Tells whether an IPC message comes from our renderer: the top frame of a window, showing
 * a page from `origin`. A subframe or any other page (should one ever load) is refused.
 */
export function isTrustedFrame(frame: WebFrameMain | null | undefined, origin: string): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    // Not `URL.origin`: Node reports "null" as the origin of a custom scheme like app:.
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === origin;
  } catch {
    return false;
  }
}
