import type { PlaceholderSpec } from '../../components/placeholder-page';

/**
 * What each not-yet-built area will hold, taken from the product design (DESIGN.md §1)
 * so the placeholder promises exactly what is planned.
 */
export const AREA_SPECS = {
  simulation: {
    title: 'Simulation',
    summary:
      'Rehearse a migration on seeded, patient-coherent synthetic data with controllable defects and injected failures, for planning and for workshops.',
    capabilities: [
      'Synthetic PAS-like source tables, plus FHIR and HL7 v2 output',
      'Controllable defects: missing fields, bad NHS numbers, typo’d duplicates, orphan keys, unmapped codes, encoding damage',
      'Failure injection per substage with retry/backoff',
      'Time-compressed realistic delays; strategies compared side by side',
      'Patient-level status grid, analytics with recommendations, estimates before a run, scenario packs',
    ],
  },
  audit: {
    title: 'Audit',
    summary:
      'The evidence behind a cutover decision: everything the run store recorded, a tamper-evident audit trail and a governance pack to hand over.',
    capabilities: [
      'Every run, stage, batch, issue, reject and gate result',
      'Runs compared side by side',
      'Hash-chained audit trail with verification',
      'Governance pack: self-contained HTML with charts, PDF, JSON/CSV artifacts, sign-offs',
    ],
  },
  settings: {
    title: 'Settings',
    summary:
      'Options of the open project and of the workbench itself, kept in the project folder so a handed-over project behaves the same elsewhere.',
    capabilities: [
      'Pipeline options: batch size, parallel workers, strategy (staged, big_bang, parallel)',
      'Masking of identifiable values in previews (on by default)',
      'Minimum cell count for suppressing small counts in exports',
    ],
  },
} satisfies Record<string, PlaceholderSpec>;

/** An area that shows a placeholder. */
export type PlaceholderAreaId = keyof typeof AREA_SPECS;
