import { COMPARE_MIN_TIMED_MILLIS, type ComparisonFinding, type FindingTone } from '../../../preload/contract/compare-schemas';
import type { ComparisonTables } from './compare-facts';

/** Throughput moving less than this share either way is left out of the findings. */
export const THROUGHPUT_NOISE = 0.25;

const ORDER: Record<ComparisonFinding['kind'], number> = { status: 0, gate: 1, table: 2, rule: 3, quality: 4, throughput: 5, options: 6 };

/**
 * The differences from the baseline worth saying, per compared run, the weightiest first:
 * "rejected rows fell from 120 to 4 in LOAD_PATIENT", "rule X no longer fires in T",
 * "load throughput halved". Counts and rule ids only, never values.
 */
export function comparisonFindings(c: ComparisonTables): ComparisonFinding[] {
  const findings: ComparisonFinding[] = [];
  c.runs.forEach((run, i) => {
    if (i === 0) return;
    const say = (kind: ComparisonFinding['kind'], tone: FindingTone, text: string) => findings.push({ runId: run.id, kind, tone, text });
    const base = c.runs[0]!;
    if (run.status !== base.status) say('status', statusTone(base.status, run.status), `the run ${run.status}; the baseline ${base.status}`);
    if (run.dryRun !== base.dryRun) say('options', 'info', run.dryRun ? 'a dry run (nothing loaded); the baseline loaded' : 'loaded the target; the baseline was a dry run');
    if (run.batchSize !== base.batchSize && run.batchSize !== null && base.batchSize !== null) say('options', 'info', `batch size ${count(run.batchSize)}, was ${count(base.batchSize)}`);
    if (run.strategy !== base.strategy && run.strategy !== null && base.strategy !== null) say('options', 'info', `strategy ${run.strategy}, was ${base.strategy}`);

    for (const gate of c.gates) {
      const [was, now] = [gate.verdicts[0], gate.verdicts[i]];
      if (was && now && was !== now) say('gate', now === 'PASS' ? 'better' : 'worse', `gate profile ${gate.profile} now ${now === 'PASS' ? 'passes' : 'fails'}; it ${was === 'PASS' ? 'passed' : 'failed'} for the baseline`);
    }

    for (const t of c.tables) {
      const [was, now] = [t.runs[0], t.runs[i]];
      if (was && !now) say('table', 'worse', `${t.table} was not processed; the baseline processed it`);
      if (!was && now) say('table', 'info', `${t.table} was processed; the baseline did not process it`);
      if (!was || !now) continue;
      if (now.rejected !== was.rejected) say('table', now.rejected < was.rejected ? 'better' : 'worse', `rejected rows ${moved(was.rejected, now.rejected)} in ${t.table}`);
      if (now.read !== was.read) say('table', 'info', `rows read ${moved(was.read, now.read)} in ${t.table}`);
      if (now.meanScore !== null && was.meanScore !== null && Math.abs(now.meanScore - was.meanScore) >= 0.0005) {
        say('quality', now.meanScore > was.meanScore ? 'better' : 'worse', `mean quality score ${now.meanScore > was.meanScore ? 'rose' : 'fell'} from ${percent(was.meanScore)} to ${percent(now.meanScore)} in ${t.table}`);
      }
    }

    // Skipped rows are a re-run finding the target already loaded; one line says it for every table.
    const both = c.tables.filter((t) => t.runs[0] && t.runs[i]);
    const [skippedWas, skippedNow] = [0, i].map((at) => both.reduce((n, t) => n + t.runs[at]!.skipped, 0)) as [number, number];
    if (skippedNow !== skippedWas) say('table', 'info', `rows already in the target unchanged (skipped) ${moved(skippedWas, skippedNow)}`);

    for (const r of c.rules) {
      const [was = 0, now = 0] = [r.counts[0], r.counts[i]];
      if (was === now) continue;
      const name = `rule ${r.rule}`;
      if (now === 0) say('rule', 'better', `${name} no longer fires in ${r.table}; it fired ${times(was)}`);
      else if (was === 0) say('rule', 'worse', `${name} now fires ${times(now)} in ${r.table}; it did not fire in the baseline`);
      else say('rule', now < was ? 'better' : 'worse', `${name} fired ${times(now)} in ${r.table}, ${now < was ? 'down' : 'up'} from ${count(was)}`);
    }

    for (const s of c.stages) {
      const [was, now] = [s.runs[0], s.runs[i]];
      if (!was || !now || now.ratio === null || was.rowsPerSecond === null || now.rowsPerSecond === null) continue;
      if (was.millis < COMPARE_MIN_TIMED_MILLIS || now.millis < COMPARE_MIN_TIMED_MILLIS || Math.abs(now.ratio - 1) < THROUGHPUT_NOISE) continue;
      say('throughput', now.ratio > 1 ? 'better' : 'worse', `${s.stage} throughput ${ratioWords(now.ratio)}: ${count(Math.round(now.rowsPerSecond))} rows/s, was ${count(Math.round(was.rowsPerSecond))}`);
    }
  });
  return findings
    .map((f, at) => ({ f, at }))
    .sort((a, b) => c.runs.findIndex((r) => r.id === a.f.runId) - c.runs.findIndex((r) => r.id === b.f.runId) || ORDER[a.f.kind] - ORDER[b.f.kind] || a.at - b.at)
    .map(({ f }) => f);
}

/** How a throughput ratio reads: "halved", "doubled", "rose 40%", "fell 3.0-fold". */
export function ratioWords(ratio: number): string {
  if (ratio >= 1.9 && ratio <= 2.1) return 'doubled';
  if (ratio >= 0.45 && ratio <= 0.55) return 'halved';
  if (ratio > 2.1) return `rose ${ratio.toFixed(1)}-fold`;
  if (ratio < 0.45) return `fell ${(1 / ratio).toFixed(1)}-fold`;
  return ratio > 1 ? `rose ${Math.round((ratio - 1) * 100)}%` : `fell ${Math.round((1 - ratio) * 100)}%`;
}

function statusTone(was: string, now: string): FindingTone {
  if (now === 'succeeded') return 'better';
  if (was === 'succeeded') return 'worse';
  return 'info';
}

function moved(was: number, now: number): string {
  return `${now > was ? 'rose' : 'fell'} from ${count(was)} to ${count(now)}`;
}

function times(n: number): string {
  return n === 1 ? 'once' : `${count(n)} times`;
}

function percent(score: number): string {
  return `${(score * 100).toFixed(1)}%`;
}

/** A whole number with thousands commas, the same on every machine. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
