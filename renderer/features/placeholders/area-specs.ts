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
} satisfies Record<string, PlaceholderSpec>;

/** An area that shows a placeholder. */
export type PlaceholderAreaId = keyof typeof AREA_SPECS;
