import { CancelledError } from '../../errors';
import type { SourceRecord } from '../connector';
import type { Hl7File } from './hl7-files';
import { readMessages, type Hl7Message, type Hl7Segment } from './message-reader';
import { segmentValues } from './segment-columns';

/** The columns every segment table starts with, in this order. */
export const KEY_COLUMNS = ['message_id', 'message_index', 'segment_index'] as const;

/** One segment with the message and file it belongs to. */
export interface SegmentInContext {
  file: Hl7File;
  message: Hl7Message;
  /** 1-based position of the message in the whole source (files in name order). */
  messageIndex: number;
  segment: Hl7Segment;
}

/**
 * Streams every segment of the source's files in order, numbering messages across files
 * so `message_index` is a key that joins the segment tables of one source.
 */
export async function* sourceSegments(files: Hl7File[], encoding: string | undefined, signal?: AbortSignal): AsyncGenerator<SegmentInContext> {
  let messageIndex = 0;
  for (const file of files) {
    for await (const message of readMessages(file, encoding)) {
      if (signal?.aborted) throw new CancelledError('Read cancelled');
      messageIndex++;
      for (const segment of message.segments) yield { file, message, messageIndex, segment };
    }
  }
}

/** Where a segment is: `PID` for the first PID of a message, `PID[2]` for the second. */
export function segmentLabel(segment: Hl7Segment): string {
  return segment.ordinal > 1 ? `${segment.name}[${segment.ordinal}]` : segment.name;
}

/** A segment as a source row: the key columns, then its field columns (`PID_5_1`…). */
export function segmentRecord({ file, message, messageIndex, segment }: SegmentInContext, encoding = 'utf-8'): SourceRecord {
  const fields = segmentValues(segment.name, segment.text, message.delimiters, message.decodeBytes);
  const problems = fields.problem ? [fields.problem] : [];
  // iconv marks bytes that are not valid in the encoding with U+FFFD: usually a wrong encoding setting.
  if (segment.text.includes('\uFFFD')) problems.push(`text is not valid ${encoding}; set the source's encoding (windows-1252, say)`);
  const record: SourceRecord = {
    locator: { file: file.label, message: message.id, segment: segmentLabel(segment), line: segment.line },
    values: { message_id: message.id, message_index: messageIndex, segment_index: segment.index, ...fields.values },
  };
  if (problems.length > 0) record.problem = problems.join('; ');
  return record;
}
