/** What a column's name suggests it holds. */
export interface NameHints {
  nhs: boolean;
  birth: boolean;
  personName: boolean;
  postcode: boolean;
  phone: boolean;
  email: boolean;
  address: boolean;
  localId: boolean;
}

const NAME_PARTS = [
  'forename', 'surname', 'firstname', 'lastname', 'givenname', 'familyname',
  'middlename', 'maidenname', 'fullname', 'patientname', 'personname', 'christianname',
];
const NAME_ALONE = ['first', 'last', 'given', 'family', 'middle', 'maiden', 'fname', 'lname', 'forenames'];
const LOCAL_ID_PARTS = [
  'mrn', 'pasid', 'pasno', 'pasnumber', 'hospitalnumber', 'hospitalno', 'hospno', 'casenumber', 'caseno',
  'unitnumber', 'patientid', 'patientnumber', 'patientno', 'personid', 'localid', 'medicalrecord', 'recordnumber', 'chinumber',
];
// Person-level identifiers with no flag of their own are flagged as local identifiers, so
// that they are masked like one.
const OTHER_ID_WORDS = ['ssn', 'passport', 'drivers', 'licence', 'license', 'nino'];
const OTHER_ID_PARTS = ['socsec', 'socialsecurity', 'nationalinsurance'];
/** Parts of a flattened name element (FHIR's `name_0_family`, `name_0_given`). */
const NAME_ELEMENT_WORDS = ['family', 'given', 'text'];
/** A home's coordinates or birthplace point at the person as surely as the address does. */
const PLACE_WORDS = ['lat', 'lon', 'lng', 'latitude', 'longitude', 'geolocation', 'birthplace'];
const PERSON_TABLE = /patient|person|people|client|contact|member|subject/;

/** Splits `dateOfBirth`, `DATE_OF_BIRTH` and `address-line1` alike into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * Reads the hints in a column's name (and its table's, for bare `id` / `name` columns of a
 * patient table). Hints alone never flag a column; they lower how many values must look
 * the part, or are required where values alone cannot tell (a birth date is a date).
 */
export function nameHints(column: string, table: string): NameHints {
  const words = nameWords(column);
  const joined = words.join('');
  const has = (...ws: string[]) => ws.some((w) => words.includes(w));
  const contains = (...parts: string[]) => parts.some((p) => joined.includes(p));
  const personTable = PERSON_TABLE.test(table.toLowerCase());
  return {
    nhs: has('nhs') || contains('nhsnumber', 'nhsno'),
    birth: has('dob', 'birth', 'born') || contains('birthdate', 'dateofbirth', 'birthday'),
    personName:
      contains(...NAME_PARTS) ||
      NAME_ALONE.includes(joined) ||
      (personTable && (joined === 'name' || joined === 'names')) ||
      (has('name') && has(...NAME_ELEMENT_WORDS)),
    postcode: has('zip', 'postal', 'postcode') || contains('postcode', 'postalcode', 'zipcode'),
    phone: has('tel', 'telephone', 'phone', 'mobile', 'fax', 'telecom') || contains('phone', 'mobile'),
    email: has('email', 'mail') || contains('email'),
    address: has('addr', 'street', 'road', ...PLACE_WORDS) || contains('address', 'housename', 'housenumber', 'birthplace'),
    localId:
      contains(...LOCAL_ID_PARTS, ...OTHER_ID_PARTS) ||
      has(...OTHER_ID_WORDS) ||
      joined === 'patient' ||
      joined === 'person' ||
      (personTable && joined === 'id') ||
      // FHIR identifiers flattened: `identifier_0_value`, or named by type as `identifier_mr`.
      (has('identifier') && (has('value') || words.length === 2)),
  };
}
