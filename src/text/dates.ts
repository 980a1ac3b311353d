/**
 * Dates as users and documents write them: ISO inside, dd/MM/yyyy shown, real calendar dates only.
 * The one clock of the code base: "today" is the day in Vietnam (Asia/Ho_Chi_Minh), whatever the
 * server's time zone. These run per row of a batch and per message, so the hot ones are plain string
 * code and one shared Intl formatter (building an Intl.DateTimeFormat costs ~65 µs); date-fns reads
 * the looser forms people type.
 */
import { format, isValid, parse } from 'date-fns';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * en-CA formats as yyyy-MM-dd. Created on first use (loading the time zone data is the slow part,
 * and start-up does not need it), then shared: the formatter is immutable.
 */
let vietnamDay: Intl.DateTimeFormat | undefined;

/** True for a real calendar date written yyyy-MM-dd (2026-02-30 is false). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC: no time zone or DST in the way).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2026-01-31" → "31/01/2026". A text that is not a real yyyy-MM-dd date is a programming error. */
export function formatDate(iso: string): string {
  if (!isIsoDate(iso)) throw new RangeError(`Invalid date: ${iso}`);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Calendar days from one ISO date to another (negative when `to` is earlier); UTC, so no DST in the way. */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The ISO date `days` calendar days after (or, negative, before) an ISO date; UTC, so no DST in the way. */
export function addDays(iso: string, days: number): string {
  const date = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + days));
  return date.toISOString().slice(0, 10);
}

/** The day in Vietnam at `instant` (default: now), as yyyy-MM-dd. */
export function todayIso(instant: Date = new Date()): string {
  vietnamDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  return vietnamDay.format(instant);
}

/** Accepts yyyy-MM-dd or dd/MM/yyyy (how cadres write dates); returns ISO or null when not a real date. */
export function parseUserDate(text: string): string | null {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const parsed = parse(trimmed, 'd/M/yyyy', new Date(2000, 0, 1));
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(trimmed) || !isValid(parsed)) return null;
  return format(parsed, 'yyyy-MM-dd');
}
