/**
 * Dates as users and documents write them: ISO inside, dd/MM/yyyy shown, real calendar dates only.
 * The one clock of the code base: "today" is the day in Vietnam (Asia/Ho_Chi_Minh), whatever the
 * server's time zone. These run per row of a batch and per message, so they are plain string and
 * character code; no date library (loading date-fns's index alone took ~0,1 s of every start).
 */
import { keptMemo } from './turn.ts';

/**
 * Vietnam (IANA Asia/Ho_Chi_Minh) has kept UTC+07:00, with no daylight saving, since 13/06/1975, so its day is the
 * UTC day of the instant 7 hours later. No Intl time-zone formatter: loading the time-zone data for it took
 * 30–50 ms of every process (a `cli batch` run, a `cli check`), ~150 ms at load 20 (test/text/dates.test.ts checks
 * this against Intl's Asia/Ho_Chi_Minh for instants from 1976 to 2100).
 */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Digits at text[from..to) as a number, or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** True for a real calendar date written yyyy-MM-dd (2026-02-30 is false). Plain character code: it runs per row of a list. */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** The day written as numbers, as yyyy-MM-dd, when it is a real calendar date (31/02 is not); undefined otherwise. */
export function realDate(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** Dates shown, remembered: a list shows the same few on every row. */
const shownDates = keptMemo<string>('shownDates');
const MAX_SHOWN_DATES = 1000;

/** "2026-01-31" → "31/01/2026". A text that is not a real yyyy-MM-dd date is a programming error. */
export function formatDate(iso: string): string {
  const known = shownDates.get(iso);
  if (known !== undefined) return known;
  if (!isIsoDate(iso)) throw new RangeError(`Invalid date: ${iso}`);
  if (shownDates.size >= MAX_SHOWN_DATES) shownDates.clear();
  const shown = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  shownDates.set(iso, shown);
  return shown;
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

/** The hour of the day in Vietnam (0–23) at `instant`. */
export const hourInVietnam = (instant: Date): number => new Date(instant.getTime() + VIETNAM_OFFSET_MS).getUTCHours();

/**
 * Hours of the day in Vietnam, from `from` (included) to `to` (excluded), across midnight when `from` is the later one
 * ({ from: 22, to: 4 }); { from: 0, to: 24 } is any time.
 */
export interface HoursOfDay {
  from: number;
  to: number;
}

/** Whether `instant` falls in those hours, in Vietnam's time. */
export function withinHours(instant: Date, hours: HoursOfDay): boolean {
  const hour = hourInVietnam(instant);
  return hours.from < hours.to ? hours.from <= hour && hour < hours.to : hour >= hours.from || hour < hours.to;
}

/** The minute (ms since the epoch ÷ 60.000) todayIso last formatted, and its day. */
let formattedMinute = Number.NaN;
/** An ISO instant as a resident reads it, in Vietnam's time: "10:05 15/03/2026". */
export function formatTimeVietnam(iso: string): string {
  const local = new Date(new Date(iso).getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${local.slice(11, 16)} ${formatDate(local.slice(0, 10))}`;
}

let formattedDay = '';

/**
 * The day in Vietnam at `instant` (default: now), as yyyy-MM-dd. Formatted once per minute: Vietnam's offset
 * from UTC is whole hours, so its day only changes on a minute boundary, and every request asks (an Intl
 * formatter's ~3 µs a call were 2% of /api/check).
 */
export function todayIso(instant: Date = new Date()): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== formattedMinute) {
    // A date that is not one (NaN) throws RangeError here, as the formatter did.
    formattedDay = new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
    formattedMinute = minute;
  }
  return formattedDay;
}

const USER_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** The date as a form's sign-off writes it: "ngày 20 tháng 11 năm 2026" (with or without marks). */
const WORDED_DATE = /^ng[aà]y\s+(\d{1,2})\s+th[aá]ng\s+(\d{1,2})\s+n[aă]m\s+(\d{4})$/i;

/**
 * Accepts yyyy-MM-dd, d/M/yyyy (how cadres write dates, 1 or 2 digits) or "ngày d tháng M năm yyyy"; returns ISO or
 * null when not a real date.
 */
export function parseUserDate(text: string): string | null {
  const trimmed = text.trim().normalize('NFC');
  if (isIsoDate(trimmed)) return trimmed;
  const match = USER_DATE.exec(trimmed) ?? WORDED_DATE.exec(trimmed);
  if (!match || match[3] === '0000') return null; // there is no year 0
  return realDate(Number(match[3]), Number(match[2]), Number(match[1])) ?? null;
}

/** "2021 - 2025", "2027 – 2030", "2021- 2025": a period; a year alone is a period of one year. */
const YEAR_OR_PERIOD = /(?<!\d)((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?(?!\d)/gu;

/** The years a text names ("Mục tiêu đến năm 2025", "Giai đoạn 2026 - 2030"), each a period from–to, in the order written. */
export function yearPeriods(text: string): { from: number; to: number }[] {
  return [...text.matchAll(YEAR_OR_PERIOD)].map((match) => {
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    return to >= from ? { from, to } : { from: to, to: from };
  });
}

/** Whether one of the periods holds one of the years. */
export const periodsHold = (periods: readonly { from: number; to: number }[], years: readonly number[]) =>
  periods.some(({ from, to }) => years.some((year) => from <= year && year <= to));
