import { generateDataset } from '../../engine/synth/generate';
import { EXIT, printJson, type Io } from '../output';

/** `cutover generate --patients N --seed S --out DIR`. */
export async function generate(
  io: Io,
  options: { out: string; patients: number; seed: number; defectRate: number; json?: boolean },
): Promise<number> {
  const summary = await generateDataset({ patients: options.patients, seed: options.seed, outDir: options.out, defectRate: options.defectRate });
  if (options.json) {
    printJson(io, { out: options.out, ...summary });
  } else {
    const defects = summary.defects.reduce((n, d) => n + d.count, 0);
    io.out(
      `Wrote ${summary.tables.map((t) => `${t.file} (${t.rows} rows)`).join(', ')} and defects.json (${defects} injected defects) to ${options.out}`,
    );
  }
  return EXIT.ok;
}
