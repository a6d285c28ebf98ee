import { Prng, WeightedTable } from './prng';

/**
 * Addresses for a West Midlands hospital's catchment, with a few patients from further
 * away as any real PAS has. Postcode outward codes are real districts; inward codes are
 * random, so a postcode looks right without pointing at a particular house. Landlines
 * use Ofcom's drama ranges (e.g. 0121 496 0000–0999) and mobiles 07700 900000–900999,
 * which are set aside for fiction: a synthetic record can never ring anyone.
 */

/** A town in the catchment with its postcode districts and landline prefix. */
interface Town {
  name: string;
  weight: number;
  outwardCodes: readonly string[];
  /** Drama-range landline prefix, or null where there is none (mobiles only). */
  landline: string | null;
  /** First letter of local GP practice codes (the old regional prefix). */
  gpLetter: string;
  /** How many practices serve the town's patients in this hospital's records. */
  practices: number;
}

const TOWNS: readonly Town[] = [
  {
    name: 'Birmingham',
    weight: 52,
    gpLetter: 'M',
    practices: 14,
    outwardCodes: [
      'B1', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'B11', 'B12', 'B13', 'B14', 'B15', 'B16', 'B17', 'B18',
      'B19', 'B20', 'B21', 'B23', 'B24', 'B25', 'B26', 'B27', 'B28', 'B29', 'B30', 'B31', 'B32', 'B33',
      'B34', 'B35', 'B36', 'B38', 'B42', 'B44',
    ],
    landline: '0121 496 0',
  },
  { name: 'Solihull', weight: 9, outwardCodes: ['B90', 'B91', 'B92', 'B93'], gpLetter: 'M', practices: 5, landline: '0121 496 0' },
  { name: 'Sutton Coldfield', weight: 7, outwardCodes: ['B72', 'B73', 'B74', 'B75', 'B76'], gpLetter: 'M', practices: 4, landline: '0121 496 0' },
  { name: 'West Bromwich', weight: 6, outwardCodes: ['B70', 'B71'], gpLetter: 'M', practices: 4, landline: '0121 496 0' },
  { name: 'Walsall', weight: 6, outwardCodes: ['WS1', 'WS2', 'WS3', 'WS5'], gpLetter: 'M', practices: 4, landline: null },
  { name: 'Wolverhampton', weight: 6, outwardCodes: ['WV1', 'WV2', 'WV3', 'WV4', 'WV10', 'WV11'], gpLetter: 'M', practices: 4, landline: null },
  { name: 'Dudley', weight: 5, outwardCodes: ['DY1', 'DY2', 'DY3'], gpLetter: 'M', practices: 4, landline: null },
  { name: 'Redditch', weight: 3, outwardCodes: ['B97', 'B98'], gpLetter: 'M', practices: 3, landline: null },
  { name: 'London', weight: 3, outwardCodes: ['SW1A', 'SW11', 'SE15', 'E8', 'N1', 'NW3', 'W12'], gpLetter: 'F', practices: 3, landline: '020 7946 0' },
  { name: 'Manchester', weight: 1.5, outwardCodes: ['M14', 'M20', 'M21'], gpLetter: 'P', practices: 3, landline: '0161 496 0' },
  { name: 'Leeds', weight: 0.75, outwardCodes: ['LS6', 'LS8'], gpLetter: 'B', practices: 3, landline: '0113 496 0' },
  { name: 'Bristol', weight: 0.75, outwardCodes: ['BS3', 'BS7'], gpLetter: 'L', practices: 3, landline: '0117 496 0' },
];

const TOWN_TABLE = new WeightedTable(TOWNS.map((town) => [town, town.weight] as const));

/** Letters allowed in the inward part of a UK postcode (never C, I, K, M, O or V). */
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'.split('');

const STREET_STEMS: readonly string[] = [
  'Church', 'Park', 'Station', 'Victoria', 'Manor', 'Mill', 'School', 'Green', 'Windsor', 'Grange',
  'Highfield', 'Springfield', 'Stratford', 'Warwick', 'Coventry', 'Alcester', 'Moseley', 'Harborne', 'Hagley', 'Pershore',
  'Lichfield', 'Chester', 'Kings', 'Queens', 'Albert', 'Oak', 'Elm', 'Beech', 'Ash', 'Willow',
  'Cedar', 'Holly', 'Hawthorn', 'Meadow', 'Orchard', 'Brook', 'Valley', 'Hill', 'Cross', 'New',
  'York', 'Clarence', 'Grove', 'Forest', 'Lodge', 'Priory', 'Sandy', 'Stanley', 'Worcester', 'Shakespeare',
];

const STREET_KINDS = new WeightedTable<string>([
  ['Road', 40], ['Street', 15], ['Avenue', 10], ['Close', 10], ['Lane', 10],
  ['Drive', 8], ['Grove', 5], ['Crescent', 4], ['Way', 4], ['Place', 2],
]);

/** Where a patient lives. */
export interface Address {
  line1: string;
  town: string;
  postcode: string;
  phone: string;
  /** Index of the town, used to give neighbours the same GP practices. */
  townIndex: number;
}

/** Draws an address and phone number. */
export function drawAddress(rng: Prng): Address {
  const town = TOWN_TABLE.pick(rng);
  const outward = rng.pick(town.outwardCodes);
  const postcode = `${outward} ${rng.below(10)}${rng.pick(INWARD_LETTERS)}${rng.pick(INWARD_LETTERS)}`;
  const stem = rng.pick(STREET_STEMS);
  const kind = STREET_KINDS.pick(rng);
  const street = stem === kind ? `${stem} Road` : `${stem} ${kind}`;
  const house = rng.chance(0.7) ? rng.int(1, 120) : rng.int(121, 320);
  // Flats give some rows a comma in the address, so readers must cope with quoted fields.
  const line1 = rng.chance(0.08) ? `Flat ${rng.int(1, 24)}, ${house} ${street}` : `${house} ${street}`;
  return { line1, town: town.name, postcode, phone: drawPhone(rng, town), townIndex: TOWNS.indexOf(town) };
}

function drawPhone(rng: Prng, town: Town): string {
  const roll = rng.float();
  if (roll < 0.07) return '';
  if (town.landline !== null && roll < 0.4) return town.landline + rng.digits(3);
  return `07700 900${rng.digits(3)}`;
}

/** The GP practices serving each town: a small, seeded pool of `M` + 5 digit codes. */
export class GpPracticePool {
  private readonly byTown: string[][];

  /** Builds the pool for one dataset. */
  constructor(rng: Prng) {
    this.byTown = TOWNS.map((town) => {
      const codes: string[] = [];
      while (codes.length < town.practices) {
        const code = `${town.gpLetter}${rng.int(81, 92)}${rng.digits(3)}`;
        if (!codes.includes(code)) codes.push(code);
      }
      return codes;
    });
  }

  /** A practice near the given town. */
  pick(rng: Prng, townIndex: number): string {
    return rng.pick(this.byTown[townIndex] ?? this.byTown[0]!);
  }
}
