/**
 * What is derived from the rows: the details a list or a detail page shows (ids, names, identity
 * numbers, phones), made on demand from the row index and never stored, and the moves that keep
 * the aggregates in step when a demo action changes a row.
 */
import { NEVER, WINDOW_END, WINDOW_START } from '../days';
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
} from '../names';
import { hash32, pickWeighted } from '../random';
import { communes } from '../units';
import {
  KIND_CITIZEN,
  KIND_FOREIGNER,
  KIND_ORGANISATION,
  R_CMND,
  R_MISMATCH,
  R_NO_ID,
  convIndex,
  regBucket,
  regIndex,
  type Dataset,
} from './schema';

/**
 * The salts of hash32, one for each detail derived from a row: a different salt gives an
 * independent number for the same row.
 */
const SALT = {
  organisationName: 11,
  foreignerName: 12,
  identityNumber: 21,
  passportDigits: 22,
  cccdSerial: 23,
  phone: 31,
  phoneDigits: 32,
  nationality: 41,
} as const;

/** An account id is `TK` and the row number from 1, in this many digits. */
const ACCOUNT_ID_DIGITS = 7;

export function accountId(row: number): string {
  return `TK${String(row + 1).padStart(ACCOUNT_ID_DIGITS, '0')}`;
}

const ACCOUNT_ID = new RegExp(`^TK(\\d{${ACCOUNT_ID_DIGITS}})$`);

export function rowOfId(id: string): number | undefined {
  const m = ACCOUNT_ID.exec(id);
  if (!m) return undefined;
  const row = Number(m[1]) - 1;
  return row >= 0 ? row : undefined;
}

const maleMiddleCount = maleMiddle.length;
const maleGivenCount = maleGiven.length;

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

/** One organisation in this many is named after its commune rather than a mark. */
const ORGANISATIONS_PER_PLACE_NAME = 3;

export function displayName(ds: Dataset, row: number): string {
  const kind = ds.kind[row];
  if (kind === KIND_ORGANISATION) {
    // One hash, its bits read from different offsets for the form, the trade and the mark.
    const h = hash32(row, SALT.organisationName);
    const place = communes[ds.commune[row]!]!.name.replace(/^(Xã|Phường|Thị trấn) /, '');
    return `${orgForms[h % orgForms.length]} ${orgTrades[(h >>> 8) % orgTrades.length]} ${
      (h >>> 16) % ORGANISATIONS_PER_PLACE_NAME === 0
        ? place
        : orgMarks[(h >>> 20) % orgMarks.length]
    }`;
  }
  if (kind === KIND_FOREIGNER)
    return foreignNames[hash32(row, SALT.foreignerName) % foreignNames.length]!;
  return `${nameParts.family[ds.family[row]!]} ${middleName(ds.middle[row]!)} ${givenName(ds.given[row]!)}`;
}

/** An organisation's tax code: Bắc Giang's tax office prefix, then this many digits. */
const TAX_CODE_PREFIX = '24';
const TAX_CODE_DIGITS = 8;
/** A foreigner's passport: one of these letters, then this many digits. */
const PASSPORT_LETTERS = 'MPRSKL';
const PASSPORT_DIGITS = 7;
/** An old 9-digit CMND: Bắc Giang's prefix, then this many digits. */
const CMND_PREFIX = '12';
const CMND_DIGITS = 7;
/** A CCCD's birth-province code is drawn from this many steps of [0, 1). */
const PROVINCE_DRAW_STEPS = 10_000;
/** A CCCD's century-and-sex digit: 0 for a man born in the 1900s, 2 from 2000 (plus 1 for a woman). */
const CENTURY_2000 = 2000;
const CENTURY_2000_DIGIT = 2;
/** A CCCD's serial: this many digits. */
const CCCD_SERIAL_DIGITS = 6;
/** One mismatched number in this many has the year digits wrong… */
const MISMATCH_WRONG_YEAR_EVERY = 3;
/** …by 1 to this many years… */
const MISMATCH_YEAR_OFF_BY = 7;
/** …and one in this many has a digit missing from its serial. */
const MISMATCH_SHORT_SERIAL_EVERY = 11;

/**
 * The identity number as the portal holds it: a 12-digit CCCD (province of birth registration,
 * century-and-sex digit, year, serial), a 9-digit CMND, a tax code for organisations, a passport
 * for foreigners, or null. Some mismatched accounts hold numbers that break the CCCD structure.
 */
export function identityNumber(ds: Dataset, row: number): string | null {
  const base = ds.dupOf[row]! >= 0 ? ds.dupOf[row]! : row;
  const kind = ds.kind[base];
  const h = hash32(base, SALT.identityNumber);
  if (kind === KIND_ORGANISATION)
    return `${TAX_CODE_PREFIX}${String(h % 10 ** TAX_CODE_DIGITS).padStart(TAX_CODE_DIGITS, '0')}`;
  if (kind === KIND_FOREIGNER) {
    const digits = hash32(base, SALT.passportDigits) % 10 ** PASSPORT_DIGITS;
    return `${PASSPORT_LETTERS[h % PASSPORT_LETTERS.length]}${String(digits).padStart(PASSPORT_DIGITS, '0')}`;
  }
  const reason = ds.reason[base];
  if (reason === R_NO_ID) return null;
  if (reason === R_CMND)
    return `${CMND_PREFIX}${String(h % 10 ** CMND_DIGITS).padStart(CMND_DIGITS, '0')}`;
  const year = ds.birthYear[base]!;
  const female = ds.sex[base]!;
  const province = pickWeighted(birthProvinces, (h % PROVINCE_DRAW_STEPS) / PROVINCE_DRAW_STEPS);
  const centurySex = (year >= CENTURY_2000 ? CENTURY_2000_DIGIT : 0) + female;
  const serial = String(hash32(base, SALT.cccdSerial) % 10 ** CCCD_SERIAL_DIGITS).padStart(
    CCCD_SERIAL_DIGITS,
    '0',
  );
  let yy = String(year % 100).padStart(2, '0');
  if (reason === R_MISMATCH && h % MISMATCH_WRONG_YEAR_EVERY === 0) {
    // Entered wrongly at sign-up: the year digits do not match the date of birth.
    yy = String((year + 1 + (h % MISMATCH_YEAR_OFF_BY)) % 100).padStart(2, '0');
  }
  if (reason === R_MISMATCH && h % MISMATCH_SHORT_SERIAL_EVERY === 0)
    return `${province}${centurySex}${yy}${serial.slice(0, CCCD_SERIAL_DIGITS - 1)}`;
  return `${province}${centurySex}${yy}${serial}`;
}

/** One account in this many has no phone number. */
const ACCOUNTS_PER_MISSING_PHONE = 20;
/** A phone number: a mobile prefix, then this many digits. */
const PHONE_DIGITS = 7;

export function phoneNumber(ds: Dataset, row: number): string | null {
  const h = hash32(row, SALT.phone);
  if (h % ACCOUNTS_PER_MISSING_PHONE === 0) return null;
  const digits = hash32(row, SALT.phoneDigits) % 10 ** PHONE_DIGITS;
  return `${phonePrefixes[h % phonePrefixes.length]}${String(digits).padStart(PHONE_DIGITS, '0')}`;
}

export function nationality(ds: Dataset, row: number): string {
  return ds.kind[row] === KIND_FOREIGNER
    ? foreignNationalities[hash32(row, SALT.nationality) % foreignNationalities.length]!
    : 'VN';
}

/** The shared masking rule (first 3 and last 4 characters shown). */
export { mask } from '../../../src/lib/account-search';

/** A conversion day's day in the window (a day outside it counts on the nearest end). */
const windowDay = (day: number) => Math.min(WINDOW_END, Math.max(WINDOW_START, day)) - WINDOW_START;

/** Move an account's conversion day, keeping the aggregates in step (used by demo actions). */
export function setConvertedDay(ds: Dataset, row: number, day: number): void {
  if (ds.kind[row] !== KIND_CITIZEN) return;
  const c = ds.commune[row]!;
  const reason = ds.reason[row]!;
  const old = ds.convertedDay[row]!;
  if (old !== NEVER) ds.convHist[convIndex(c, reason, old - WINDOW_START)]! -= 1;
  ds.convertedDay[row] = day;
  if (day !== NEVER) ds.convHist[convIndex(c, reason, windowDay(day))]! += 1;
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
      const w = windowDay(day);
      ds.convHist[convIndex(old, reason, w)]! -= 1;
      ds.convHist[convIndex(commune, reason, w)]! += 1;
    }
  }
  ds.commune[row] = commune;
}
