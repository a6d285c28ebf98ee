import { UserError } from '../../engine/errors';
import type { DefectWeights } from '../../engine/synth/defect-choice';
import { DEFECT_KINDS, type DefectKind } from '../../engine/synth/defects';
import { generateDataset, type DatasetSummary } from '../../engine/synth/generate';
import type { OutputFormat } from '../../engine/synth/output-format';
import { EXIT, printJson, type Io } from '../output';

const FORMAT_NAMES: Readonly<Record<OutputFormat, string>> = { csv: 'CSV', fhir: 'FHIR R4 NDJSON', hl7v2: 'HL7 v2' };

/**
 * The `--defect kind=weight` values, in order: `all=W` sets every kind, so
 * `--defect all=0 --defect orphan_admission=1` leaves only orphan admissions. Undefined
 * when none are given, which keeps the default weights (and the default output).
 */
export function defectWeightsFrom(values: readonly string[]): DefectWeights | undefined {
  if (values.length === 0) return undefined;
  const weights: DefectWeights = {};
  for (const value of values) {
    const match = /^([a-z_]+)=(.*)$/.exec(value.trim());
    if (!match) throw new UserError(`"${value}" is not kind=weight, such as invalid_nhs_number=2`, { field: '--defect' });
    const name = match[1]!;
    const text = match[2]!;
    const weight = Number(text);
    if (text.trim() === '' || !Number.isFinite(weight) || weight < 0) {
      throw new UserError(`the weight of ${name} must be a number of 0 or more`, { field: '--defect' });
    }
    if (name === 'all') {
      for (const kind of DEFECT_KINDS) weights[kind] = weight;
    } else if ((DEFECT_KINDS as readonly string[]).includes(name)) {
      weights[name as DefectKind] = weight;
    } else {
      throw new UserError(`unknown defect kind "${name}"; the kinds are all, ${DEFECT_KINDS.join(', ')}`, { field: '--defect' });
    }
  }
  return weights;
}

/** One line saying what was written where. */
function describeDataset(summary: DatasetSummary, out: string): string {
  const defects = summary.defects.reduce((n, d) => n + d.count, 0);
  if (summary.format === 'csv') {
    return `Wrote ${summary.tables.map((t) => `${t.file} (${t.rows} rows)`).join(', ')} and defects.json (${defects} injected defects) to ${out}`;
  }
  const files = [...new Set(summary.tables.map((t) => t.file))].join(', ');
  const records = summary.tables.map((t) => `${t.rows} ${t.name.replace('_', ' ')}`).join(', ');
  return `Wrote ${FORMAT_NAMES[summary.format]} (${files}: ${records}) and defects.json (${defects} injected defects) to ${out}`;
}

/** `cutover generate --patients N --seed S --out DIR [--format csv|fhir|hl7v2] [--defect kind=weight]…`. */
export async function generate(
  io: Io,
  options: { out: string; patients: number; seed: number; defectRate: number; format: OutputFormat; defect?: string[]; json?: boolean },
): Promise<number> {
  const summary = await generateDataset({
    patients: options.patients,
    seed: options.seed,
    outDir: options.out,
    defectRate: options.defectRate,
    format: options.format,
    defectKinds: defectWeightsFrom(options.defect ?? []),
  });
  if (options.json) printJson(io, { out: options.out, ...summary });
  else io.out(describeDataset(summary, options.out));
  return EXIT.ok;
}
