/**
 * How the province's accounts spread over its districts and communes, and how fast and how far
 * each district converts.
 */
import { cumulative, mulberry32 } from '../random';
import { communes, unitTree } from '../units';

interface DistrictProfile {
  /** People living in the district. */
  pop: number;
  /** Accounts per person, relative to the province's average (1). */
  uptake: number;
  /** The share of its verified citizens who link their account in the end. */
  rate: number;
  /** Days its conversions run behind the province's (negative: ahead). */
  lag: number;
}

const districtProfile: Record<string, DistrictProfile> = {
  '213': { pop: 175_000, uptake: 1.5, rate: 0.96, lag: -4 }, // TP Bắc Giang
  '215': { pop: 105_000, uptake: 0.8, rate: 0.8, lag: 5 }, // Yên Thế
  '216': { pop: 170_000, uptake: 0.95, rate: 0.88, lag: 1 }, // Tân Yên
  '217': { pop: 186_000, uptake: 1.0, rate: 0.9, lag: 0 }, // Lạng Giang
  '218': { pop: 210_000, uptake: 0.85, rate: 0.84, lag: 3 }, // Lục Nam
  '219': { pop: 215_000, uptake: 0.8, rate: 0.72, lag: 8 }, // Lục Ngạn
  '220': { pop: 75_000, uptake: 0.7, rate: 0.66, lag: 10 }, // Sơn Động
  '221': { pop: 140_000, uptake: 1.0, rate: 0.9, lag: 0 }, // Yên Dũng
  '222': { pop: 229_000, uptake: 1.3, rate: 0.94, lag: -2 }, // Việt Yên
  '223': { pop: 213_000, uptake: 1.0, rate: 0.9, lag: 1 }, // Hiệp Hòa
};

/** A district missing from the table above: an average one. */
const AVERAGE_DISTRICT: DistrictProfile = { pop: 150_000, uptake: 1, rate: 0.85, lag: 0 };

/** Each commune's district profile, by commune index. */
export const communeProfiles = communes.map(
  (c) => districtProfile[c.districtCode] ?? AVERAGE_DISTRICT,
);

/** Mixed into the seed for the communes' weights, a random stream apart from the rows'. */
const COMMUNE_WEIGHT_SALT = 0x5eed;
/** A rural commune's (xã) weight within its district, against a ward's or a township's… */
const RURAL_WEIGHT = 0.7;
/** …which is twice as heavy: more people, more of them online. */
const URBAN_WEIGHT = 1.4;
/** The least a commune's random factor can be… */
const COMMUNE_JITTER_MIN = 0.6;
/** …and how far above that it reaches (a factor from 0.6 to 1.4). */
const COMMUNE_JITTER_SPAN = 0.8;

/** Split the total over communes by population and uptake; urban wards a little heavier. */
function communeWeights(seed: number): Float64Array {
  const rnd = mulberry32(seed ^ COMMUNE_WEIGHT_SALT);
  const w = new Float64Array(communes.length);
  for (const d of unitTree.districts) {
    const p = districtProfile[d.code] ?? AVERAGE_DISTRICT;
    const local = communes.map((c, i) => ({ c, i })).filter(({ c }) => c.districtCode === d.code);
    const raw = local.map(
      ({ c }) =>
        (c.kind === 'xã' ? RURAL_WEIGHT : URBAN_WEIGHT) *
        (COMMUNE_JITTER_MIN + rnd() * COMMUNE_JITTER_SPAN),
    );
    const sum = raw.reduce((a, b) => a + b, 0);
    local.forEach(({ i }, k) => {
      w[i] = (p.pop * p.uptake * raw[k]!) / sum;
    });
  }
  return w;
}

/** Cumulative distribution over communes for picking a row's commune (`pickIndex`). */
export function communeCdf(seed: number): Float64Array {
  return cumulative(communeWeights(seed));
}
