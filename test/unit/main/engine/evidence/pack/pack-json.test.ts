import { describe, expect, it } from 'vitest';
import { governancePackJson } from '../../../../../../main/engine/evidence/pack/pack-json';
import { MAPPING_CLASSES } from '../../../../../../preload/contract/mapping-schemas';
import { packInput, SIGNOFFS } from './pack-fixture';

/** The same object with every key order reversed, all the way down. */
function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) as T;
}

describe('governancePackJson', () => {
  const text = governancePackJson(packInput({ signoffs: SIGNOFFS }));
  const pack = JSON.parse(text);

  it('has the documented keys in the documented order', () => {
    expect(Object.keys(pack)).toEqual(['format', 'version', 'generatedAt', 'project', 'sources', 'target', 'run', 'quality', 'verdicts', 'reconciliation', 'coverage', 'contract', 'audit', 'signoffs']);
    expect(pack.format).toBe('cutover-governance-pack');
    expect(pack.version).toBe(1);
    expect(Object.keys(pack.run)).toEqual(['id', 'status', 'dryRun', 'startedAt', 'finishedAt', 'tables']);
    expect(Object.keys(pack.run.tables[0])).toEqual(['name', 'read', 'written', 'rejected', 'skipped']);
    expect(Object.keys(pack.quality)).toEqual(['meanScore', 'totals', 'rules', 'tables']);
    expect(Object.keys(pack.quality.totals)).toEqual(['read', 'rejected', 'errors', 'warnings', 'rowsWithWarnings']);
    expect(Object.keys(pack.verdicts[0])).toEqual(['profile', 'description', 'runId', 'evaluatedAt', 'verdict', 'gates']);
    expect(Object.keys(pack.verdicts[1].gates[1])).toEqual(['metric', 'min', 'max', 'value', 'evidence', 'outcome', 'waiver']);
    expect(Object.keys(pack.verdicts[1].gates[1].waiver)).toEqual(['reason', 'by', 'at']);
    expect(Object.keys(pack.coverage)).toEqual(['totals', 'tables']);
    expect(Object.keys(pack.coverage.totals)).toEqual(['fields', 'decided', 'unresolved', 'requiredUnresolved', 'approved', 'byClass']);
    expect(Object.keys(pack.coverage.totals.byClass)).toEqual([...MAPPING_CLASSES]);
    expect(Object.keys(pack.coverage.tables[0])).toEqual(['table', 'fields', 'decided', 'unresolved', 'requiredUnresolved', 'approved', 'byClass', 'unresolvedFields']);
    expect(pack.contract).toEqual({ sha256: packInput().contractSha256 });
    expect(Object.keys(pack.audit)).toEqual(['entries', 'verified', 'headHash', 'brokenAt']);
    expect(Object.keys(pack.signoffs[0])).toEqual(['id', 'at', 'name', 'role', 'statement', 'runId', 'profile', 'verdict', 'auditHead']);
  });

  it('keeps the values as given, text unescaped', () => {
    expect(pack.project.name).toBe('St Elsewhere <script>alert(1)</script> & co');
    expect(pack.run.tables).toEqual(packInput().run.tables);
    expect(pack.reconciliation).toEqual(packInput().reconciliation);
    expect(pack.verdicts).toEqual(packInput().verdicts);
    expect(pack.signoffs).toEqual(SIGNOFFS);
    expect(pack.coverage.tables[1].unresolvedFields).toEqual(['ward_code']);
  });

  it('carries no issue lists, locators or findings', () => {
    expect(text).not.toMatch(/"issues"|"issueCount"|"locator"|"findings"|"stages"/);
    expect(text).not.toContain('patients.csv');
    expect(text).not.toContain('fails modulus 11');
  });

  it('is pretty, ends with a newline, and gives the same bytes whatever the input key order', () => {
    expect(text).toMatch(/^\{\n  "format": "cutover-governance-pack",\n  "version": 1,\n/);
    expect(text.endsWith('}\n')).toBe(true);
    expect(governancePackJson(reversed(packInput({ signoffs: SIGNOFFS })))).toBe(text);
  });

  it('has quality null when the run has none', () => {
    expect(JSON.parse(governancePackJson(packInput({ quality: null }))).quality).toBeNull();
  });
});
