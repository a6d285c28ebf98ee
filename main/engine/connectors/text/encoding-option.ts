import { z } from 'zod';

/** Text encodings a text source may be read as; `auto` detects. */
export const TEXT_ENCODINGS = ['auto', 'utf-8', 'utf-8-bom', 'windows-1252', 'latin1', 'utf-16le', 'utf-16be'] as const;

/** A text encoding a source may be read as, `auto` aside. */
export type TextEncoding = Exclude<(typeof TEXT_ENCODINGS)[number], 'auto'>;

/** The `encoding` option shared by text sources (CSV, JSON). */
export const encodingSchema = z
  .enum(TEXT_ENCODINGS)
  .optional()
  .describe('text encoding; default auto (BOM, then UTF-16 by NUL pattern, then UTF-8 if valid, else windows-1252)');
