#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so `npx cutover` works straight
// after `npm install` with no build step to remember.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`cutover runs … | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { main } = await import('../main/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
