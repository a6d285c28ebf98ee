import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../../errors';

const ZIP_ENTRY = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_COMPOUND = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted OOXML file keeps its package in, named in UTF-16 in the OLE directory. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const PROBE_BYTES = 64 * 1024;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

/**
 * Checks by its first bytes that a file can be an xlsx workbook (a zip), before the zip
 * reader sees it. A password-protected workbook is not a zip but an OLE compound file
 * holding an `EncryptedPackage`; an OLE file without one is an old binary .xls. Each
 * case gets its own message, since the fix differs.
 */
export function checkWorkbookFile(file: string, label: string): void {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'file not found' : 'file cannot be read', { file: label });
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UserError('is a folder, not an Excel workbook', { file: label });
    if (stat.size === 0) throw new UserError('the file is empty, not an Excel workbook', { file: label });
    const head = readAt(fd, 0, PROBE_BYTES);
    if (head.subarray(0, 4).equals(ZIP_ENTRY)) return;
    if (head.subarray(0, 8).equals(OLE_COMPOUND)) {
      const tail = readAt(fd, Math.max(0, stat.size - PROBE_BYTES), PROBE_BYTES);
      if (head.includes(ENCRYPTED_PACKAGE) || tail.includes(ENCRYPTED_PACKAGE)) {
        throw new UserError('the workbook is password-protected (encrypted); remove the password in Excel and save it again', { file: label });
      }
      throw new UserError('an old-format Excel file (.xls), not .xlsx; save it as .xlsx in Excel', { file: label });
    }
    throw new UserError('not an Excel workbook (.xlsx): the file is not a zip archive', { file: label });
  } finally {
    closeSync(fd);
  }
}
