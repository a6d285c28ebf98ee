import { CsvSink } from './csv-sink';
import type { DatasetSink } from './dataset-sink';
import { FHIR_FILES, FhirSink } from './fhir-sink';
import { HL7_FILE, Hl7Sink } from './hl7-sink';
import { TABLES } from './tables';

/** The formats a dataset can be written in. */
export const OUTPUT_FORMATS = ['csv', 'fhir', 'hl7v2'] as const;

/** A dataset's output format: legacy PAS CSV, FHIR R4 Bulk Data NDJSON, or HL7 v2 ER7 messages. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The file that holds each table's records, in table order (see tables.ts), per format. */
export const FORMAT_FILES: Readonly<Record<OutputFormat, readonly string[]>> = {
  csv: TABLES.map((table) => table.file),
  fhir: [FHIR_FILES.patients, FHIR_FILES.encounters, FHIR_FILES.encounters, FHIR_FILES.conditions],
  hl7v2: [HL7_FILE, HL7_FILE, HL7_FILE, HL7_FILE],
};

/** Tells whether a value names an output format. */
export function isOutputFormat(value: unknown): value is OutputFormat {
  return typeof value === 'string' && (OUTPUT_FORMATS as readonly string[]).includes(value);
}

/** Opens the files of one format in `outDir`. */
export function openSink(format: OutputFormat, outDir: string, referenceDay: number): DatasetSink {
  switch (format) {
    case 'csv':
      return new CsvSink(outDir);
    case 'fhir':
      return new FhirSink(outDir);
    case 'hl7v2':
      return new Hl7Sink(outDir, referenceDay);
  }
}
