import { CancelledError } from '../../errors';
import type { SourceRecord } from '../connector';
import type { FhirFile } from './fhir-files';
import { readFhirFile, type FhirEntry } from './fhir-entries';
import { flattenResource } from './flatten-resource';

/** A resource as a source row, and whether a flattening bound cut part of it. */
export interface FhirRow {
  record: SourceRecord;
  resourceType: string;
  truncated: boolean;
}

/** One resource as a row; the `id` column falls back to the fullUrl's uuid so references still join. */
export function entryRow(entry: FhirEntry): FhirRow {
  const { values, truncated } = flattenResource(entry.resource, entry.fullUrls);
  if (values['id'] === undefined && entry.id !== null) values['id'] = entry.id;
  return { record: { locator: entry.locator, values }, resourceType: entry.resourceType, truncated };
}

/** Streams the rows of every file in order, only resources of `onlyType` when given. */
export async function* sourceRows(files: FhirFile[], onlyType?: string, signal?: AbortSignal): AsyncGenerator<FhirRow> {
  for (const file of files) {
    for await (const entry of readFhirFile(file, onlyType)) {
      if (signal?.aborted) throw new CancelledError('Read cancelled');
      yield entryRow(entry);
    }
  }
}
