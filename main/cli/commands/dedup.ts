import { runDedup } from '../../engine/dedup/project/run-dedup';
import { loadProject } from '../../engine/project/inspect-project';
import { EXIT, printJson, type Io } from '../output';

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * `cutover dedup <project>`: looks for the same person twice in the loaded target table as
 * quality/dedup.yaml says; prints the counts, the pairs left for review and, with labels,
 * precision, recall and F1. Values are never printed.
 */
export async function dedup(io: Io, dir: string, options: { json?: boolean }): Promise<number> {
  const summary = runDedup(await loadProject(dir));
  if (options.json) {
    printJson(io, summary);
    return EXIT.ok;
  }
  const s = summary.stats;
  io.out(`Deduplication of ${summary.table}: ${s.records} records, ${s.candidatePairs} candidate pairs in ${s.blocks} blocks (largest ${s.largestBlock}${s.truncatedBlocks ? `, ${s.truncatedBlocks} too large and skipped` : ''})`);
  io.out(`${s.matches} matched pairs, ${s.reviews} for review: ${summary.clusters} people found more than once, ${summary.duplicateRecords} duplicate records`);
  const e = summary.evaluation;
  if (e) io.out(`Against the labels: precision ${percent(e.precision)}, recall ${percent(e.recall)}, F1 ${percent(e.f1)} (${e.truePositives} found, ${e.falsePositives} wrong, ${e.falseNegatives} missed; blocking kept ${percent(e.pairsCompleteness)} of true pairs)`);
  return EXIT.ok;
}
