/**
 * Calendar days travel as ISO strings (`2024-06-20`) and are shown as dd/MM/yyyy. Instants are shown
 * in Asia/Ho_Chi_Minh whatever the browser's own time zone.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** `2024-06-05` → `05/06/2024`. */
export function formatIsoDate(value: string): string {
  const m = ISO_DATE.exec(value);
  if (!m) return value;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

// Made on first use: building it loads the time-zone data, which the first screen rarely needs.
let dateTimeFormat: Intl.DateTimeFormat | undefined;
const instantFormat = () =>
  (dateTimeFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }));

/** An instant → `dd/MM/yyyy HH:mm` in Vietnam's time zone. */
export function formatInstant(value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  const parts = Object.fromEntries(
    instantFormat()
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Day arithmetic on ISO dates, in whole days (no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  const a = Date.parse(`${fromIso}T00:00:00Z`);
  const b = Date.parse(`${toIso}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

/** `2024-06-05` → `ngày 05 tháng 6 năm 2024` (Decree 30/2020: days 01–09 and months 01–02 padded). */
export function vietnameseLongDate(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return isoDate;
  const month = Number(m[2]);
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${m[3]} tháng ${monthText} năm ${m[1]}`;
}
