/** How a profile is computed and what it may show. */
export interface ProfileOptions {
  /** Counts below this are suppressed in the result (see suppress.ts). Default 5; a project's scan takes its `privacy.minCellCount`. */
  minCellCount: number;
  /** Values listed per column. Default 10. */
  topN: number;
  /** Patterns listed per column. Default 10. */
  patternN: number;
  /** Distinct values counted exactly per column before switching to sketches. Default 10,000. */
  exactLimit: number;
  /** Counters the frequent-value summary holds (it lists up to twice this). Default 1,000. */
  topCapacity: number;
  /** Counters the pattern summary holds. Default 200. */
  patternCapacity: number;
  /** Share of non-empty values that must fit a type for the column to take it. Default 0.98. */
  typeShare: number;
}

/** The defaults of {@link ProfileOptions}. */
export const DEFAULT_PROFILE_OPTIONS: ProfileOptions = {
  minCellCount: 5,
  topN: 10,
  patternN: 10,
  exactLimit: 10_000,
  topCapacity: 1_000,
  patternCapacity: 200,
  typeShare: 0.98,
};

/** Fills the options a caller left out with the defaults. */
export function profileOptions(partial: Partial<ProfileOptions> = {}): ProfileOptions {
  return { ...DEFAULT_PROFILE_OPTIONS, ...partial };
}
