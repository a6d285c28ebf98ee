import type { GateResult, GateVerdict } from '../../../preload/contract';
import { GATE_METRICS } from '../../../preload/contract/gate-schemas';
import { changeWaiver, judgeRun } from '../../engine/gates/judge-run';
import { UserError } from '../../engine/errors';
import { loadProject } from '../../engine/project/inspect-project';
import { EXIT, printJson, type Io } from '../output';

/** Options of `cutover gates`. */
export interface GatesCommandOptions {
  profile: string;
  run?: string;
  waive?: string;
  withdraw?: string;
  reason?: string;
  by?: string;
  json?: boolean;
}

/**
 * `cutover gates <project> --profile P`: judges a run (the newest by default) against a
 * gate profile and prints each gate with its value, threshold, outcome and evidence; exit
 * 0 for PASS, 1 for FAIL. `--waive METRIC --reason … --by …` first waives a failing gate of
 * that run (`--withdraw METRIC` takes a waiver back), and the verdict follows.
 */
export async function gates(io: Io, dir: string, options: GatesCommandOptions): Promise<number> {
  const project = await loadProject(dir);
  const metric = options.waive ?? options.withdraw;
  if (metric) {
    if (!(GATE_METRICS as readonly string[]).includes(metric)) throw new UserError(`unknown gate metric "${metric}"; metrics: ${GATE_METRICS.join(', ')}`, { field: 'waive' });
    const runId = options.run ?? judgeRun(project, { profile: options.profile, record: false }).runId;
    changeWaiver(project, { runId, profile: options.profile, metric, reason: options.reason, by: options.by, withdraw: options.withdraw !== undefined });
  }
  const verdict = judgeRun(project, { profile: options.profile, runId: options.run });
  if (options.json) printJson(io, verdict);
  else io.out(verdictText(verdict));
  return verdict.verdict === 'PASS' ? EXIT.ok : EXIT.verdictFailed;
}

/** The verdict as text: one line per gate, then the verdict. */
export function verdictText(verdict: GateVerdict): string {
  const rows = verdict.gates.map((g) => [g.metric, shown(g.value), threshold(g), g.outcome.toUpperCase(), g.evidence + (g.waiver ? ` — waived by ${g.waiver.by}: ${g.waiver.reason}` : '')]);
  const header = ['gate', 'value', 'threshold', 'outcome', 'evidence'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [`Gates ${verdict.profile} on run ${verdict.runId}: ${verdict.verdict}`, line(header), ...rows.map(line)].join('\n');
}

function shown(value: number | null): string {
  if (value === null) return 'n/a';
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}

function threshold(g: GateResult): string {
  if (g.min !== null && g.max !== null) return `${g.min}..${g.max}`;
  return g.min !== null ? `>= ${g.min}` : `<= ${g.max}`;
}
