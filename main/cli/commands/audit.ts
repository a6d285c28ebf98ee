import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../engine/errors';
import { PROJECT_FILES } from '../../engine/project/project-files';
import { verifyAudit } from '../../store/audit-chain';
import { RunStore } from '../../store/run-store';
import { EXIT, printJson, type Io } from '../output';

/**
 * `cutover audit verify <project>`: recomputes the audit trail's hash chain from its first
 * entry; exit 0 when it holds, 1 when an entry was changed, deleted or reordered (naming
 * the first), with the head hash a sign-off can be checked against.
 */
export async function auditVerify(io: Io, dirArg: string, options: { json?: boolean }): Promise<number> {
  const dir = resolve(dirArg);
  if (!existsSync(join(dir, PROJECT_FILES.project))) throw new UserError('not a Cutover project: project.yaml not found', { file: join(dirArg, PROJECT_FILES.project) });
  const store = RunStore.open(dir);
  try {
    const status = verifyAudit(store.db);
    if (options.json) printJson(io, status);
    else if (status.verified) io.out(`Audit trail verified: ${status.entries} entries, head ${status.headHash ?? '(empty)'}`);
    else io.out(`Audit trail BROKEN at entry ${status.brokenAt} of ${status.entries}: it was changed after it was written`);
    return status.verified ? EXIT.ok : EXIT.verdictFailed;
  } finally {
    store.close();
  }
}
