const KEY = 'cutover.reviewer';

/** The name last given for an approval on this machine, to offer it again. */
export function reviewerName(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the approver's name for the next approval. */
export function rememberReviewer(name: string): void {
  try {
    window.localStorage.setItem(KEY, name);
  } catch {
    // Storage may be unavailable (a locked-down profile); the name is then asked each time.
  }
}
