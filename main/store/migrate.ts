import { UserError } from '../engine/errors';
import type { Db } from './open-database';
import { migrations } from './migrations';

/**
 * Brings a run store up to the latest schema, one numbered migration at a time, each in
 * its own transaction together with the `user_version` bump. A store written by a newer
 * version of the app is refused untouched.
 */
export function migrate(db: Db, file: string, available: readonly string[] = migrations): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > available.length) {
    throw new UserError(
      `This run store was written by a newer version of Cutover Workbench (schema ${current}; this version knows up to ${available.length}). Upgrade the app to open it; the file has not been changed.`,
      { file },
      'STORE_TOO_NEW',
    );
  }
  for (let version = current + 1; version <= available.length; version++) {
    const sql = available[version - 1]!;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  }
  return available.length;
}
