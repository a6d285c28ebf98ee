import { z } from 'zod';
import {
  locatorSchema,
  projectProblemSchema,
  projectSummarySchema,
  runDetailSchema,
  runSummarySchema,
} from './schemas';
import {
  cellValueSchema,
  configuredSourceSchema,
  connectorKindSchema,
  discoveredTableSchema,
  previewSchema,
  sourceRefSchema,
  testReportSchema,
} from './connector-schemas';
import { profileSchema } from './profile-schemas';
import { catalogSchema, catalogTemplateSchema } from './catalog-schemas';
import { contractVersionSchema, mappingChangeSchema, mappingPairSchema, mappingStateSchema, tableSuggestionsSchema } from './mapping-schemas';
import { folderListingSchema, pickModeSchema } from './file-schemas';
import { issuePageSchema, patientQualitySchema, qualityReportSchema, ruleCheckSchema } from './quality-schemas';
import { GATE_METRICS, gateProfileSchema, gateVerdictSchema, tableReconciliationSchema } from './gate-schemas';
import { auditChainSchema, auditEntrySchema, signOffSchema } from './evidence-schemas';
import { dedupClusterSchema, dedupPairSchema, dedupSummarySchema } from './dedup-schemas';
import { runEstimateSchema, scenarioEntrySchema, scenarioPackSchema, scenarioSchema, simulationResultSchema } from './simulation-schemas';
import { crosswalkRowSchema, crosswalkScanSchema, crosswalkSchema, crosswalkSummarySchema, libraryCrosswalkSchema } from './crosswalk-schemas';
import { PIPELINE_STRATEGIES, settingsChangeSchema, settingsViewSchema } from './settings-schemas';
import { compareRunsInputSchema, runComparisonSchema } from './compare-schemas';

/** Declares one channel: the schema of what it takes and of what it answers. */
function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

const none = z.object({}).strict();
const runId = z.object({ runId: z.string().min(1).max(64) }).strict();
const projectPath = z.string().min(1).max(4096);
const sourceId = z.string().min(1).max(64);
const profileId = z.string().min(1).max(64);
/** Asks for identifying values unmasked; off unless the user turned the toggle on. */
const reveal = z.boolean().optional();
const connectorType = z.string().min(1).max(32);
const anyPath = z.string().min(1).max(4096);
/** A target catalog as project.yaml gives it: one file or template, or several DDL files. */
const catalogRef = z.union([z.string().min(1).max(4096), z.array(z.string().min(1).max(4096)).min(1).max(20)]);
const dialect = z.enum(['sqlite', 'postgresql']).optional();
const targetRef = z.object({ type: connectorType, path: anyPath }).strict();
/** The contract's SHA-256 as the caller last read it: an edit is refused if the file changed since. */
const expectedSha = z.string().regex(/^[0-9a-f]{64}$/);
const crosswalkName = z.string().min(1).max(64);
/** Who makes a change, for the version history (and required to approve). */
const author = z.string().trim().min(1).max(120).optional();

/** Every request channel, declared once; main, preload and renderer all import this. */
export const channels = {
  'app:info': channel(
    none,
    z.object({
      version: z.string(),
      mode: z.enum(['desktop', 'browser', 'test']),
      canPickFolders: z.boolean(),
    }),
  ),
  'projects:current': channel(none, projectSummarySchema.nullable()),
  'projects:open': channel(z.object({ path: projectPath }).strict(), projectSummarySchema),
  'projects:pick': channel(none, projectSummarySchema.nullable()),
  'projects:create-demo': channel(
    z
      .object({
        path: projectPath,
        patients: z.number().int().min(1).max(1_000_000).optional(),
        seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
      })
      .strict(),
    projectSummarySchema,
  ),
  'projects:validate': channel(none, z.object({ problems: z.array(projectProblemSchema) })),
  'runs:start': channel(
    z
      .object({
        dryRun: z.boolean().optional(),
        batchSize: z.number().int().min(1).max(100_000).optional(),
        /** How tables are scheduled for this run; the project's pipeline.strategy when left out. */
        strategy: z.enum(PIPELINE_STRATEGIES).optional(),
        /** Tables loaded at once by the parallel strategy. */
        concurrency: z.number().int().min(1).max(16).optional(),
        /** Carry on this failed or cancelled run after its last committed batch instead of starting one. */
        resume: z.string().min(1).max(64).optional(),
      })
      .strict(),
    z.object({ runId: z.string() }),
  ),
  /** Puts the target back as it was before a run, undoing it and every later run. */
  'runs:rollback': channel(
    z.object({ runId: z.string().min(1).max(64), by: z.string().trim().min(1).max(120) }).strict(),
    z.object({ runId: z.string(), undoneRuns: z.array(z.string()), safetyCopy: z.string().nullable(), removedTarget: z.boolean() }),
  ),
  'runs:cancel': channel(runId, z.object({ cancelled: z.boolean() })),
  'runs:list': channel(none, z.array(runSummarySchema)),
  'runs:get': channel(runId, runDetailSchema),
  /** Runs side by side: the first id is the baseline the others are measured against. */
  'runs:compare': channel(compareRunsInputSchema, runComparisonSchema),
  'connectors:kinds': channel(none, z.array(connectorKindSchema)),
  'connectors:list': channel(
    none,
    z.object({ sources: z.array(configuredSourceSchema), target: configuredSourceSchema.omit({ id: true }) }),
  ),
  'connectors:test': channel(sourceRefSchema, testReportSchema),
  'connectors:discover': channel(sourceRefSchema, z.array(discoveredTableSchema)),
  'connectors:preview': channel(
    z
      .object({
        sourceId,
        table: z.string().min(1).max(256),
        limit: z.number().int().min(1).max(1000).optional(),
        reveal,
      })
      .strict(),
    previewSchema,
  ),
  'connectors:add': channel(
    z
      .object({
        id: z.string().regex(/^[a-z][a-z0-9_-]*$/).max(64).optional(),
        type: z.string().min(1).max(32),
        path: z.string().min(1).max(4096),
        options: z.record(z.string(), z.unknown()).optional(),
      })
      .strict(),
    configuredSourceSchema,
  ),
  'connectors:remove': channel(z.object({ sourceId }).strict(), z.object({ removed: z.boolean() })),
  /** Tests the project's target (no input) or a target being tried before it is set. */
  'connectors:test-target': channel(z.union([none, targetRef]), testReportSchema),
  /** Points the project at another target and catalog, after checking both. */
  'connectors:set-target': channel(
    z.object({ type: connectorType, path: anyPath, catalog: catalogRef, dialect }).strict(),
    configuredSourceSchema.omit({ id: true }),
  ),
  'profile:start': channel(
    z.object({ sourceId: sourceId.optional(), tables: z.array(z.string().min(1).max(256)).max(500).optional() }).strict(),
    z.object({ profileId: z.string() }),
  ),
  'profile:cancel': channel(z.object({ profileId }).strict(), z.object({ cancelled: z.boolean() })),
  'profile:get': channel(z.object({ profileId: profileId.optional(), reveal }).strict(), profileSchema.nullable()),
  'crosswalks:list': channel(none, z.array(crosswalkSummarySchema)),
  'crosswalks:get': channel(z.object({ name: crosswalkName }).strict(), crosswalkSchema),
  /** Writes a crosswalk whole: a new one when expectedSha is null, else a replacement of the version read. */
  'crosswalks:save': channel(
    z.object({ name: crosswalkName, rows: z.array(crosswalkRowSchema).max(20_000), expectedSha: expectedSha.nullable() }).strict(),
    crosswalkSchema,
  ),
  'crosswalks:delete': channel(z.object({ name: crosswalkName, expectedSha }).strict(), z.object({ deleted: z.boolean() })),
  /** Counts every code the data holds for a crosswalk's fields, with target-code guesses for the unmapped ones. */
  'crosswalks:scan': channel(z.object({ name: crosswalkName }).strict(), crosswalkScanSchema),
  'crosswalks:library': channel(none, z.array(libraryCrosswalkSchema)),
  /** Starts a project crosswalk from a built-in one, or from a CSV file. */
  'crosswalks:create-from': channel(
    z.union([z.object({ name: crosswalkName, libraryId: z.string().min(1).max(64) }).strict(), z.object({ name: crosswalkName, path: anyPath }).strict()]),
    crosswalkSchema,
  ),
  /** The quality of a run (the newest when no id is given): scores, rule results, everything that fired. */
  'quality:report': channel(z.object({ runId: z.string().min(1).max(64).optional() }).strict(), qualityReportSchema.nullable()),
  /** A page of a run's issues, filtered by table, rule or severity. */
  'quality:issues': channel(
    z
      .object({
        runId: z.string().min(1).max(64),
        table: z.string().max(128).optional(),
        rule: z.string().max(128).optional(),
        severity: z.enum(['error', 'warning']).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    issuePageSchema,
  ),
  /** A run's rejected rows as CSV (locators and reasons, never values), to save. */
  'quality:rejects': channel(z.object({ runId: z.string().min(1).max(64) }).strict(), z.object({ fileName: z.string(), content: z.string() })),
  /** The checks rules.yaml can use, each with its examples. */
  'quality:checks': channel(none, z.array(ruleCheckSchema)),
  /** A page of a run's patients, lowest quality score first; their keys masked unless revealed. */
  'quality:patients': channel(
    z.object({ runId: z.string().min(1).max(64), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(10), reveal }).strict(),
    z.object({ total: z.number().int(), patients: z.array(patientQualitySchema) }),
  ),
  'gates:profiles': channel(none, z.array(gateProfileSchema)),
  /** Judges a run (the newest when none is named) against a profile; unless `record` is false, the verdict is kept as evidence. */
  'gates:evaluate': channel(
    z.object({ profile: z.string().min(1).max(64), runId: z.string().min(1).max(64).optional(), record: z.boolean().optional() }).strict(),
    gateVerdictSchema,
  ),
  /** Waives a failing gate of a run (a reason and a name are required) and answers the new verdict. */
  'gates:waive': channel(
    z
      .object({
        runId: z.string().min(1).max(64),
        profile: z.string().min(1).max(64),
        metric: z.enum(GATE_METRICS),
        reason: z.string().trim().min(1).max(2000),
        by: z.string().trim().min(1).max(120),
      })
      .strict(),
    gateVerdictSchema,
  ),
  'gates:withdraw-waiver': channel(
    z.object({ runId: z.string().min(1).max(64), profile: z.string().min(1).max(64), metric: z.enum(GATE_METRICS), by: z.string().max(120).optional() }).strict(),
    gateVerdictSchema,
  ),
  /** Re-reads the target and compares it with the load ledger, table by table. */
  'reconcile:target': channel(none, z.array(tableReconciliationSchema)),
  /** Recomputes the audit trail's hash chain from its first entry. */
  'audit:verify': channel(none, auditChainSchema),
  'audit:entries': channel(
    z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }).strict(),
    z.object({ total: z.number().int(), entries: z.array(auditEntrySchema) }),
  ),
  'audit:signoffs': channel(z.object({ runId: z.string().min(1).max(64).optional() }).strict(), z.array(signOffSchema)),
  /** Signs off a run's verdict on a profile (judged now and recorded), sealing the audit trail as it stands. */
  'audit:sign': channel(
    z
      .object({
        runId: z.string().min(1).max(64),
        profile: z.string().min(1).max(64),
        name: z.string().trim().min(1).max(120),
        role: z.string().trim().min(1).max(120),
        statement: z.string().trim().min(1).max(2000),
      })
      .strict(),
    signOffSchema,
  ),
  /** The governance pack of a run (the newest when none is named): self-contained HTML, or JSON. */
  'evidence:pack': channel(
    z.object({ runId: z.string().min(1).max(64).optional(), format: z.enum(['html', 'json']) }).strict(),
    z.object({ fileName: z.string(), content: z.string() }),
  ),
  /** Looks for the same person twice in the loaded target table, as quality/dedup.yaml says. */
  'dedup:run': channel(none, dedupSummarySchema),
  'dedup:latest': channel(none, dedupSummarySchema.nullable()),
  /** A page of the newest run's matched or review pairs, with both records' compared fields (masked unless revealed). */
  'dedup:pairs': channel(
    z.object({ decision: z.enum(['match', 'review']).optional(), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(20), reveal }).strict(),
    z.object({ total: z.number().int(), pairs: z.array(dedupPairSchema) }),
  ),
  /** A person's decision on a pair (null withdraws it); answers the run's summary after it. */
  'dedup:decide': channel(
    z.object({ a: z.string().min(1).max(200), b: z.string().min(1).max(200), decision: z.enum(['same', 'different']).nullable(), by: z.string().trim().min(1).max(120) }).strict(),
    dedupSummarySchema,
  ),
  /** A page of the people found more than once, each with the golden record that merges them (masked unless revealed). */
  'dedup:clusters': channel(
    z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(20), reveal }).strict(),
    z.object({ total: z.number().int(), clusters: z.array(dedupClusterSchema) }),
  ),
  /** The scenario packs on offer: built-in workshop packs, then the open project's simulation/ folder. */
  'simulation:packs': channel(none, z.object({ packs: z.array(scenarioPackSchema) })),
  /** Rehearses a migration: synthetic patients, each strategy on a simulated clock with the scenario's failures. */
  'simulation:run': channel(z.object({ scenario: scenarioSchema }).strict(), simulationResultSchema),
  /** Saves a scenario into the open project's simulation/ folder (replacing one of the same name). */
  'simulation:save': channel(
    z.object({ name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'use lower case letters, digits and -'), scenario: scenarioSchema }).strict(),
    scenarioEntrySchema,
  ),
  /** An estimate of a real run of the open project: rows, time at the measured throughput, a batch size. */
  'simulation:estimate': channel(none, runEstimateSchema),
  'catalog:get': channel(none, catalogSchema),
  'catalog:templates': channel(none, z.array(catalogTemplateSchema)),
  /** Reads a catalog that is not (yet) the project's, to show it before it is chosen. */
  'catalog:inspect': channel(z.object({ catalog: catalogRef, dialect }).strict(), catalogSchema),
  /** A folder's contents, for the in-app path picker (browser mode has no native dialog). */
  'files:list': channel(z.object({ path: anyPath.optional(), hidden: z.boolean().optional(), nearest: z.boolean().optional() }).strict(), folderListingSchema),
  /** The desktop's native file or folder dialog; null when cancelled. Answered by main. */
  'files:pick': channel(
    z
      .object({
        mode: pickModeSchema,
        title: z.string().max(200).optional(),
        extensions: z.array(z.string().regex(/^[a-z0-9.]{1,16}$/i)).max(20).optional(),
        defaultPath: anyPath.optional(),
      })
      .strict(),
    z.object({ path: z.string() }).nullable(),
  ),
  'mapping:pairs': channel(none, z.array(mappingPairSchema)),
  'mapping:get': channel(none, mappingStateSchema),
  'mapping:update': channel(
    z.object({ changes: z.array(mappingChangeSchema.strict()).min(1).max(500), expectedSha, note: z.string().max(500).optional(), author }).strict(),
    mappingStateSchema,
  ),
  'mapping:versions': channel(none, z.array(contractVersionSchema)),
  'mapping:version': channel(z.object({ versionId: z.number().int().positive() }).strict(), z.object({ content: z.string() })),
  'mapping:restore': channel(z.object({ versionId: z.number().int().positive(), expectedSha, author }).strict(), mappingStateSchema),
  'mapping:import': channel(z.object({ path: anyPath, expectedSha, author }).strict(), mappingStateSchema),
  /** Ranked suggestions for one target table's fields, from the newest profile (NOT_FOUND without one). */
  'mapping:suggest': channel(z.object({ table: z.string().min(1).max(128) }).strict(), tableSuggestionsSchema),
  /** The contract CSV, or ETL documentation generated from it, as a file to save. */
  'mapping:export': channel(
    z.object({ format: z.enum(['csv', 'markdown', 'html']) }).strict(),
    z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
  ),
  /** Compiles an expression and runs it on the driving table's first rows (outputs from identifying columns masked). */
  'mapping:try-expression': channel(
    z.object({ expression: z.string().min(1).max(4000), sourceTable: z.string().min(1).max(256).nullable().optional() }).strict(),
    z.object({
      ok: z.boolean(),
      error: z.string().nullable(),
      unknownFields: z.array(z.string()),
      samples: z.array(z.object({ locator: locatorSchema, output: cellValueSchema, error: z.string().nullable() })),
    }),
  ),
  /** The open project's settings (pipeline, privacy) with their defaults, and which of them project.yaml sets. */
  'settings:get': channel(none, settingsViewSchema),
  /** Changes some settings in project.yaml, comments kept; refused while a run is in progress. */
  'settings:update': channel(settingsChangeSchema, settingsViewSchema),
} as const;

/** The name of a request channel. */
export type ChannelName = keyof typeof channels;

/** What channel `C` takes. */
export type ChannelInput<C extends ChannelName> = z.input<(typeof channels)[C]['input']>;

/** What channel `C` answers. */
export type ChannelOutput<C extends ChannelName> = z.infer<(typeof channels)[C]['output']>;

/** Tells whether a string names a declared channel. */
export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}
