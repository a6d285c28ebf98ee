import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { z } from 'zod';
import { isUserError, UserError } from '../../errors';
import { inBatches, previewRows } from '../batches';
import { defineSource, type ReadOptions, type SourceConnection, type SourceRecord, type TestReport } from '../connector';
import { listHl7Files } from './hl7-files';
import { hl7IdentifyingField } from './identifying-fields';
import { scanHl7, type Hl7Scan } from './scan-hl7';
import { segmentRecord, sourceSegments } from './segment-rows';

/** Options of an HL7 v2 source in project.yaml. */
export const hl7v2ConfigSchema = z.object({
  /** A message file or a folder of `.hl7`/`.txt` files, relative to the project. */
  path: z.string().min(1),
  /** Character encoding of the files (default UTF-8; a BOM is dropped either way). */
  encoding: z
    .string()
    .refine((name) => iconv.encodingExists(name), { message: 'unknown character encoding' })
    .optional(),
});

/** Options of an HL7 v2 source. */
export type Hl7v2Config = z.infer<typeof hl7v2ConfigSchema>;

const SEGMENT_ID = /^[A-Z][A-Z0-9]{2}$/;

function summarize(scan: Hl7Scan): TestReport {
  const versions = scan.versions.length > 0 ? `, HL7 v${scan.versions.join(', v')}` : '';
  const more = scan.moreProblems > 0 ? ` (${scan.problems.length + scan.moreProblems} problems)` : '';
  const ok = scan.problems.length === 0 && scan.messages > 0;
  const summary = ok
    ? `${scan.files} files, ${scan.messages} messages, ${scan.tables.length} segment types${versions}`
    : `${scan.failures.length} of ${scan.files} files unreadable, ${scan.messages} messages read${more}`;
  return {
    ok,
    summary,
    problems: scan.problems,
    detected: { files: scan.files, messages: scan.messages, segmentTypes: scan.tables.length, versions: scan.versions.join(', ') },
  };
}

function openHl7v2(config: Hl7v2Config, baseDir: string): SourceConnection {
  const path = resolve(baseDir, config.path);
  const files = () => listHl7Files(path, config.path);
  let scanned: Promise<Hl7Scan> | null = null;
  // One full pass serves test() and discover(); a connection is short-lived, so the files do not change under it.
  const scan = () => (scanned ??= scanHl7(files(), config.encoding));

  async function* rows(table: string, signal?: AbortSignal): AsyncGenerator<SourceRecord> {
    for await (const item of sourceSegments(files(), config.encoding, signal)) {
      if (item.segment.name === table) yield segmentRecord(item, config.encoding);
    }
  }

  function read(table: string, options: ReadOptions = {}): AsyncGenerator<SourceRecord[]> {
    if (!SEGMENT_ID.test(table)) throw new UserError(`"${table}" is not a segment type (3 capitals or digits, such as PID)`, { file: config.path });
    return inBatches(rows(table, options.signal), options);
  }

  return {
    async test() {
      try {
        return summarize(await scan());
      } catch (error) {
        if (!isUserError(error)) throw error;
        return { ok: false, summary: error.message, problems: [{ file: error.place.file ?? config.path, text: error.message }] };
      }
    },
    async discover() {
      const result = await scan();
      if (result.failures[0]) throw result.failures[0];
      return result.tables;
    },
    preview: (table, limit) => previewRows(read, table, limit),
    read,
    async close() {},
  };
}

/** HL7 v2 (ER7) messages: one table per segment type, fields as `PID_5_1`-style columns. */
export const hl7v2Source = defineSource<Hl7v2Config>({
  id: 'hl7v2',
  label: 'HL7 v2 messages',
  configSchema: hl7v2ConfigSchema,
  extensions: ['hl7', 'txt'],
  acceptsFolder: true,
  identifyingColumn: hl7IdentifyingField,
  open: (config, context) => openHl7v2(config, context.baseDir),
});
