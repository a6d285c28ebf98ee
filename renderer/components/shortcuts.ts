/** True on macOS, where shortcuts use ⌘ instead of Ctrl. */
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Renders a shortcut for a tooltip the way the user's platform writes it: "Ctrl+1" or "⌘1". */
export function shortcutLabel(key: string): string {
  return isMac ? `⌘${key === 'Enter' ? '↩' : key}` : `Ctrl+${key}`;
}

/** Tells whether a key event carries the platform's command modifier (Ctrl, or ⌘ on macOS). */
export function hasCommandModifier(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}
