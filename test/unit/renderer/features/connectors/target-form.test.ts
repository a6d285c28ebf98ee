import { describe, expect, it } from 'vitest';
import { catalogInput, catalogText, FILE_CATALOG } from '../../../../../renderer/features/connectors/target-form';

describe('the target form', () => {
  it('shows a catalog list as one line and reads it back as the same list', () => {
    const files = ['ddl.sql', 'primary_keys.sql', 'constraints.sql'];
    const text = catalogText(files);
    expect(text).toBe('ddl.sql; primary_keys.sql; constraints.sql');
    expect(catalogInput(FILE_CATALOG, text)).toEqual(files);
  });

  it('sends one file as a string, a template as itself, and nothing when no file is given', () => {
    expect(catalogInput(FILE_CATALOG, ' target/load-schema.sql ')).toBe('target/load-schema.sql');
    expect(catalogInput('builtin:omop-cdm-5.4', 'ignored.sql')).toBe('builtin:omop-cdm-5.4');
    expect(catalogInput(FILE_CATALOG, ' ; ')).toBeNull();
    expect(catalogText(undefined)).toBe('');
  });
});
