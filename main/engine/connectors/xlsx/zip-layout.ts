import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../../errors';

/** One entry of a zip file and the byte range of its local record (header, data, descriptor). */
export interface ZipRecord {
  name: string;
  start: number;
  end: number;
}

/** Where a zip file's entries lie, in file order, and where its central directory starts. */
export interface ZipLayout {
  records: ZipRecord[];
  directoryStart: number;
  size: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end-of-directory record is 22 bytes plus a comment of up to 65,535. */
const TAIL_BYTES = 22 + 0xffff;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  return buffer.subarray(0, readSync(fd, buffer, 0, length, position));
}

/**
 * Reads a zip file's central directory (at its end) to learn where each entry lies. A zip
 * without one was cut short, which is worth saying before any parsing starts. Returns
 * null for ZIP64 archives (over 4 GB or 65,535 entries), which are then read front to back.
 */
export function readZipLayout(file: string, label: string): ZipLayout | null {
  const damaged = () => new UserError('the workbook is damaged: the file ends too early (truncated?)', { file: label });
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const tailStart = Math.max(0, size - TAIL_BYTES);
    const tail = readAt(fd, tailStart, size - tailStart);
    let end = -1;
    for (let i = tail.length - 22; i >= 0 && end < 0; i--) if (tail.readUInt32LE(i) === END_OF_DIRECTORY) end = i;
    if (end < 0) throw damaged();
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryStart = tail.readUInt32LE(end + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff) return null;
    if (directoryStart + directorySize > tailStart + end) throw damaged();
    const directory = readAt(fd, directoryStart, directorySize);
    const starts: { name: string; start: number }[] = [];
    for (let at = 0; starts.length < count; ) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) throw damaged();
      const nameLength = directory.readUInt16LE(at + 28);
      const skip = nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
      const start = directory.readUInt32LE(at + 42);
      if (start >= directoryStart) throw damaged();
      starts.push({ name: directory.toString('utf8', at + 46, at + 46 + nameLength), start });
      at += 46 + skip;
    }
    starts.sort((a, b) => a.start - b.start);
    const records = starts.map((entry, i) => ({ ...entry, end: starts[i + 1]?.start ?? directoryStart }));
    return { records, directoryStart, size };
  } finally {
    closeSync(fd);
  }
}
