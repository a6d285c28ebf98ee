import { randomBytes } from 'node:crypto';

/** A new run id: sortable by start time and unique (`20261122-053001-7f3a`). */
export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(2).toString('hex')}`;
}
