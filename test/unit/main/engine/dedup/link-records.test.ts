import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DedupConfigInput, DedupRecord } from '../../../../../main/engine/dedup/dedup-config';
import { linkRecords } from '../../../../../main/engine/dedup/link-records';

const RECORDS: DedupRecord[] = [
  { id: 'p1', given: 'catherine', surname: 'jones', dob: '1980-03-12', postcode: 'LS1 4AP' },
  { id: 'p2', given: 'kathryn', surname: 'jones', dob: '1980-12-03', postcode: 'LS1 4AQ' },
  { id: 'p3', given: 'catherine', surname: 'jonse', dob: '1980-03-12', postcode: null },
  { id: 'p4', given: 'mohammed', surname: 'khan', dob: '1955-07-01', postcode: 'M1 1AE' },
  { id: 'p5', given: 'muhammad', surname: 'khan', dob: '1955-07-01', postcode: 'M1 1AE' },
  { id: 'p6', given: 'peter', surname: 'jones', dob: '2001-01-30', postcode: 'BS1 5TR' },
  { id: 'p7', given: 'anna', surname: 'khan', dob: '1990-10-10', postcode: 'M1 1AE' },
];

/** Fixed m and u so the weights of this tiny table are known, not estimated. */
const CONFIG: DedupConfigInput = {
  idField: 'id',
  fields: [
    { field: 'given', compare: 'phonetic_name', m: { agree: 0.9, partial: 0.08 }, u: { agree: 0.01, partial: 0.02 } },
    { field: 'surname', compare: 'phonetic_name', m: { agree: 0.9, partial: 0.08 }, u: { agree: 0.01, partial: 0.02 } },
    { field: 'dob', compare: 'date', m: { agree: 0.9, partial: 0.08 }, u: { agree: 0.001, partial: 0.01 } },
    { field: 'postcode', compare: 'postcode', m: { agree: 0.8, partial: 0.15 }, u: { agree: 0.001, partial: 0.01 } },
  ],
  blocking: [[{ field: 'surname', transform: 'soundex' }], [{ field: 'dob', transform: 'year' }]],
  thresholds: { match: 10, review: 4 },
  estimate: 'none',
};

afterEach(() => vi.restoreAllMocks());

const GIVEN = ['oliver', 'amelia', 'harry', 'isla', 'jack', 'ellie', 'george', 'emily', 'noah', 'sophie', 'jacob', 'grace', 'arthur', 'freya', 'oscar', 'lily'];
const SURNAMES = ['smith', 'jones', 'taylor', 'brown', 'williams', 'wilson', 'johnson', 'davies', 'robinson', 'wright', 'thompson', 'evans', 'walker', 'white', 'roberts', 'green', 'hall', 'wood', 'jackson', 'clarke'];

/** `count` people with `copies` of them written again with one slip each; the copies' pair keys are the truth. */
function syntheticPatients(count: number, copies: number): { records: DedupRecord[]; copies: string[] } {
  let state = 7;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const two = (n: number) => String(n).padStart(2, '0');
  const records: DedupRecord[] = [];
  for (let i = 0; i < count; i++) {
    const dob = `${1930 + Math.floor(random() * 80)}-${two(1 + Math.floor(random() * 12))}-${two(1 + Math.floor(random() * 28))}`;
    records.push({ id: `p${i}`, given: pick(GIVEN), surname: pick(SURNAMES), dob, postcode: `LS${1 + Math.floor(random() * 20)} ${Math.floor(random() * 9)}${pick(['AB', 'XY', 'QT'])}` });
  }
  const keys: string[] = [];
  for (let i = 0; i < copies; i++) {
    const original = records[i * 3]!;
    const slip = i % 4;
    const typo = (text: string) => text.slice(0, 2) + text[3] + text[2] + text.slice(4);
    records.push({
      ...original,
      id: `q${i}`,
      given: slip === 0 ? typo(String(original.given)) : original.given!,
      surname: slip === 1 ? typo(String(original.surname)) : original.surname!,
      dob: slip === 2 ? String(original.dob).replace(/-(\d\d)-(\d\d)$/, '-$2-$1') : original.dob!,
      postcode: slip === 3 ? null : original.postcode!,
    });
    keys.push(`${original.id}|q${i}`);
  }
  return { records, copies: keys };
}

describe('linkRecords', () => {
  it('finds the same people despite typos, swaps and sound-alike names', () => {
    const result = linkRecords(RECORDS, CONFIG);
    expect(result.clusters).toEqual([
      { id: 'cluster-1', members: ['p1', 'p2', 'p3'] },
      { id: 'cluster-2', members: ['p4', 'p5'] },
    ]);
    const p1p3 = result.pairs.find((p) => p.a === 'p1' && p.b === 'p3')!;
    expect(p1p3.levels).toEqual({ given: 'agree', surname: 'agree', dob: 'agree', postcode: 'missing' });
    const p1p2 = result.pairs.find((p) => p.a === 'p1' && p.b === 'p2')!;
    expect(p1p2.levels).toEqual({ given: 'partial', surname: 'agree', dob: 'partial', postcode: 'partial' });
    // Same surname and postcode, different name and birthday: a relative, for a person to look at.
    expect(result.pairs.find((p) => p.a === 'p4' && p.b === 'p7')!.decision).toBe('review');
    expect(result.pairs.find((p) => p.a === 'p1' && p.b === 'p6')!.decision).toBe('non_match');
  });

  it('adds up the Fellegi–Sunter weights and decides by the thresholds', () => {
    const result = linkRecords(RECORDS, CONFIG);
    const p1p3 = result.pairs.find((p) => p.a === 'p1' && p.b === 'p3')!;
    expect(p1p3.weight).toBeCloseTo(2 * Math.log2(0.9 / 0.01) + Math.log2(0.9 / 0.001), 9);
    for (const pair of result.pairs) {
      expect(pair.decision).toBe(pair.weight >= 10 ? 'match' : pair.weight >= 4 ? 'review' : 'non_match');
    }
    const weights = result.pairs.map((p) => p.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('reports blocking and decision counts', () => {
    const { stats } = linkRecords(RECORDS, CONFIG);
    // surname soundex: jones ×3 + jonse, khan ×3; year: 1980 ×3, 1955 ×2.
    expect(stats).toMatchObject({ records: 7, blocks: 4, largestBlock: 4, truncatedBlocks: 0 });
    expect(stats.candidatePairs).toBe(6 + 3);
    expect(stats.matches).toBe(4);
  });

  it('skips blocks over the cap', () => {
    const { stats } = linkRecords(RECORDS, { ...CONFIG, maxBlockSize: 3 });
    expect(stats.truncatedBlocks).toBe(1);
    expect(stats.candidatePairs).toBe(3 + 3 + 0);
  });

  it('is deterministic whatever the order of the records', () => {
    const forward = linkRecords(RECORDS, CONFIG);
    const backward = linkRecords([...RECORDS].reverse(), CONFIG);
    expect(backward.clusters).toEqual(forward.clusters);
    const keyed = (r: typeof forward) => new Map(r.pairs.map((p) => [[p.a, p.b].sort().join('|'), p.weight]));
    expect(keyed(backward)).toEqual(keyed(forward));
  });

  it('estimates m and u by EM when none are given, well enough to find the copies', () => {
    const { records, copies } = syntheticPatients(400, 120);
    const bare = { ...CONFIG, estimate: 'em' as const, fields: CONFIG.fields.map(({ field, compare }) => ({ field, compare })) };
    const result = linkRecords(records, bare);
    expect(result.model.converged).toBe(true);
    expect(result.model.matchShare).toBeGreaterThan(0);
    for (const f of result.model.fields) expect(f.weights.agree).toBeGreaterThan(f.weights.disagree);
    const found = new Set(result.pairs.filter((p) => p.decision === 'match').map((p) => `${p.a}|${p.b}`));
    const hits = copies.filter((key) => found.has(key)).length;
    expect(hits / copies.length).toBeGreaterThanOrEqual(0.98);
    expect(found.size - hits).toBeLessThanOrEqual(1);
  });

  it('carries ids, weights and levels only, and logs nothing', () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
    const result = linkRecords(RECORDS, CONFIG);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    const text = JSON.stringify(result);
    for (const record of RECORDS) {
      for (const [field, value] of Object.entries(record)) if (field !== 'id' && value !== null) expect(text).not.toContain(String(value));
    }
  });

  it('rejects missing or repeated ids, naming rows rather than values', () => {
    expect(() => linkRecords([{ id: 'x', given: 'a' }, { id: null, given: 'b' }], CONFIG)).toThrow('record 2 has no id');
    expect(() => linkRecords([{ id: 'x', given: 'a' }, { id: 'x', given: 'b' }], CONFIG)).toThrow('records 1 and 2 have the same id');
  });

  it('rejects a config naming a field no record has', () => {
    const misspelt = { ...CONFIG, blocking: [[{ field: 'surnme', transform: 'soundex' as const }]] };
    expect(() => linkRecords(RECORDS, misspelt)).toThrow('no record has a field surnme');
  });

  it('handles an empty table', () => {
    const result = linkRecords([], CONFIG);
    expect(result).toMatchObject({ pairs: [], clusters: [], stats: { records: 0, candidatePairs: 0 } });
  });
});
