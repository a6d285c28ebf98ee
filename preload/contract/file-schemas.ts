import { z } from 'zod';

/** One entry of a folder listing: a sub-folder or a file. */
export const folderEntrySchema = z.object({
  name: z.string(),
  kind: z.enum(['folder', 'file']),
  /** Bytes, for files. */
  size: z.number().int().nonnegative().nullable(),
  /** Last modified, ISO 8601. */
  modified: z.string().nullable(),
});

/** A folder's contents as the path picker shows them, with places to jump to. */
export const folderListingSchema = z.object({
  /** The folder, absolute and normalised. */
  path: z.string(),
  /** Its parent, or null at a file-system root. */
  parent: z.string().nullable(),
  /** The path separator of the machine holding the files (`/` or `\`). */
  separator: z.string(),
  /** Folders first, then files, each by name; hidden entries left out unless asked for. */
  entries: z.array(folderEntrySchema),
  /** Whether more entries exist than were listed. */
  truncated: z.boolean(),
  /** The entry to show selected: the file named when a file's path was asked for. */
  selected: z.string().nullable(),
  /** Where the picker offers to jump: the project, home, file-system roots. */
  places: z.array(z.object({ label: z.string(), path: z.string() })),
});

/** What the picker asks for: a file, a folder, or either. */
export const pickModeSchema = z.enum(['file', 'folder', 'either']);

/** One entry of a folder listing. */
export type FolderEntry = z.infer<typeof folderEntrySchema>;

/** A folder's contents as the path picker shows them. */
export type FolderListing = z.infer<typeof folderListingSchema>;

/** What the picker asks for. */
export type PickMode = z.infer<typeof pickModeSchema>;
