/** Which process runs a run, so a run whose process died can be told apart from a live one. */
export const migration002 = `
ALTER TABLE runs ADD COLUMN pid INTEGER;
`;
