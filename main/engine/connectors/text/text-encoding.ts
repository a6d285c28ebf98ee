import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { TextEncoding } from '../text/encoding-option';

/** How many bytes detection looks at: enough for a few hundred lines, cheap on any file. */
export const SAMPLE_BYTES = 64 * 1024;

/** The first bytes of a file, and whether they are the whole file. */
export interface Sample {
  bytes: Buffer;
  complete: boolean;
}

/** Reads the first {@link SAMPLE_BYTES} of a file. */
export async function readSample(file: string, size = SAMPLE_BYTES): Promise<Sample> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(size + 1);
    const { bytesRead } = await handle.read(buffer, 0, size + 1, 0);
    return { bytes: buffer.subarray(0, Math.min(bytesRead, size)), complete: bytesRead <= size };
  } finally {
    await handle.close();
  }
}

/**
 * Guesses a text file's encoding from its first bytes: a byte order mark first, then
 * UTF-16 without one by where the NUL bytes fall (ASCII text in UTF-16 has a NUL in every
 * other byte), then UTF-8 if the bytes are valid UTF-8, else Windows-1252, the usual
 * encoding of legacy exports that are not UTF-8. Latin-1 is never guessed: Windows-1252
 * reads the same bytes and also the `£`/`€`/smart quotes Latin-1 lacks.
 */
export function detectEncoding(sample: Sample): TextEncoding {
  const b = sample.bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8-bom';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  const utf16 = utf16ByNuls(b);
  if (utf16) return utf16;
  return isValidUtf8(sample) ? 'utf-8' : 'windows-1252';
}

function utf16ByNuls(bytes: Buffer): TextEncoding | null {
  const pairs = Math.floor(bytes.length / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

function isValidUtf8(sample: Sample): boolean {
  try {
    // `stream` tolerates a character cut in half at the end of a partial sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample.bytes, { stream: !sample.complete });
    return true;
  } catch {
    return false;
  }
}

const ICONV_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'utf8',
  'utf-8-bom': 'utf8',
  'windows-1252': 'windows1252',
  latin1: 'latin1',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
};

/** The name iconv-lite knows an encoding by. */
export function iconvName(encoding: TextEncoding): string {
  return ICONV_NAMES[encoding];
}

/** Decodes a sample, dropping a byte order mark. */
export function decodeSample(sample: Sample, encoding: TextEncoding): string {
  return iconv.decode(sample.bytes, iconvName(encoding));
}

/** How an encoding is shown to people. */
export function encodingLabel(encoding: TextEncoding): string {
  return { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 with BOM', 'windows-1252': 'Windows-1252', latin1: 'Latin-1', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE' }[encoding];
}
