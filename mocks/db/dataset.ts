/**
 * The demo province's accounts, generated from a seed: about 312,000 citizen accounts, 25,000
 * organisation / business accounts and 2,000 foreigner accounts over the 209 communes.
 *
 * Rows are columns of typed arrays (a few MB), not objects: what a list or a detail page needs
 * (names, identity numbers, phones) is derived on demand from the row index. Aggregates for the
 * progress figures are built in the same pass, so statistics never scan the rows.
 */
import {
  DEADLINE_DAY,
  SWITCH_DAY,
  WINDOW_DAYS,
  WINDOW_START,
  WINDOW_END,
  NEVER,
  dayOf,
} from './days';
import {
  birthProvinces,
  familyNames,
  femaleGiven,
  femaleMiddle,
  foreignNames,
  foreignNationalities,
  maleGiven,
  maleMiddle,
  orgForms,
  orgMarks,
  orgTrades,
  phonePrefixes,
} from './names';
import * as contractEnums from '../../src/api/enums';
import { hash32, mulberry32, pickWeighted } from './random';
import { communes, unitTree } from './units';

// The contract's lists (src/api/enums.ts, generated from it). The dataset stores each value as its
// index in these lists; the constants below name the indices, checked against the values.
export const KINDS = contractEnums.AccountKind;
export type AccountKind = (typeof KINDS)[number];
export const KIND_CITIZEN = 0;
export const KIND_ORGANISATION = 1;
export const KIND_FOREIGNER = 2;

export const SOURCES = contractEnums.AccountSource;
export type AccountSource = (typeof SOURCES)[number];

/** Why a citizen account is (or was, until it converted) not linked to VNeID. */
export const REASONS = contractEnums.StuckReason;
export type StuckReason = (typeof REASONS)[number];
export const R_VERIFIED = 0;
export const R_MISMATCH = 1;
export const R_CMND = 2;
export const R_NO_ID = 3;
export const R_DUPLICATE = 4;
export const R_INACTIVE = 5;
export const NO_REASON = 255;

/** A reordered list in the contract would silently change what the stored indices mean. */
type Is<T extends true> = T;
export type IndicesMatchTheContract = [
  Is<(typeof KINDS)[typeof KIND_CITIZEN] extends 'citizen' ? true : false>,
  Is<(typeof KINDS)[typeof KIND_ORGANISATION] extends 'organisation' ? true : false>,
  Is<(typeof KINDS)[typeof KIND_FOREIGNER] extends 'foreigner' ? true : false>,
  Is<(typeof REASONS)[typeof R_VERIFIED] extends 'verified_not_linked' ? true : false>,
  Is<(typeof REASONS)[typeof R_MISMATCH] extends 'id_mismatch' ? true : false>,
  Is<(typeof REASONS)[typeof R_CMND] extends 'cmnd_only' ? true : false>,
  Is<(typeof REASONS)[typeof R_NO_ID] extends 'no_id' ? true : false>,
  Is<(typeof REASONS)[typeof R_DUPLICATE] extends 'duplicate' ? true : false>,
  Is<(typeof REASONS)[typeof R_INACTIVE] extends 'inactive' ? true : false>,
  // `source === 2` below: an account opened at the desk.
  Is<(typeof SOURCES)[2] extends 'desk' ? true : false>,
];

/** Account lifecycle flags set by demo actions (merge, close). */
export const STATE_ACTIVE = 0;
export const STATE_CLOSED = 1;
export const STATE_MERGED = 2;

export const SEED = 20240615;
export const CITIZENS = 312_000;
export const ORGANISATIONS = 25_000;
export const FOREIGNERS = 2_000;

/** Accounts per 1,000 people and how a district converts: its final share and its lag in days. */
const districtProfile: Record<string, { pop: number; uptake: number; rate: number; lag: number }> =
  {
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

export interface Dataset {
  size: number;
  kind: Uint8Array;
  commune: Uint16Array;
  source: Uint8Array;
  /** Citizens: why the account is or was stuck; others: NO_REASON. */
  reason: Uint8Array;
  registeredDay: Int16Array;
  lastSeenDay: Int16Array;
  /** Day the account was linked to VNeID, or NEVER. Mutated by demo actions. */
  convertedDay: Int16Array;
  state: Uint8Array;
  sex: Uint8Array;
  birthYear: Uint16Array;
  family: Uint8Array;
  middle: Uint8Array;
  given: Uint8Array;
  /** For duplicates: the row of the account they duplicate, else -1. */
  dupOf: Int32Array;
  /** Registrations of citizen accounts per (commune, reason, day bucket); bucket 0 = before 01/05/2024. */
  regHist: Int32Array;
  /** Conversions of citizen accounts per (commune, reason, window day). Mutated with convertedDay. */
  convHist: Int32Array;
  /** Organisation and foreigner accounts per commune (they wait for the Ministry's guidance). */
  waitingByCommune: { organisation: Int32Array; foreigner: Int32Array };
}

export const REG_BUCKETS = WINDOW_DAYS + 1;
export const regIndex = (commune: number, reason: number, bucket: number) =>
  (commune * REASONS.length + reason) * REG_BUCKETS + bucket;
export const convIndex = (commune: number, reason: number, windowDay: number) =>
  (commune * REASONS.length + reason) * WINDOW_DAYS + windowDay;

/** Registration day → histogram bucket (0 = before the window). */
export function regBucket(day: number): number {
  return day < WINDOW_START ? 0 : Math.min(day, WINDOW_END) - WINDOW_START + 1;
}

const maleMiddleCount = maleMiddle.length;
const maleGivenCount = maleGiven.length;

/** Split the total over communes by population and uptake; urban wards a little heavier. */
function communeWeights(): Float64Array {
  const rnd = mulberry32(SEED ^ 0x5eed);
  const w = new Float64Array(communes.length);
  for (const d of unitTree.districts) {
    const p = districtProfile[d.code] ?? { pop: 150_000, uptake: 1, rate: 0.85, lag: 0 };
    const local = communes.map((c, i) => ({ c, i })).filter(({ c }) => c.districtCode === d.code);
    const raw = local.map(({ c }) => (c.kind === 'xã' ? 0.7 : 1.4) * (0.6 + rnd() * 0.8));
    const sum = raw.reduce((a, b) => a + b, 0);
    local.forEach(({ i }, k) => {
      w[i] = (p.pop * p.uptake * raw[k]!) / sum;
    });
  }
  return w;
}

/** Cumulative distribution over communes for picking a row's commune. */
function cumulative(weights: Float64Array): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]!;
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]! / total;
    out[i] = acc;
  }
  return out;
}

function pickIndex(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function normal(rnd: () => number): number {
  const u = Math.max(rnd(), 1e-9);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
}

const familyCdf = (() => {
  const w = new Float64Array(familyNames.length);
  familyNames.forEach(([, weight], i) => (w[i] = weight));
  return cumulative(w);
})();

export function allocate(size: number): Dataset {
  return {
    size,
    kind: new Uint8Array(size),
    commune: new Uint16Array(size),
    source: new Uint8Array(size),
    reason: new Uint8Array(size),
    registeredDay: new Int16Array(size),
    lastSeenDay: new Int16Array(size),
    convertedDay: new Int16Array(size),
    state: new Uint8Array(size),
    sex: new Uint8Array(size),
    birthYear: new Uint16Array(size),
    family: new Uint8Array(size),
    middle: new Uint8Array(size),
    given: new Uint8Array(size),
    dupOf: new Int32Array(size).fill(-1),
    regHist: new Int32Array(communes.length * REASONS.length * REG_BUCKETS),
    convHist: new Int32Array(communes.length * REASONS.length * WINDOW_DAYS),
    waitingByCommune: {
      organisation: new Int32Array(communes.length),
      foreigner: new Int32Array(communes.length),
    },
  };
}

const communeProfiles = communes.map(
  (c) => districtProfile[c.districtCode] ?? { pop: 150_000, uptake: 1, rate: 0.85, lag: 0 },
);

const DAY_2019 = dayOf('2019-07-01');
const DAY_2023 = dayOf('2023-01-01');
const DAY_DESK_FROM = dayOf('2024-05-01');
const PEAK_DAY = dayOf('2024-06-18');
const LATE_FIX_DAY = dayOf('2024-06-20');

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
  const citizenEnd = CITIZENS;
  const orgEnd = CITIZENS + ORGANISATIONS;
  for (let i = from; i < to; i++) {
    const c = pickIndex(cdf, rnd());
    const profile = communeProfiles[c]!;
    ds.commune[i] = c;
    ds.state[i] = 0;
    const kind = i < citizenEnd ? KIND_CITIZEN : i < orgEnd ? KIND_ORGANISATION : KIND_FOREIGNER;
    ds.kind[i] = kind;

    // Source and registration: desk-created citizen accounts stop at the switch (15/06/2024).
    const s = rnd();
    const source = s < 0.55 ? 0 : s < 0.85 ? 1 : 2;
    ds.source[i] = source;
    let reg: number;
    if (kind === KIND_CITIZEN && source === 2 && rnd() < 0.12) {
      reg = DAY_DESK_FROM + Math.floor(rnd() * (switchDay - DAY_DESK_FROM));
    } else {
      reg = DAY_2019 + Math.floor(rnd() * (windowStart - DAY_2019));
    }
    ds.registeredDay[i] = reg;

    // People
    const female = rnd() < 0.51 ? 1 : 0;
    ds.sex[i] = female;
    ds.birthYear[i] = 1940 + Math.floor(Math.pow(rnd(), 0.8) * 66);
    ds.family[i] = pickIndex(familyCdf, rnd());
    ds.middle[i] = female
      ? maleMiddleCount + Math.floor(rnd() * femaleMiddle.length)
      : Math.floor(rnd() * maleMiddleCount);
    ds.given[i] = female
      ? maleGivenCount + Math.floor(rnd() * femaleGiven.length)
      : Math.floor(rnd() * maleGivenCount);

    // Activity: most people used the portal in the last year; some long ago.
    const inactive = rnd() < 0.08;
    ds.lastSeenDay[i] = inactive
      ? Math.max(reg, DAY_2019 + Math.floor(rnd() * (DAY_2023 - DAY_2019)))
      : Math.max(reg, DAY_2023 + Math.floor(rnd() * (windowStart - DAY_2023)));

    if (kind !== KIND_CITIZEN) {
      ds.reason[i] = NO_REASON;
      ds.convertedDay[i] = never;
      if (kind === KIND_ORGANISATION) ds.waitingByCommune.organisation[c]! += 1;
      else ds.waitingByCommune.foreigner[c]! += 1;
      continue;
    }

    // Why it may be stuck, and whether and when it converts.
    const r = rnd();
    let reason: number;
    if (r < 0.05) reason = R_MISMATCH;
    else if (r < 0.085) reason = R_CMND;
    else if (r < 0.1) reason = R_NO_ID;
    else if (r < 0.12 && i > 0 && ds.kind[i - 1] === KIND_CITIZEN) reason = R_DUPLICATE;
    else if (inactive) reason = R_INACTIVE;
    else reason = R_VERIFIED;
    ds.reason[i] = reason;
    if (reason === R_DUPLICATE) {
      // Duplicates a recent account (same identity number), often a second sign-up at a desk.
      const back = 1 + Math.floor(rnd() * Math.min(i, 400));
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
    if (reason === R_VERIFIED) {
      if (p < profile.rate) {
        const phase = rnd();
        if (phase < 0.15) {
          converted = windowStart + Math.floor(rnd() * (switchDay - windowStart));
        } else if (phase < 0.88) {
          converted = Math.round(PEAK_DAY + profile.lag + normal(rnd) * (7 + profile.lag / 2));
        } else {
          converted = deadlineDay + profile.lag + Math.floor(rnd() * 30);
        }
      }
    } else if (reason !== R_DUPLICATE) {
      // Fixed later at the police or the desk, if at all.
      const chance =
        reason === R_MISMATCH ? 0.35 : reason === R_CMND ? 0.3 : reason === R_INACTIVE ? 0.15 : 0.1;
      if (p < chance * (profile.rate + 0.1)) converted = LATE_FIX_DAY + Math.floor(rnd() * 41);
    }
    if (converted !== never) {
      converted = Math.min(windowEnd, Math.max(windowStart, reg + 1, converted));
      ds.convertedDay[i] = converted;
      ds.convHist[convIndex(c, reason, converted - windowStart)]! += 1;
    } else {
      ds.convertedDay[i] = never;
    }
    ds.regHist[regIndex(c, reason, regBucket(reg))]! += 1;
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
  return { size, ds: allocate(size), rnd: mulberry32(SEED), cdf: cumulative(communeWeights()) };
}

export function buildDataset(options: BuildOptions = {}): Dataset {
  const { size, ds, rnd, cdf } = plan(options);
  fillRows(ds, rnd, cdf, 0, size);
  return ds;
}

/** Same data, built in slices with a pause between them so the page stays responsive. */
export async function buildDatasetInSlices(
  yieldToPage: () => Promise<void>,
  slice = 20_000,
): Promise<Dataset> {
  const { size, ds, rnd, cdf } = plan({});
  for (let from = 0; from < size; from += slice) {
    fillRows(ds, rnd, cdf, from, Math.min(size, from + slice));
    await yieldToPage();
  }
  return ds;
}

// ---------------------------------------------------------------- details derived on demand

export function accountId(row: number): string {
  return `TK${String(row + 1).padStart(7, '0')}`;
}

export function rowOfId(id: string): number | undefined {
  const m = /^TK(\d{7})$/.exec(id);
  if (!m) return undefined;
  const row = Number(m[1]) - 1;
  return row >= 0 ? row : undefined;
}

export function givenName(idx: number): string {
  return idx < maleGivenCount ? maleGiven[idx]! : femaleGiven[idx - maleGivenCount]!;
}

export function middleName(idx: number): string {
  return idx < maleMiddleCount ? maleMiddle[idx]! : femaleMiddle[idx - maleMiddleCount]!;
}

/** Every name part, by the index stored in the columns (for folding once, then matching by index). */
export const nameParts = {
  family: familyNames.map(([n]) => n),
  middle: [...maleMiddle, ...femaleMiddle],
  given: [...maleGiven, ...femaleGiven],
};

export function displayName(ds: Dataset, row: number): string {
  const kind = ds.kind[row];
  if (kind === KIND_ORGANISATION) {
    const h = hash32(row, 11);
    const place = communes[ds.commune[row]!]!.name.replace(/^(Xã|Phường|Thị trấn) /, '');
    return `${orgForms[h % orgForms.length]} ${orgTrades[(h >>> 8) % orgTrades.length]} ${
      (h >>> 16) % 3 === 0 ? place : orgMarks[(h >>> 20) % orgMarks.length]
    }`;
  }
  if (kind === KIND_FOREIGNER) return foreignNames[hash32(row, 12) % foreignNames.length]!;
  return `${nameParts.family[ds.family[row]!]} ${middleName(ds.middle[row]!)} ${givenName(ds.given[row]!)}`;
}

/**
 * The identity number as the portal holds it: a 12-digit CCCD (province of birth registration,
 * century-and-sex digit, year, serial), a 9-digit CMND, a tax code for organisations, a passport
 * for foreigners, or null. Some mismatched accounts hold numbers that break the CCCD structure.
 */
export function identityNumber(ds: Dataset, row: number): string | null {
  const base = ds.dupOf[row]! >= 0 ? ds.dupOf[row]! : row;
  const kind = ds.kind[base];
  const h = hash32(base, 21);
  if (kind === KIND_ORGANISATION) return `24${String(h % 100_000_000).padStart(8, '0')}`;
  if (kind === KIND_FOREIGNER) {
    const letters = 'MPRSKL';
    return `${letters[h % letters.length]}${String(hash32(base, 22) % 10_000_000).padStart(7, '0')}`;
  }
  const reason = ds.reason[base];
  if (reason === R_NO_ID) return null;
  if (reason === R_CMND) return `12${String(h % 10_000_000).padStart(7, '0')}`;
  const year = ds.birthYear[base]!;
  const female = ds.sex[base]!;
  const province = pickWeighted(birthProvinces, (h % 10_000) / 10_000);
  const centurySex = (year >= 2000 ? 2 : 0) + female;
  const serial = String(hash32(base, 23) % 1_000_000).padStart(6, '0');
  let yy = String(year % 100).padStart(2, '0');
  if (reason === R_MISMATCH && h % 3 === 0) {
    // Entered wrongly at sign-up: the year digits do not match the date of birth.
    yy = String((year + 1 + (h % 7)) % 100).padStart(2, '0');
  }
  if (reason === R_MISMATCH && h % 11 === 0)
    return `${province}${centurySex}${yy}${serial.slice(0, 5)}`;
  return `${province}${centurySex}${yy}${serial}`;
}

export function phoneNumber(ds: Dataset, row: number): string | null {
  const h = hash32(row, 31);
  if (h % 20 === 0) return null;
  return `${phonePrefixes[h % phonePrefixes.length]}${String(hash32(row, 32) % 10_000_000).padStart(7, '0')}`;
}

export function nationality(ds: Dataset, row: number): string {
  return ds.kind[row] === KIND_FOREIGNER
    ? foreignNationalities[hash32(row, 41) % foreignNationalities.length]!
    : 'VN';
}

/** The shared masking rule (first 3 and last 4 characters shown). */
export { mask } from '../../src/lib/account-search';

/** Move an account's conversion day, keeping the aggregates in step (used by demo actions). */
export function setConvertedDay(ds: Dataset, row: number, day: number): void {
  if (ds.kind[row] !== KIND_CITIZEN) return;
  const c = ds.commune[row]!;
  const reason = ds.reason[row]!;
  const old = ds.convertedDay[row]!;
  if (old !== NEVER) ds.convHist[convIndex(c, reason, old - WINDOW_START)]! -= 1;
  ds.convertedDay[row] = day;
  if (day !== NEVER)
    ds.convHist[
      convIndex(c, reason, Math.min(WINDOW_END, Math.max(WINDOW_START, day)) - WINDOW_START)
    ]! += 1;
}

/** Move an account to another commune, keeping the aggregates in step (used by imports). */
export function setCommune(ds: Dataset, row: number, commune: number): void {
  const old = ds.commune[row]!;
  if (old === commune) return;
  const kind = ds.kind[row];
  if (kind === KIND_ORGANISATION) {
    ds.waitingByCommune.organisation[old]! -= 1;
    ds.waitingByCommune.organisation[commune]! += 1;
  } else if (kind === KIND_FOREIGNER) {
    ds.waitingByCommune.foreigner[old]! -= 1;
    ds.waitingByCommune.foreigner[commune]! += 1;
  } else {
    const reason = ds.reason[row]!;
    const bucket = regBucket(ds.registeredDay[row]!);
    ds.regHist[regIndex(old, reason, bucket)]! -= 1;
    ds.regHist[regIndex(commune, reason, bucket)]! += 1;
    const day = ds.convertedDay[row]!;
    if (day !== NEVER) {
      const w = Math.min(WINDOW_END, Math.max(WINDOW_START, day)) - WINDOW_START;
      ds.convHist[convIndex(old, reason, w)]! -= 1;
      ds.convHist[convIndex(commune, reason, w)]! += 1;
    }
  }
  ds.commune[row] = commune;
}
