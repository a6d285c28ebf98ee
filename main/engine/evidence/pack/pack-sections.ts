/**
 * The pack's sections in reading order, each with the anchor the contents list links to:
 * the board reads the decision first and the evidence for it after.
 */
export const PACK_SECTIONS = [
  { id: 'cover', title: 'Cover and decision' },
  { id: 'run', title: 'Run' },
  { id: 'quality', title: 'Quality' },
  { id: 'gates', title: 'Release gates' },
  { id: 'reconciliation', title: 'Reconciliation' },
  { id: 'contract', title: 'Mapping contract' },
  { id: 'audit', title: 'Audit trail' },
  { id: 'signoffs', title: 'Sign-offs' },
] as const;

/** The anchor of one of {@link PACK_SECTIONS}. */
export type PackSectionId = (typeof PACK_SECTIONS)[number]['id'];

/** The heading of a section, as the contents list names it. */
export function sectionTitle(id: PackSectionId): string {
  return PACK_SECTIONS.find((s) => s.id === id)!.title;
}
