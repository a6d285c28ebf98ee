import { z } from 'zod';
import { catalogSchema } from './catalog-schemas';
import { projectProblemSchema } from './schemas';

/** How a target field gets its value. */
export const MAPPING_CLASSES = [
  'DIRECT_SOURCE',
  'LOOKUP_TRANSLATION',
  'DERIVED',
  'SURROGATE_ETL',
  'REFERENCE_MASTER_FEED',
  'OUT_OF_SCOPE',
  'UNRESOLVED',
] as const;

/** One of {@link MAPPING_CLASSES}. */
export type MappingClass = (typeof MAPPING_CLASSES)[number];

/**
 * One colour per mapping class, shared by the Mapping page and the ETL documents it
 * generates so a reader moving between them sees the same thing. UNRESOLVED is the only
 * red, so it is what the eye finds first; each holds white text in print.
 */
export const MAPPING_CLASS_COLOURS: Readonly<Record<MappingClass, string>> = {
  DIRECT_SOURCE: '#1d4ed8',
  LOOKUP_TRANSLATION: '#0f766e',
  DERIVED: '#6d28d9',
  SURROGATE_ETL: '#a16207',
  REFERENCE_MASTER_FEED: '#334155',
  OUT_OF_SCOPE: '#6b7280',
  UNRESOLVED: '#b91c1c',
};

/** Where a mapping stands in review: drafted, sent for review, or signed off by a named person. */
export const APPROVAL_STATUSES = ['draft', 'review', 'approved'] as const;

/** One of {@link APPROVAL_STATUSES}. */
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** One row of the mapping contract reduced to what pairs a target field with its source. */
export const mappingPairSchema = z.object({
  targetTable: z.string(),
  targetField: z.string(),
  /** The mapping class (`DIRECT_SOURCE`, `DERIVED`, `UNRESOLVED`…). */
  class: z.string(),
  sourceTable: z.string().nullable(),
  sourceField: z.string().nullable(),
});

/** A target field with the source field that fills it, if any. */
export type MappingPair = z.infer<typeof mappingPairSchema>;

/** A ranked proposal for how to fill one target field, with how sure it is and why. */
export const suggestionSchema = z.object({
  targetTable: z.string(),
  targetField: z.string(),
  class: z.enum(MAPPING_CLASSES),
  sourceTable: z.string().nullable(),
  sourceField: z.string().nullable(),
  /** For DERIVED: the expression to use (`iso_date(date_of_birth, "DD/MM/YYYY")`). */
  expression: z.string().nullable(),
  /** For LOOKUP_TRANSLATION: the crosswalk whose source codes the values match. */
  crosswalk: z.string().nullable(),
  /** 0 to 1: how sure the suggestion is. */
  confidence: z.number().min(0).max(1),
  /** Each piece of evidence in plain words: "name: forename is a synonym of given_name". */
  reasons: z.array(z.string()),
});

/** A ranked proposal for one target field. */
export type Suggestion = z.infer<typeof suggestionSchema>;

const nullableText = z.string().nullable();

/** One field's mapping as the Mapping page edits it (camelCase of a contract.csv row). */
export const mappingRowSchema = z.object({
  targetTable: z.string(),
  targetField: z.string(),
  class: z.enum(MAPPING_CLASSES),
  sourceTable: nullableText,
  sourceField: nullableText,
  expression: nullableText,
  crosswalk: nullableText,
  default: nullableText,
  required: z.boolean(),
  notes: z.string(),
  status: z.enum(APPROVAL_STATUSES),
  approvedBy: nullableText,
});

/** One field's mapping. */
export type MappingRow = z.infer<typeof mappingRowSchema>;

/** A change to one field's mapping: the field, and only what changes. */
export const mappingChangeSchema = mappingRowSchema.partial().extend({
  targetTable: z.string().min(1).max(128),
  targetField: z.string().min(1).max(128),
  notes: z.string().max(4000).optional(),
  expression: z.string().max(4000).nullable().optional(),
});

/** A change to one field's mapping. */
export type MappingChange = z.infer<typeof mappingChangeSchema>;

const byClassSchema = z.record(z.enum(MAPPING_CLASSES), z.number().int().nonnegative());

/** How far one target table's fields are decided. */
export const tableCoverageSchema = z.object({
  table: z.string(),
  fields: z.number().int().nonnegative(),
  decided: z.number().int().nonnegative(),
  unresolved: z.number().int().nonnegative(),
  requiredUnresolved: z.number().int().nonnegative(),
  approved: z.number().int().nonnegative(),
  byClass: byClassSchema,
  unresolvedFields: z.array(z.string()),
});

/** Coverage of the whole contract against the catalog. */
export const coverageSchema = z.object({
  tables: z.array(tableCoverageSchema),
  totals: tableCoverageSchema.omit({ table: true, unresolvedFields: true }),
  unknownFields: z.array(z.object({ targetTable: z.string(), targetField: z.string(), line: z.number().int() })),
});

/** A stored version of the contract. */
export const contractVersionSchema = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  sha256: z.string(),
  author: z.string().nullable(),
  note: z.string(),
});

/** A stored version of the contract. */
export type ContractVersionView = z.infer<typeof contractVersionSchema>;

/** A source table the Mapping page offers fields from, with what the profile knows of each column. */
export const mappingSourceSchema = z.object({
  source: z.string(),
  table: z.string(),
  rows: z.number().int().nonnegative().nullable(),
  columns: z.array(z.object({ name: z.string(), type: z.string().nullable(), flags: z.array(z.string()) })),
});

/** Everything the Mapping page shows: the contract, how far it covers the catalog, and what it can map from. */
export const mappingStateSchema = z.object({
  /** SHA-256 of contract.csv as read; an edit must name it, so a change made meanwhile on disk is never overwritten. */
  sha256: z.string(),
  rows: z.array(mappingRowSchema.extend({ line: z.number().int() })),
  problems: z.array(projectProblemSchema),
  coverage: coverageSchema,
  catalog: catalogSchema,
  sources: z.array(mappingSourceSchema),
  /** Where the source columns came from: the newest profile (with types and flags), or discovery (names only). */
  sourcesFrom: z.enum(['profile', 'discovery']),
  crosswalks: z.array(z.object({ name: z.string(), codes: z.number().int().nonnegative() })),
  latestVersion: contractVersionSchema.nullable(),
});

/** Everything the Mapping page shows. */
export type MappingState = z.infer<typeof mappingStateSchema>;

/** Suggestions for one target table: its driving source table, and per field the ranked ways to fill it. */
export const tableSuggestionsSchema = z.object({
  table: z.string(),
  drivingTable: z.string().nullable(),
  suggestedDriving: z.object({ table: z.string(), confidence: z.number(), reasons: z.array(z.string()) }).nullable(),
  fields: z.array(z.object({ targetField: z.string(), decided: z.boolean(), suggestions: z.array(suggestionSchema) })),
});

/** Suggestions for one target table. */
export type TableSuggestionsView = z.infer<typeof tableSuggestionsSchema>;
