/**
 * The server's clock. Instants are real; "today" for the figures is the calendar day in
 * Asia/Ho_Chi_Minh, unless BUSINESS_DATE pins it (a database seeded with the demo's 2024 data).
 */
const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

export interface Clock {
  /** The business day, `YYYY-MM-DD`. */
  today(): string;
  /** Now, as an ISO instant: on the business day, at the real time of day in Vietnam. */
  now(): string;
  /** Real now, in ms (sessions, lockouts). */
  nowMs(): number;
}

export function vnDate(ms: number): string {
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export function createClock(businessDate?: string, realNow: () => number = Date.now): Clock {
  return {
    today: () => businessDate ?? vnDate(realNow()),
    now: () => {
      const ms = realNow();
      if (!businessDate) return new Date(ms).toISOString();
      const timeOfDay = (ms + VN_OFFSET_MS) % DAY_MS;
      return new Date(
        Date.parse(`${businessDate}T00:00:00Z`) - VN_OFFSET_MS + timeOfDay,
      ).toISOString();
    },
    nowMs: realNow,
  };
}
