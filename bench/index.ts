/**
 * `npm run bench`: every benchmark, each printing ratios against a baseline measured in
 * the same run (absolute times differ from machine to machine; ratios travel).
 * `--quick` runs on 100k patients with one repeat, for a smoke test.
 */
import { runProfileBench } from './profile-bench';

const quick = process.argv.includes('--quick');
await runProfileBench(quick ? { patients: 100_000, smallRows: 10_000, repeats: 1 } : {});
