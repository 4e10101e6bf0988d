/**
 * The dataset's shape: one row per account, held as columns of typed arrays, with each listed value
 * stored as its index in the contract's list, and the aggregates' layout.
 */
import * as contractEnums from '../../../src/api/enums';
import { WINDOW_DAYS, WINDOW_END, WINDOW_START } from '../days';
import { communes } from '../units';

// The contract's lists (src/api/enums.ts, generated from it). The dataset stores each value as its
// index in these lists; the constants below name the indices, checked against the values.
export const KINDS = contractEnums.AccountKind;
export type AccountKind = (typeof KINDS)[number];
export const KIND_CITIZEN = 0;
export const KIND_ORGANISATION = 1;
export const KIND_FOREIGNER = 2;

export const SOURCES = contractEnums.AccountSource;
export type AccountSource = (typeof SOURCES)[number];
export const SOURCE_NATIONAL_PORTAL = 0;
export const SOURCE_PROVINCIAL_PORTAL = 1;
export const SOURCE_DESK = 2;

/** Why a citizen account is (or was, until it converted) not linked to VNeID. */
export const REASONS = contractEnums.StuckReason;
export type StuckReason = (typeof REASONS)[number];
export const R_VERIFIED = 0;
export const R_MISMATCH = 1;
export const R_CMND = 2;
export const R_NO_ID = 3;
export const R_DUPLICATE = 4;
export const R_INACTIVE = 5;
/** The reason column of an organisation or a foreigner, which is never stuck for a reason. */
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
  Is<(typeof SOURCES)[typeof SOURCE_NATIONAL_PORTAL] extends 'national_portal' ? true : false>,
  Is<(typeof SOURCES)[typeof SOURCE_PROVINCIAL_PORTAL] extends 'provincial_portal' ? true : false>,
  Is<(typeof SOURCES)[typeof SOURCE_DESK] extends 'desk' ? true : false>,
];

/** Account lifecycle flags set by demo actions (merge, close). */
export const STATE_ACTIVE = 0;
export const STATE_CLOSED = 1;
export const STATE_MERGED = 2;

/**
 * The columns. Name parts are indices into the name lists of names.ts, the male list first and the
 * female list after it (see `nameParts`).
 */
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

/** Registration buckets: one for every day of the window, after one for all the days before it. */
export const REG_BUCKETS = WINDOW_DAYS + 1;
export const regIndex = (commune: number, reason: number, bucket: number) =>
  (commune * REASONS.length + reason) * REG_BUCKETS + bucket;
export const convIndex = (commune: number, reason: number, windowDay: number) =>
  (commune * REASONS.length + reason) * WINDOW_DAYS + windowDay;

/** Registration day → histogram bucket (0 = before the window). */
export function regBucket(day: number): number {
  return day < WINDOW_START ? 0 : Math.min(day, WINDOW_END) - WINDOW_START + 1;
}

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
