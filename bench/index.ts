/**
 * `npm run bench`: every benchmark, each printing ratios against a baseline measured in
 * the same run (absolute times differ from machine to machine; ratios travel).
 * `--quick` runs on small inputs with one repeat, for a smoke test; `--only=pipeline` or
 * `--only=profile` runs one benchmark.
 */
import { runPipelineBench } from './pipeline-bench';
import { runProfileBench } from './profile-bench';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const wanted = (name: string) => only === undefined || only === name;

if (wanted('pipeline')) await runPipelineBench(quick ? { patients: 10_000, repeats: 1 } : {});
if (wanted('profile')) await runProfileBench(quick ? { patients: 100_000, smallRows: 10_000, repeats: 1 } : {});
