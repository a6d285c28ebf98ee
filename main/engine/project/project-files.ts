/** The files of a project, relative to its folder. */
export const PROJECT_FILES = {
  project: 'project.yaml',
  contract: 'mapping/contract.csv',
  crosswalks: 'mapping/crosswalks',
  rules: 'quality/rules.yaml',
  gates: 'quality/gates.yaml',
  dedup: 'quality/dedup.yaml',
} as const;
