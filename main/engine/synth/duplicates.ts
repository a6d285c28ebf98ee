import { formatLegacyDate } from './calendar';
import { typo } from './name-damage';
import type { Person } from './person';
import { Prng } from './prng';
import type { PatientRow } from './tables';

/** A duplicate registration waiting for its turn to be written. */
export interface PendingDuplicate {
  /** Written once the person with this index has been written. */
  dueAfter: number;
  row: PatientRow;
  originalPasId: string;
  /** The name column that carries the keying slip. */
  field: 'forename' | 'surname';
}

/** How many people later, at most, a duplicate registration turns up. */
const MAX_DELAY = 40;

/**
 * Duplicate registrations (`duplicate_patient`): the same person registered again
 * some time later, under a new pas_id, with a slip in one name, the same date of birth
 * and the same NHS number or none. They are held back a few people so they do not sit
 * next to their original, as in a real file, but never more than {@link MAX_DELAY}: the
 * queue stays tiny, and memory flat.
 */
export class DuplicateQueue {
  private pending: PendingDuplicate[] = [];

  /** Builds the duplicate of a clean patient row (its pas_id is filled in when written). */
  schedule(rng: Prng, index: number, original: PatientRow, person: Person, referenceDay: number): void {
    const row: PatientRow = { ...original, pas_id: '' };
    const field = rng.chance(0.5) ? 'forename' : 'surname';
    row[field] = typo(rng, original[field]);
    if (rng.chance(0.3)) row.nhs_number = '';
    // A second registration happens after the first and knows nothing of a later death.
    const lastDay = person.deathDay ?? referenceDay;
    row.registered_date = formatLegacyDate(rng.int(person.registeredDay, lastDay));
    row.date_of_death = '';
    if (rng.chance(0.3)) row.phone = '';
    this.pending.push({ dueAfter: index + rng.int(0, MAX_DELAY), row, originalPasId: original.pas_id, field });
  }

  /** Removes and returns, in scheduling order, the duplicates due once person `index` is written. */
  takeDue(index: number): PendingDuplicate[] {
    if (this.pending.length === 0) return [];
    const due = this.pending.filter((duplicate) => duplicate.dueAfter <= index);
    if (due.length > 0) this.pending = this.pending.filter((duplicate) => duplicate.dueAfter > index);
    return due;
  }
}
