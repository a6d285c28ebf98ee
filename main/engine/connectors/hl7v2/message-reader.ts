import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream';
import iconv from 'iconv-lite';
import { UserError } from '../../errors';
import { readDelimiters, type Delimiters } from './delimiters';
import { decodeEscapes } from './escapes';
import { fileName, type Hl7File } from './hl7-files';

/** One segment of a message, as written (escapes still encoded). */
export interface Hl7Segment {
  /** The segment ID: `MSH`, `PID`, `ZPI`… */
  name: string;
  text: string;
  line: number;
  /** 1-based position in the message. */
  index: number;
  /** 1-based count among the message's segments of the same name: 2 for the second PID. */
  ordinal: number;
}

/** One message, split into segments, with the separators its MSH declares. */
export interface Hl7Message {
  /** MSH-10 (message control ID), or `<file name>#<index in file>` when it is empty. */
  id: string;
  /** 1-based position in its file. */
  indexInFile: number;
  delimiters: Delimiters;
  segments: Hl7Segment[];
  /** Turns `\X..\` bytes into text in the source's encoding. */
  decodeBytes: (bytes: Buffer) => string;
}

const SEGMENT_ID = /^[A-Z][A-Z0-9]{2}$/;
// File and batch envelopes wrap messages but belong to none of them.
const ENVELOPE = new Set(['FHS', 'BHS', 'BTS', 'FTS']);
// MLLP framing bytes, kept when a feed was captured straight off the wire.
const FRAMING = /^\u000b|\u001c$/g;

async function* physicalLines(file: Hl7File, encoding: string): AsyncGenerator<string> {
  const input = createReadStream(file.path);
  // pipeline hands a read error on to the decoder, so the line reader below sees it.
  const decoded = pipeline(input, iconv.decodeStream(encoding), () => {});
  // Node's line reader ends lines at CR, LF and CRLF alike, which is what HL7 senders use.
  const lines = createInterface({ input: decoded, crlfDelay: Infinity });
  try {
    yield* lines;
  } catch (error) {
    // A file-system failure (EACCES, EIO…) is the user's to fix; anything else is ours and stays as it is.
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (typeof code !== 'string') throw error;
    throw new UserError(`cannot read the file (${code})`, { file: file.label });
  } finally {
    lines.close();
    input.destroy();
  }
}

/**
 * Streams the messages of one file: split on MSH, segments ending in CR, LF or CRLF, a BOM
 * dropped, blank lines and batch envelopes skipped. Anything that is not a segment stops
 * the stream with a UserError naming the file, line and message, after every message
 * before it. Only one message is held at a time.
 */
export async function* readMessages(file: Hl7File, encoding = 'utf-8'): AsyncGenerator<Hl7Message> {
  const decodeBytes = (bytes: Buffer) => iconv.decode(bytes, encoding);
  let current: Hl7Message | null = null;
  let indexInFile = 0;
  let lineNo = 0;
  let sawContent = false;
  for await (const physical of physicalLines(file, encoding)) {
    lineNo++;
    // Senders pad segment ends with spaces; no field value ends in meaningful trailing blanks.
    const line = physical.replace(FRAMING, '').trimEnd();
    if (line === '') continue;
    if (line.includes('\u0000')) throw new UserError('the file holds binary data (NUL bytes); it is not HL7 v2 text', { file: file.label, line: lineNo });
    sawContent = true;
    const name = line.slice(0, 3);
    if (name === 'MSH') {
      if (current) yield current;
      indexInFile++;
      const delimiters = readDelimiters(line);
      if (typeof delimiters === 'string') {
        throw new UserError(`message ${indexInFile}, segment MSH: ${delimiters}`, { file: file.label, line: lineNo, field: 'MSH-2' });
      }
      const controlId = decodeEscapes(line.split(delimiters.field)[9]?.split(delimiters.component)[0] ?? '', delimiters, decodeBytes).trim();
      const id = controlId || `${fileName(file)}#${indexInFile}`;
      current = { id, indexInFile, delimiters, decodeBytes, segments: [{ name, text: line, line: lineNo, index: 1, ordinal: 1 }] };
      continue;
    }
    if (ENVELOPE.has(name) && !/[A-Za-z0-9]/.test(line.charAt(3))) continue;
    if (!current) {
      throw new UserError(`line ${lineNo} comes before any MSH segment; an HL7 v2 message starts with MSH`, { file: file.label, line: lineNo });
    }
    if (!SEGMENT_ID.test(name) || (line.length > 3 && line.charAt(3) !== current.delimiters.field)) {
      throw new UserError(
        `message ${current.id}: line ${lineNo} is not a segment (a 3-character segment ID and the field separator are expected)`,
        { file: file.label, line: lineNo },
      );
    }
    const ordinal = current.segments.filter((s) => s.name === name).length + 1;
    current.segments.push({ name, text: line, line: lineNo, index: current.segments.length + 1, ordinal });
  }
  if (current) yield current;
  else if (sawContent) throw new UserError('no MSH segment found; this is not an HL7 v2 message file', { file: file.label });
  else throw new UserError('the file is empty', { file: file.label });
}
