/**
 * The demo province's accounts, generated from a seed: about 312,000 citizen accounts, 25,000
 * organisation / business accounts and 2,000 foreigner accounts over the 209 communes. The
 * aggregates (the histograms, the waiting counts) are filled in the same pass, so statistics never
 * scan the rows.
 *
 * Every draw below changes the generated province: the demo, the server's seed and the tests' seed
 * cache (server/test/seeded.ts) all depend on these numbers and on the order of the draws.
 */
import { DEADLINE_DAY, NEVER, SWITCH_DAY, WINDOW_END, WINDOW_START, dayOf } from '../days';
import { familyNames, femaleGiven, femaleMiddle, maleGiven, maleMiddle } from '../names';
import { cumulative, mulberry32, normal, pickIndex } from '../random';
import { communeCdf, communeProfiles } from './districts';
import {
  KIND_CITIZEN,
  KIND_FOREIGNER,
  KIND_ORGANISATION,
  NO_REASON,
  R_CMND,
  R_DUPLICATE,
  R_INACTIVE,
  R_MISMATCH,
  R_NO_ID,
  R_VERIFIED,
  SOURCE_DESK,
  SOURCE_NATIONAL_PORTAL,
  SOURCE_PROVINCIAL_PORTAL,
  STATE_ACTIVE,
  allocate,
  convIndex,
  regBucket,
  regIndex,
  type Dataset,
} from './schema';

export const SEED = 20240615;
export const CITIZENS = 312_000;
export const ORGANISATIONS = 25_000;
export const FOREIGNERS = 2_000;

// ------------------------------------------------------------------ how and when each account opened

/** Accounts opened on the national public-service portal: draws below this (55%). */
const SOURCE_NATIONAL_CUT = 0.55;
/** Accounts opened on the provincial portal: draws below this (30%); the other 15% at a desk. */
const SOURCE_PROVINCIAL_CUT = 0.85;
/** Of the citizen accounts opened at a desk, the share opened in the window before the switch. */
const DESK_IN_WINDOW_SHARE = 0.12;
/** Accounts before the window open between this day and the window's start. */
const DAY_2019 = dayOf('2019-07-01');
/** Desk accounts in the window open from this day until the switch. */
const DAY_DESK_FROM = dayOf('2024-05-01');

// ------------------------------------------------------------------ the people

/** The share of account holders who are women. */
const FEMALE_SHARE = 0.51;
/** The earliest birth year… */
const BIRTH_YEAR_FROM = 1940;
/** …and the span of birth years after it (born 1940–2005, adults by the window). */
const BIRTH_YEARS = 66;
/** Below 1, it leans birth years towards the young, who use the portals more. */
const BIRTH_YEAR_SKEW = 0.8;

// ------------------------------------------------------------------ activity

/** The share of accounts last used before 2023 (and, for citizens, stuck as inactive). */
const INACTIVE_SHARE = 0.08;
/** Active accounts were last used between this day and the window's start. */
const DAY_2023 = dayOf('2023-01-01');

// ------------------------------------------------------------------ why a citizen's account is stuck

/** Citizens whose identity number does not match the national register: draws below this (5%). */
const MISMATCH_CUT = 0.05;
/** Citizens who hold only an old 9-digit CMND: draws below this (3.5%). */
const CMND_CUT = 0.085;
/** Citizens with no identity number on the account: draws below this (1.5%). */
const NO_ID_CUT = 0.1;
/**
 * Second accounts of a citizen who already has one: draws below this (2%). The rest are inactive
 * if unused since 2023, else verified but not linked.
 */
const DUPLICATE_CUT = 0.12;
/** A duplicate repeats one of the citizen accounts opened up to this many rows before it. */
const DUPLICATE_LOOKBACK_ROWS = 400;

// ------------------------------------------------------------------ when a verified citizen links

/** Of the verified citizens who link, the share who do so before the switch (15%)… */
const EARLY_PHASE_CUT = 0.15;
/** …in the rush around the peak, draws below this (73%); the other 12% after the deadline. */
const PEAK_PHASE_CUT = 0.88;
/** The day the province's conversions peak (a district's lag moves it). */
const PEAK_DAY = dayOf('2024-06-18');
/** How widely conversions spread around the peak, in days (one standard deviation)… */
const PEAK_SPREAD_DAYS = 7;
/** …widened by this many days for each day a district lags. */
const PEAK_SPREAD_PER_LAG_DAY = 0.5;
/** The stragglers link within this many days after the deadline (and the district's lag). */
const AFTER_DEADLINE_DAYS = 30;

// ------------------------------------------------------------------ stuck accounts fixed later

/** From this day the police and the desks fix stuck accounts… */
const LATE_FIX_DAY = dayOf('2024-06-20');
/** …over this many days (to 30/07/2024). */
const LATE_FIX_DAYS = 41;
/**
 * The chance a stuck account is fixed in the end, by reason (a mismatched number is the easiest,
 * an account with no number the hardest); verified and duplicate accounts are not fixed so.
 */
const LATE_FIX_CHANCE: Readonly<Record<number, number>> = {
  [R_MISMATCH]: 0.35,
  [R_CMND]: 0.3,
  [R_INACTIVE]: 0.15,
  [R_NO_ID]: 0.1,
};
/** Added to a district's final share before it scales that chance: even the worst fix some. */
const LATE_FIX_RATE_BONUS = 0.1;

/** Rows per slice when the dataset is built in slices, unless the caller says. */
const DEFAULT_SLICE_ROWS = 20_000;

/** Cumulative distribution over the family names, by their frequencies. */
const familyCdf = cumulative(Float64Array.from(familyNames, ([, weight]) => weight));

/**
 * Fill rows [from, to). Rows are generated in order with one generator, so building in slices
 * (to keep the page responsive) gives exactly the same data as building at once.
 */
function fillRows(ds: Dataset, rnd: () => number, cdf: Float64Array, from: number, to: number) {
  // Local copies: imported bindings can be getters when run through a transpiler.
  const windowStart = WINDOW_START;
  const windowEnd = WINDOW_END;
  const never = NEVER;
  const switchDay = SWITCH_DAY;
  const deadlineDay = DEADLINE_DAY;
  const profiles = communeProfiles;
  const pick = pickIndex;
  const normalDraw = normal;
  const active = STATE_ACTIVE;
  const regAt = regIndex;
  const convAt = convIndex;
  const bucketOf = regBucket;
  const citizen = KIND_CITIZEN;
  const organisation = KIND_ORGANISATION;
  const foreigner = KIND_FOREIGNER;
  const nationalPortal = SOURCE_NATIONAL_PORTAL;
  const provincialPortal = SOURCE_PROVINCIAL_PORTAL;
  const desk = SOURCE_DESK;
  const verified = R_VERIFIED;
  const mismatch = R_MISMATCH;
  const cmnd = R_CMND;
  const noId = R_NO_ID;
  const duplicate = R_DUPLICATE;
  const inactiveReason = R_INACTIVE;
  const maleMiddleCount = maleMiddle.length;
  const maleGivenCount = maleGiven.length;
  const citizenEnd = CITIZENS;
  const orgEnd = CITIZENS + ORGANISATIONS;
  for (let i = from; i < to; i++) {
    const c = pick(cdf, rnd());
    const profile = profiles[c]!;
    ds.commune[i] = c;
    ds.state[i] = active;
    const kind = i < citizenEnd ? citizen : i < orgEnd ? organisation : foreigner;
    ds.kind[i] = kind;

    // Source and registration: desk-created citizen accounts stop at the switch (15/06/2024).
    const s = rnd();
    const source =
      s < SOURCE_NATIONAL_CUT
        ? nationalPortal
        : s < SOURCE_PROVINCIAL_CUT
          ? provincialPortal
          : desk;
    ds.source[i] = source;
    let reg: number;
    if (kind === citizen && source === desk && rnd() < DESK_IN_WINDOW_SHARE) {
      reg = DAY_DESK_FROM + Math.floor(rnd() * (switchDay - DAY_DESK_FROM));
    } else {
      reg = DAY_2019 + Math.floor(rnd() * (windowStart - DAY_2019));
    }
    ds.registeredDay[i] = reg;

    // People
    const female = rnd() < FEMALE_SHARE ? 1 : 0;
    ds.sex[i] = female;
    ds.birthYear[i] = BIRTH_YEAR_FROM + Math.floor(Math.pow(rnd(), BIRTH_YEAR_SKEW) * BIRTH_YEARS);
    ds.family[i] = pick(familyCdf, rnd());
    ds.middle[i] = female
      ? maleMiddleCount + Math.floor(rnd() * femaleMiddle.length)
      : Math.floor(rnd() * maleMiddleCount);
    ds.given[i] = female
      ? maleGivenCount + Math.floor(rnd() * femaleGiven.length)
      : Math.floor(rnd() * maleGivenCount);

    // Activity: most people used the portal in the last year; some long ago.
    const inactive = rnd() < INACTIVE_SHARE;
    ds.lastSeenDay[i] = inactive
      ? Math.max(reg, DAY_2019 + Math.floor(rnd() * (DAY_2023 - DAY_2019)))
      : Math.max(reg, DAY_2023 + Math.floor(rnd() * (windowStart - DAY_2023)));

    if (kind !== citizen) {
      ds.reason[i] = NO_REASON;
      ds.convertedDay[i] = never;
      if (kind === organisation) ds.waitingByCommune.organisation[c]! += 1;
      else ds.waitingByCommune.foreigner[c]! += 1;
      continue;
    }

    // Why it may be stuck, and whether and when it converts.
    const r = rnd();
    let reason: number;
    if (r < MISMATCH_CUT) reason = mismatch;
    else if (r < CMND_CUT) reason = cmnd;
    else if (r < NO_ID_CUT) reason = noId;
    else if (r < DUPLICATE_CUT && i > 0 && ds.kind[i - 1] === citizen) reason = duplicate;
    else if (inactive) reason = inactiveReason;
    else reason = verified;
    ds.reason[i] = reason;
    if (reason === duplicate) {
      // Duplicates a recent account (same identity number), often a second sign-up at a desk.
      const back = 1 + Math.floor(rnd() * Math.min(i, DUPLICATE_LOOKBACK_ROWS));
      let j = i - back;
      while (j > 0 && ds.dupOf[j]! >= 0) j--;
      ds.dupOf[i] = j;
      ds.family[i] = ds.family[j]!;
      ds.middle[i] = ds.middle[j]!;
      ds.given[i] = ds.given[j]!;
      ds.sex[i] = ds.sex[j]!;
      ds.birthYear[i] = ds.birthYear[j]!;
    }

    let converted = never;
    const p = rnd();
    if (reason === verified) {
      if (p < profile.rate) {
        const phase = rnd();
        if (phase < EARLY_PHASE_CUT) {
          converted = windowStart + Math.floor(rnd() * (switchDay - windowStart));
        } else if (phase < PEAK_PHASE_CUT) {
          const spread = PEAK_SPREAD_DAYS + profile.lag * PEAK_SPREAD_PER_LAG_DAY;
          converted = Math.round(PEAK_DAY + profile.lag + normalDraw(rnd) * spread);
        } else {
          converted = deadlineDay + profile.lag + Math.floor(rnd() * AFTER_DEADLINE_DAYS);
        }
      }
    } else if (reason !== duplicate) {
      // Fixed later at the police or the desk, if at all.
      const chance = LATE_FIX_CHANCE[reason]!;
      if (p < chance * (profile.rate + LATE_FIX_RATE_BONUS))
        converted = LATE_FIX_DAY + Math.floor(rnd() * LATE_FIX_DAYS);
    }
    if (converted !== never) {
      // Within the window, and at the earliest the day after the account opened.
      converted = Math.min(windowEnd, Math.max(windowStart, reg + 1, converted));
      ds.convertedDay[i] = converted;
      ds.convHist[convAt(c, reason, converted - windowStart)]! += 1;
    } else {
      ds.convertedDay[i] = never;
    }
    ds.regHist[regAt(c, reason, bucketOf(reg))]! += 1;
  }
}

export interface BuildOptions {
  /** Scale for tests: 1 = full province. */
  scale?: number;
}

function plan(options: BuildOptions) {
  const size = CITIZENS + ORGANISATIONS + FOREIGNERS;
  const scale = options.scale ?? 1;
  if (scale !== 1) throw new Error('Only the full dataset is supported; slice in tests instead.');
  return { size, ds: allocate(size), rnd: mulberry32(SEED), cdf: communeCdf(SEED) };
}

export function buildDataset(options: BuildOptions = {}): Dataset {
  const { size, ds, rnd, cdf } = plan(options);
  fillRows(ds, rnd, cdf, 0, size);
  return ds;
}

/** Same data, built in slices with a pause between them so the page stays responsive. */
export async function buildDatasetInSlices(
  yieldToPage: () => Promise<void>,
  slice = DEFAULT_SLICE_ROWS,
): Promise<Dataset> {
  const { size, ds, rnd, cdf } = plan({});
  for (let from = 0; from < size; from += slice) {
    fillRows(ds, rnd, cdf, from, Math.min(size, from + slice));
    await yieldToPage();
  }
  return ds;
}
