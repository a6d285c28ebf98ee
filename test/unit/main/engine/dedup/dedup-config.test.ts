import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_MAX_BLOCK_SIZE, dedupConfigSchema } from '../../../../../main/engine/dedup/dedup-config';
import { FEBRL_CONFIG } from '../../../../../main/engine/dedup/febrl';
import { parseDedupConfig } from '../../../../../main/engine/dedup/link-records';

const YAML = `
idField: patient_id
fields:
  - { field: surname, compare: phonetic_name }
  - { field: dob, compare: date, m: 0.95, u: { agree: 0.001, partial: 0.01 } }
  - { field: nhs_number, compare: exact, weight: { agree: 15 } }
blocking:
  - [{ field: surname, transform: "first_letters:2" }, { field: dob, transform: year }]
  - [{ field: nhs_number, transform: "digits_last:4" }]
thresholds: { match: 10, review: 4 }
survivorship: { default: most_recent, recencyField: updated_at, fields: { surname: most_frequent } }
`;

describe('dedupConfigSchema', () => {
  it('reads a config as a project would write it in YAML, filling in defaults', () => {
    const config = dedupConfigSchema.parse(parseYaml(YAML));
    expect(config.maxBlockSize).toBe(DEFAULT_MAX_BLOCK_SIZE);
    expect(config.estimate).toBe('em');
    expect(config.blocking[0]![0]!.transform).toBe('first_letters:2');
    expect(dedupConfigSchema.safeParse(FEBRL_CONFIG).success).toBe(true);
  });

  it.each([
    ['an unknown comparator', { fields: [{ field: 'surname', compare: 'fuzzy' }] }],
    ['an unknown transform', { blocking: [[{ field: 'surname', transform: 'metaphone' }]] }],
    ['a count of 0', { blocking: [[{ field: 'surname', transform: 'first_letters:0' }]] }],
    ['a count that is not whole', { blocking: [[{ field: 'surname', transform: 'first_letters:1.5' }]] }],
    ['a negative count', { blocking: [[{ field: 'nhs_number', transform: 'digits_last:-4' }]] }],
    ['a probability of 1', { fields: [{ field: 'surname', compare: 'exact', m: 1 }] }],
    ['chances adding up past 1', { fields: [{ field: 'surname', compare: 'exact', u: { agree: 0.6, partial: 0.5 } }] }],
    ['review above match', { thresholds: { match: 4, review: 10 } }],
    ['a field compared twice', { fields: [{ field: 'surname', compare: 'exact' }, { field: 'surname', compare: 'jaro_winkler' }] }],
    ['the id field compared', { fields: [{ field: 'patient_id', compare: 'exact' }] }],
    ['most_recent without a recency field', { survivorship: { default: 'most_recent' } }],
    ['no blocking key', { blocking: [] }],
    ['an unknown option', { extra: true }],
  ])('rejects %s', (_, change) => {
    const config = { ...parseYaml(YAML), ...change };
    expect(dedupConfigSchema.safeParse(config).success).toBe(false);
    expect(() => parseDedupConfig(config)).toThrow();
  });
});
