import { main } from '../../../../main/cli/index';
import type { Io } from '../../../../main/cli/output';

/** What a CLI invocation printed and how it exited. */
export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with captured output. */
export async function cli(...argv: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t.endsWith('\n') ? t : `${t}\n`), err: (t) => void (err += t.endsWith('\n') ? t : `${t}\n`), interactive: false };
  const code = await main(argv, io);
  return { code, out, err };
}
